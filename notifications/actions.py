"""Writes of the notification outbox, and its delivery.

Delivery is at least once, and exactly once where the provider honours the
idempotency key. One attempt is three steps, and the provider is called between two
transactions, never inside one:

1. claim (a short transaction, committed before anything is sent): lock the row
   (SELECT … FOR UPDATE SKIP LOCKED), check it is due, mark it `sending` with
   `claimed_until`, and write a NotificationAttempt;
2. send, outside any transaction, with the notification's uuid as idempotency key;
3. record the outcome (a second short transaction): `sent`; or back to `pending`
   with `next_attempt_at` after a backoff; or `failed` after a permanent error or
   the last attempt.

A worker that dies between 2 and 3 leaves the row `sending`: once its claim expires
the sweeper queues it again, and the next attempt passes the same key, so a provider
that honours it does not deliver twice. E-mail has no such provider: its Message-ID
is the key, so a duplicate is at least recognisable.
"""

import datetime as dt
import logging
import smtplib
from functools import partial

from celery.exceptions import SoftTimeLimitExceeded

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import NotificationChannel, User
from notifications import gateways, selectors, tasks
from notifications.models import (
    AttemptOutcome,
    Notification,
    NotificationAttempt,
    NotificationStatus,
)

logger = logging.getLogger(__name__)

# A row never tried is claimable at once; the sweeper steps in after this grace, in
# case the task queued at its commit never ran (the broker was down).
FIRST_TRY_GRACE = dt.timedelta(minutes=2)
SWEEP_BATCH = 500


def backoff(attempt: int) -> dt.timedelta:
    """Wait after the `attempt`-th failure: 1, 2, 4 … minutes, at most an hour."""
    return dt.timedelta(seconds=min(60 * 2 ** (attempt - 1), 3600))


# ---------------------------------------------------------------- create


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


def _forget_unread_count_on_commit(user_id: int) -> None:
    transaction.on_commit(
        partial(cache.delete, selectors.unread_count_key(user_id)), robust=True
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
        next_attempt_at=timezone.now() + FIRST_TRY_GRACE,
    )
    _enqueue_on_commit(notification.pk)
    _forget_unread_count_on_commit(recipient.pk)
    return notification


# ---------------------------------------------------------------- deliver


def _claimable(now: dt.datetime) -> Q:
    return Q(status=NotificationStatus.PENDING) & (
        Q(attempts=0) | Q(next_attempt_at__lte=now)
    ) | Q(status=NotificationStatus.SENDING, claimed_until__lte=now)


def _claim(notification_id: int) -> tuple[Notification, NotificationAttempt] | None:
    """Step 1: take the row for one attempt, in a transaction of its own."""
    now = timezone.now()
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",), skip_locked=True)
            .select_related("recipient")
            .filter(_claimable(now), pk=notification_id)
            .first()
        )
        if notification is None:  # sent, failed, not due, or another worker has it
            return None
        # A worker that claimed it before died without a word.
        notification.delivery_attempts.filter(outcome=AttemptOutcome.RUNNING).update(
            outcome=AttemptOutcome.EXPIRED,
            error="The claim expired before the worker recorded a result.",
        )
        notification.status = NotificationStatus.SENDING
        notification.claimed_until = now + dt.timedelta(
            seconds=settings.MPP_NOTIFICATION_CLAIM_SECONDS
        )
        notification.attempts += 1
        notification.save(
            update_fields=["status", "claimed_until", "attempts", "updated_at"]
        )
        attempt = NotificationAttempt.objects.create(
            notification=notification, started_at=now
        )
    return notification, attempt


def _send(notification: Notification) -> None:
    """Step 2: hand the message to its channel. SMS and WhatsApp need a valid
    number; without one the message goes by e-mail."""
    recipient = notification.recipient
    phone = recipient.phone
    key = str(notification.uuid)
    if notification.channel != NotificationChannel.EMAIL and phone and phone.is_valid():
        gateways.send_text(
            channel=notification.channel,
            phone=phone.as_e164,
            text=f"{notification.subject}\n{notification.body}",
            idempotency_key=key,
        )
    else:
        gateways.send_email(
            recipient=recipient,
            subject=notification.subject,
            body=notification.body,
            idempotency_key=key,
        )


def _classify(error: Exception) -> tuple[str, str]:
    """(outcome, error text). The text is the portal's own words: an SMTP server's
    or a provider's message may quote the recipient's address."""
    if isinstance(error, gateways.GatewayRejected):
        return AttemptOutcome.FAILED, str(error)[:300]
    if isinstance(error, gateways.GatewayError):
        return AttemptOutcome.RETRY, str(error)[:300]
    if isinstance(error, smtplib.SMTPResponseException):
        code = error.smtp_code
        return _by_smtp_codes([code]), f"SMTP {code}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
        text = "SMTP recipient refused " + ",".join(map(str, codes))
        return _by_smtp_codes(codes), text[:300]
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return AttemptOutcome.RETRY, type(error).__name__
    if isinstance(error, smtplib.SMTPException):  # e.g. a feature not supported
        return AttemptOutcome.FAILED, type(error).__name__
    if isinstance(error, (OSError, SoftTimeLimitExceeded)):
        # No connection, a timeout, a name that did not resolve; or the task's
        # soft time limit.
        return AttemptOutcome.RETRY, type(error).__name__
    # Bad data, a bug, a misconfiguration: trying again would give the same answer.
    return AttemptOutcome.FAILED, type(error).__name__


def _by_smtp_codes(codes: list[int]) -> str:
    """4xx is "try again later" in SMTP; 5xx (or anything else) is final."""
    temporary = bool(codes) and all(400 <= code < 500 for code in codes)
    return AttemptOutcome.RETRY if temporary else AttemptOutcome.FAILED


def _record(
    notification: Notification,
    attempt: NotificationAttempt,
    *,
    outcome: str,
    error: str = "",
) -> None:
    """Step 3: write the attempt's outcome and the row's next state."""
    now = timezone.now()
    with transaction.atomic():
        NotificationAttempt.objects.filter(pk=attempt.pk).update(
            finished_at=now, outcome=outcome, error=error
        )
        row = Notification.objects.filter(pk=notification.pk)
        if outcome == AttemptOutcome.SENT:
            # Sent is a fact, even when a slow attempt lost its claim meanwhile.
            row.exclude(status=NotificationStatus.SENT).update(
                status=NotificationStatus.SENT,
                sent_at=now,
                claimed_until=None,
                last_error="",
                updated_at=now,
            )
            return
        # Only the holder of the current claim decides what happens next.
        mine = row.filter(
            status=NotificationStatus.SENDING,
            claimed_until=notification.claimed_until,
        )
        if outcome == AttemptOutcome.RETRY and (
            notification.attempts < settings.MPP_NOTIFICATION_MAX_ATTEMPTS
        ):
            mine.update(
                status=NotificationStatus.PENDING,
                next_attempt_at=now + backoff(notification.attempts),
                claimed_until=None,
                last_error=error,
                updated_at=now,
            )
        else:
            mine.update(
                status=NotificationStatus.FAILED,
                claimed_until=None,
                last_error=error,
                updated_at=now,
            )


def notification_deliver(*, notification_id: int) -> Notification | None:
    """One delivery attempt, if the row is due and nobody else is on it. Running it
    again (a broker redelivery, the sweeper) never sends a sent row again.

    Returns the notification as claimed, or None when there was nothing to do.
    Not atomic on purpose: the provider is called between two transactions.
    """
    claimed = _claim(notification_id)
    if claimed is None:
        return None
    notification, attempt = claimed
    try:
        _send(notification)
    except Exception as error:  # noqa: BLE001 - every outcome is recorded
        outcome, text = _classify(error)
        logger.warning(
            "Notification %s, attempt %s: %s (%s)",
            notification.pk,
            notification.attempts,
            text,
            outcome,
        )
        _record(notification, attempt, outcome=outcome, error=text)
    else:
        _record(notification, attempt, outcome=AttemptOutcome.SENT)
    return notification


# ---------------------------------------------------------------- sweep and resend


def notification_sweep(*, limit: int = SWEEP_BATCH) -> int:
    """Queue the rows that need a worker: pending ones whose next attempt is due
    (a retry's backoff is over, or the task queued at commit never ran), and
    `sending` ones whose claim expired (their worker died). Rows in their backoff,
    claimed by a live worker, sent or failed are left alone.

    Returns how many were queued."""
    now = timezone.now()
    due = Q(status=NotificationStatus.PENDING, next_attempt_at__lte=now) | Q(
        status=NotificationStatus.SENDING, claimed_until__lte=now
    )
    ids = list(
        Notification.objects.filter(due)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in ids:
        tasks.notification_deliver.delay(pk)
    return len(ids)


@transaction.atomic
def notification_resend(*, notification_id: int) -> bool:
    """Give a failed (or waiting) notification a new round of attempts, at once
    (the admin's "resend"). The idempotency key stays: a provider that did accept
    an earlier attempt does not deliver it twice. A sent row, or one a worker is
    sending, is left alone. Returns whether it was queued."""
    now = timezone.now()
    updated = (
        Notification.objects.filter(pk=notification_id)
        .filter(
            Q(status__in=[NotificationStatus.FAILED, NotificationStatus.PENDING])
            | Q(status=NotificationStatus.SENDING, claimed_until__lte=now)
        )
        .update(
            status=NotificationStatus.PENDING,
            attempts=0,
            next_attempt_at=now + FIRST_TRY_GRACE,
            claimed_until=None,
            updated_at=now,
        )
    )
    if updated:
        _enqueue_on_commit(notification_id)
    return bool(updated)


# ---------------------------------------------------------------- the citizen's inbox


@transaction.atomic
def notification_mark_read(*, recipient: User, up_to_id: int | None = None) -> int:
    """Mark the recipient's unread notifications read, all of them or those up to
    `up_to_id` (the newest the page showed). Returns how many."""
    unread = Notification.objects.filter(recipient=recipient, read_at__isnull=True)
    if up_to_id is not None:
        unread = unread.filter(pk__lte=up_to_id)
    count = unread.update(read_at=timezone.now())
    _forget_unread_count_on_commit(recipient.pk)
    return count
