from smtplib import SMTPException

from celery import shared_task

from notifications import actions, gateways  # module imports: no circular-import dance


def _deliver_failed(self, exc, task_id, args, kwargs, einfo) -> None:
    """After the last retry: the row shows the failure (an admin can see and resend)."""
    actions.notification_record_failure(
        notification_id=args[0], error=repr(exc), final=True
    )


@shared_task(
    autoretry_for=(SMTPException, ConnectionError, TimeoutError, gateways.GatewayError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=10,  # about an hour of retries before the row is marked failed
    on_failure=_deliver_failed,
)
def notification_deliver(notification_id: int) -> None:
    actions.notification_deliver(notification_id=notification_id)


@shared_task
def notification_sweep() -> None:
    actions.notification_sweep()
