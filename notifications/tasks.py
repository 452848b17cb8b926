"""Delivery tasks. Failures are not retried by Celery: each attempt's outcome and the
next attempt's time are written to the row (notifications.actions), where they
survive a broker restart, and notification_sweep queues what is due."""

from celery import shared_task

from notifications import actions  # module imports: no circular-import dance


@shared_task
def notification_deliver(notification_id: int) -> None:
    """Idempotent: a sent, failed, not yet due or claimed row is left alone, so a
    redelivery (acks_late, the sweeper) does no harm."""
    actions.notification_deliver(notification_id=notification_id)


@shared_task
def notification_sweep() -> None:
    actions.notification_sweep()
