"""Writes of the notification outbox."""

import datetime as dt
import logging
from functools import partial

from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.utils import timezone

from accounts.models import User
from notifications import gateways, tasks
from notifications.models import Notification, NotificationStatus

logger = logging.getLogger(__name__)


def _enqueue_on_commit(notification_id: int) -> None:
    """Not delay_on_commit (STYLE §7): a broker outage must neither fail the request
    after the commit nor lose the message. The outbox row is committed; if queueing
    fails, notification_sweep queues it once the broker is back."""
    transaction.on_commit(partial(_enqueue, notification_id), robust=True)


def _enqueue(notification_id: int) -> None:
    try:
        tasks.notification_deliver.delay(notification_id)
    except Exception:  # noqa: BLE001 - broker down: the row waits for the sweeper
        logger.warning(
            "Could not queue notification %s; the sweeper will retry.", notification_id
        )


def notification_create(*, recipient: User, subject: str, body: str) -> Notification:
    """Queue a message to `recipient` on their preferred channel.

    Call inside the transaction of the event: the outbox row commits with it, and
    the delivery task is enqueued only after the commit.
    """
    notification = Notification.objects.create(
        recipient=recipient,
        channel=recipient.notification_channel,
        subject=subject,
        body=body,
    )
    _enqueue_on_commit(notification.pk)
    return notification


@transaction.atomic
def notification_deliver(*, notification_id: int) -> Notification | None:
    """Send one notification, exactly once.

    Lock the row without waiting: if another worker holds it, that worker is
    delivering it. A sent row is left alone, so running the task twice (a broker
    redelivery, the sweeper) sends nothing twice.
    """
    try:
        notification = (
            Notification.objects.select_for_update(of=("self",), nowait=True)
            .select_related("recipient")
            .get(pk=notification_id)
        )
    except DatabaseError:
        return None
    if notification.status == NotificationStatus.SENT:
        return notification
    recipient = notification.recipient
    gateways.send(
        channel=notification.channel,
        email=recipient.email,
        phone=recipient.phone,
        subject=notification.subject,
        body=notification.body,
    )
    notification.status = NotificationStatus.SENT
    notification.sent_at = timezone.now()
    notification.attempts = F("attempts") + 1
    notification.save(update_fields=["status", "sent_at", "attempts", "updated_at"])
    return notification


@transaction.atomic
def notification_record_failure(
    *, notification_id: int, error: str, final: bool
) -> None:
    Notification.objects.filter(pk=notification_id).exclude(
        status=NotificationStatus.SENT
    ).update(
        attempts=F("attempts") + 1,
        last_error=error[:300],
        status=NotificationStatus.FAILED if final else NotificationStatus.PENDING,
        updated_at=timezone.now(),
    )


def notification_sweep(*, older_than: dt.timedelta = dt.timedelta(minutes=2)) -> int:
    """Re-enqueue pending notifications whose task never ran (the broker was down
    when their transaction committed). Returns how many were re-enqueued."""
    now = timezone.now()
    # Pending rows whose task never ran, and failed rows for a day after they
    # failed (a provider outage longer than the task's retries).
    stale = (
        Notification.objects.filter(
            Q(status=NotificationStatus.PENDING, created_at__lt=now - older_than)
            | Q(
                status=NotificationStatus.FAILED,
                updated_at__lt=now - dt.timedelta(minutes=30),
                created_at__gt=now - dt.timedelta(days=1),
            )
        )
        .order_by("created_at")
        .values_list("pk", flat=True)[:500]
    )
    ids = list(stale)
    for pk in ids:
        tasks.notification_deliver.delay(pk)
    return len(ids)


@transaction.atomic
def notification_resend(*, notification_id: int) -> None:
    """Queue a failed or stuck notification again (from the admin)."""
    updated = (
        Notification.objects.filter(pk=notification_id)
        .exclude(status=NotificationStatus.SENT)
        .update(status=NotificationStatus.PENDING, updated_at=timezone.now())
    )
    if updated:
        _enqueue_on_commit(notification_id)
