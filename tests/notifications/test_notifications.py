"""The notification outbox (RELIABILITY rows 23-24): a row written with the event,
delivery enqueued only after the commit, a claim committed before the provider is
called, every attempt recorded, retries with backoff, then a visible failed state,
and the same idempotency key on every attempt."""

import datetime as dt
import smtplib
import threading
from unittest import mock

import pytest

from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import NotificationChannel
from mpp.celery import app
from notifications import actions, gateways, tasks
from notifications.models import (
    AttemptOutcome,
    Notification,
    NotificationAttempt,
    NotificationStatus,
)
from tests.accounts.factories import UserFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite ignores select_for_update, so row locks cannot be tested on it",
)
PHONE = "+6281277778888"


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing after it runs, not even `except Exception`."""


@pytest.fixture
def enqueued():
    """Record what would go to the broker (or run inline) instead of sending it."""
    with mock.patch.object(tasks.notification_deliver, "delay") as delay:
        yield delay


def _notification(**kwargs) -> Notification:
    """A pending row as notification_create writes it, without enqueueing."""
    recipient = kwargs.pop("recipient", None) or UserFactory(
        email="siti@example.id", phone="0812 7777 8888", full_name="Siti Aminah"
    )
    defaults = {
        "recipient": recipient,
        "channel": recipient.notification_channel,
        "subject": "Permohonan BTM-7KQ2-94XD diterima",
        "body": "Permohonan Anda sedang diproses.",
        "next_attempt_at": timezone.now() + actions.FIRST_TRY_GRACE,
    }
    return Notification.objects.create(**(defaults | kwargs))


def _attempts(notification) -> list[tuple[str, str]]:
    return list(
        NotificationAttempt.objects.filter(notification=notification).values_list(
            "outcome", "error"
        )
    )


# ---------------------------------------------------------------- create


def test_create_writes_a_pending_row_on_the_recipients_channel(enqueued):
    # given
    citizen = UserFactory(notification_channel=NotificationChannel.WHATSAPP)

    # when
    notification = actions.notification_create(
        recipient=citizen, subject="Subjek", body="Isi pesan"
    )

    # then
    notification.refresh_from_db()
    assert notification.recipient == citizen
    assert notification.channel == "whatsapp"
    assert (notification.subject, notification.body) == ("Subjek", "Isi pesan")
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 0
    assert notification.sent_at is None
    assert notification.read_at is None
    assert notification.uuid is not None


def test_create_enqueues_delivery_only_after_the_commit(
    enqueued, django_capture_on_commit_callbacks
):
    # given
    citizen = UserFactory()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        notification = actions.notification_create(
            recipient=citizen, subject="Subjek", body="Isi"
        )
        # then (still inside the transaction)
        assert enqueued.call_count == 0

    # then (after the commit)
    enqueued.assert_called_once_with(notification.pk)
    assert mail.outbox == []


def test_rolled_back_transaction_leaves_no_row_and_enqueues_nothing(
    enqueued, django_capture_on_commit_callbacks
):
    # given
    citizen = UserFactory()

    # when
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError, match="abort"),
        transaction.atomic(),
    ):
        actions.notification_create(recipient=citizen, subject="S", body="B")
        raise RuntimeError("abort")

    # then
    assert callbacks == []
    assert Notification.objects.count() == 0
    assert enqueued.call_count == 0
    assert mail.outbox == []


@pytest.mark.skipif(
    not settings.CELERY_TASK_ALWAYS_EAGER, reason="broker mode: tasks go to Redis"
)
def test_without_a_broker_the_commit_delivers_inline(
    django_capture_on_commit_callbacks,
):
    # given
    citizen = UserFactory(email="budi@example.id")

    # when
    with django_capture_on_commit_callbacks(execute=True):
        notification = actions.notification_create(
            recipient=citizen, subject="Subjek", body="Isi"
        )
        assert mail.outbox == []

    # then
    assert [m.to for m in mail.outbox] == [["budi@example.id"]]
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1


# ---------------------------------------------------------------- deliver


def test_deliver_sends_an_email_and_records_the_attempt():
    # given
    notification = _notification()
    before = timezone.now()

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["siti@example.id"]
    assert email.from_email == settings.DEFAULT_FROM_EMAIL
    assert email.subject == "[MPP Kepri] Permohonan BTM-7KQ2-94XD diterima"
    assert "Permohonan Anda sedang diproses." in email.body
    assert gateways.MemoryGateway.calls == []
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
    assert before <= notification.sent_at <= timezone.now()
    assert notification.claimed_until is None
    assert notification.last_error == ""
    attempt = notification.delivery_attempts.get()
    assert attempt.outcome == AttemptOutcome.SENT
    assert before <= attempt.started_at <= attempt.finished_at <= timezone.now()
    assert attempt.error == ""


def test_email_carries_the_idempotency_key_as_its_message_id():
    # given
    notification = _notification()

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    message = mail.outbox[0].message()
    assert message["Message-ID"] == f"<{notification.uuid}@mpp.kepriprov.go.id>"
    assert message["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(
    ("language", "greeting", "footer"),
    [
        ("id", "Yth. Siti Aminah,", "Pesan ini dikirim otomatis."),
        ("en", "Dear Siti Aminah,", "This message was sent automatically."),
    ],
)
def test_email_wraps_the_message_in_the_recipients_language(language, greeting, footer):
    """The caller's subject and body are kept word for word; the greeting and the
    footer follow the recipient's language, whatever language is active."""
    # given
    recipient = UserFactory(full_name="Siti Aminah", preferred_language=language)
    notification = _notification(recipient=recipient)

    # when (the worker runs in the default language)
    actions.notification_deliver(notification_id=notification.pk)

    # then
    body = mail.outbox[0].body
    assert body.startswith(greeting + "\n\nPermohonan Anda sedang diproses.\n")
    assert footer in body
    assert "&" not in body and "&#" not in body  # plain text, not HTML-escaped


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_sms_and_whatsapp_go_through_the_gateway_in_e164_with_the_key(channel):
    # given
    notification = _notification(channel=channel)

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    assert gateways.MemoryGateway.outbox == [
        {
            "channel": channel,
            "phone": PHONE,
            "text": "Permohonan BTM-7KQ2-94XD diterima\n"
            "Permohonan Anda sedang diproses.",
            "idempotency_key": str(notification.uuid),
        }
    ]
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT


@pytest.mark.parametrize("phone", ["", "12-34"])
def test_without_a_valid_phone_number_the_message_goes_by_email(phone):
    # given
    recipient = UserFactory(email="tanpa.hp@example.id")
    type(recipient).objects.filter(pk=recipient.pk).update(phone=phone)
    recipient.refresh_from_db()
    notification = _notification(recipient=recipient, channel="sms")

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    assert gateways.MemoryGateway.calls == []
    assert [m.to for m in mail.outbox] == [["tanpa.hp@example.id"]]


def test_deliver_twice_sends_once():
    """A broker redelivery or the sweeper runs the task again: nothing is resent."""
    # given
    notification = _notification()
    actions.notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    first_sent_at = notification.sent_at

    # when
    again = actions.notification_deliver(notification_id=notification.pk)

    # then
    assert again is None
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
    assert notification.sent_at == first_sent_at
    assert notification.delivery_attempts.count() == 1


def test_task_runs_the_action_and_is_idempotent():
    # given
    notification = _notification()

    # when
    tasks.notification_deliver(notification.pk)
    tasks.notification_deliver(notification.pk)

    # then
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1


def test_task_for_a_row_that_is_gone_does_nothing():
    """A message the broker kept for a row deleted since (its user was deleted)."""
    tasks.notification_deliver(987654321)
    assert mail.outbox == []


def test_tasks_are_acknowledged_late_and_requeued_when_a_worker_dies():
    # then: a killed worker's message goes back to the queue (acks_late), which is
    # safe because the task is idempotent; Celery does not retry by itself: the
    # row holds the retry schedule (next_attempt_at), where it survives the broker.
    task = app.tasks["notifications.tasks.notification_deliver"]
    assert task.acks_late is True
    assert task.reject_on_worker_lost is True
    assert not getattr(task, "autoretry_for", ())


@pytest.mark.django_db(transaction=True)
def test_the_claim_is_committed_before_the_provider_is_called_outside_a_transaction():
    # given
    notification = _notification(channel="sms")
    seen = {}

    def provider(**message):
        seen["in_transaction"] = connection.in_atomic_block
        seen["autocommit"] = connection.get_autocommit()
        seen["row"] = Notification.objects.values(
            "status", "claimed_until", "attempts"
        ).get(pk=notification.pk)
        seen["attempts"] = _attempts(notification)
        seen["key"] = message["idempotency_key"]

    # when
    with mock.patch.object(gateways.MemoryGateway, "send", side_effect=provider):
        actions.notification_deliver(notification_id=notification.pk)

    # then
    assert seen["in_transaction"] is False
    assert seen["autocommit"] is True  # so the claim below is committed
    assert seen["row"]["status"] == NotificationStatus.SENDING
    assert seen["row"]["claimed_until"] > timezone.now()
    assert seen["row"]["attempts"] == 1
    assert seen["attempts"] == [(AttemptOutcome.RUNNING, "")]
    assert seen["key"] == str(notification.uuid)
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_the_claim_is_visible_to_other_connections_while_sending():
    """Another worker (another connection) sees the claim during the send."""
    # given
    notification = _notification(channel="sms")
    seen = {}

    def read_elsewhere():
        try:
            seen["status"] = Notification.objects.get(pk=notification.pk).status
        finally:
            connection.close()

    def provider(**message):
        reader = threading.Thread(target=read_elsewhere)
        reader.start()
        reader.join(timeout=10)

    # when
    with mock.patch.object(gateways.MemoryGateway, "send", side_effect=provider):
        actions.notification_deliver(notification_id=notification.pk)

    # then
    assert seen["status"] == NotificationStatus.SENDING


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_deliver_skips_a_row_another_worker_is_claiming():
    """SKIP LOCKED: a second worker moves on at once instead of waiting and
    sending a duplicate."""
    # given
    notification = _notification()
    locked, release = threading.Event(), threading.Event()

    def hold_lock():
        try:
            with transaction.atomic():
                Notification.objects.select_for_update().get(pk=notification.pk)
                locked.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    assert locked.wait(timeout=10) is True

    # when
    try:
        result = actions.notification_deliver(notification_id=notification.pk)
    finally:
        release.set()
        holder.join(timeout=10)

    # then
    assert result is None
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 0


# ---------------------------------------------------------------- a crash mid-send


def test_a_worker_killed_after_sending_leaves_a_claim_and_the_retry_reuses_the_key(
    clock, enqueued
):
    """The provider accepted the message, then the worker died before recording
    it. Until the claim expires nobody touches the row; then the sweeper queues it,
    and the retry passes the same key, which the provider de-duplicates."""
    # given
    notification = _notification(channel="sms")
    real_send = gateways.MemoryGateway.send

    def send_then_die(self, **message):
        real_send(self, **message)
        raise WorkerKilled

    with (
        mock.patch.object(gateways.MemoryGateway, "send", send_then_die),
        pytest.raises(WorkerKilled),
    ):
        actions.notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENDING
    assert _attempts(notification) == [(AttemptOutcome.RUNNING, "")]

    # when the task runs again (a redelivery) and the sweeper runs, within the claim
    clock.advance(seconds=settings.MPP_NOTIFICATION_CLAIM_SECONDS - 1)
    assert actions.notification_deliver(notification_id=notification.pk) is None
    assert actions.notification_sweep() == 0

    # when the claim has expired
    clock.advance(seconds=2)
    assert actions.notification_sweep() == 1
    enqueued.assert_called_once_with(notification.pk)
    actions.notification_deliver(notification_id=notification.pk)

    # then: two calls with one key, one message delivered, both attempts recorded
    calls = gateways.MemoryGateway.calls
    assert [c["idempotency_key"] for c in calls] == [str(notification.uuid)] * 2
    assert len(gateways.MemoryGateway.outbox) == 1
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 2
    assert [o for o, _e in _attempts(notification)] == [
        AttemptOutcome.EXPIRED,
        AttemptOutcome.SENT,
    ]


def test_an_email_sent_twice_after_a_crash_has_one_message_id(clock):
    """SMTP does not de-duplicate: the duplicate is recognisable by its
    Message-ID, the same on every attempt."""
    # given
    notification = _notification()
    real_send_email = gateways.send_email

    def send_then_die(**kwargs):
        real_send_email(**kwargs)
        raise WorkerKilled

    with (
        mock.patch.object(gateways, "send_email", send_then_die),
        pytest.raises(WorkerKilled),
    ):
        actions.notification_deliver(notification_id=notification.pk)

    # when
    clock.advance(seconds=settings.MPP_NOTIFICATION_CLAIM_SECONDS + 1)
    actions.notification_deliver(notification_id=notification.pk)

    # then
    ids = [m.message()["Message-ID"] for m in mail.outbox]
    assert ids == [f"<{notification.uuid}@mpp.kepriprov.go.id>"] * 2


def test_a_slow_attempt_that_lost_its_claim_does_not_undo_the_next_one(clock):
    """Attempt 1 hangs past its claim; attempt 2 takes over. Attempt 1's late
    failure must not put the row back to pending under attempt 2's feet."""
    # given
    notification = _notification(channel="sms")
    first = actions._claim(notification.pk)
    clock.advance(seconds=settings.MPP_NOTIFICATION_CLAIM_SECONDS + 1)
    second = actions._claim(notification.pk)

    # when attempt 1 reports a temporary error late
    actions._record(*first, outcome=AttemptOutcome.RETRY, error="HTTP 503")

    # then the row stays with attempt 2
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENDING
    assert notification.claimed_until == second[0].claimed_until

    # when attempt 2 succeeds
    actions._record(*second, outcome=AttemptOutcome.SENT)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert [o for o, _e in _attempts(notification)] == [
        AttemptOutcome.RETRY,
        AttemptOutcome.SENT,
    ]


# ---------------------------------------------------------------- failures


def test_a_temporary_error_schedules_a_retry_with_backoff(clock, enqueued):
    # given
    notification = _notification(channel="sms")
    gateways.MemoryGateway.failures = [
        gateways.GatewayError("HTTP 503"),
        gateways.GatewayError("HTTP timeout"),
    ]
    start = clock.now

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then: pending for one minute, the attempt recorded
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.PENDING
    assert notification.next_attempt_at == start + actions.backoff(1)
    assert actions.backoff(1).total_seconds() == 60
    assert notification.last_error == "HTTP 503"
    assert _attempts(notification) == [(AttemptOutcome.RETRY, "HTTP 503")]

    # when a stray task and the sweeper come during the backoff
    clock.advance(seconds=59)
    assert actions.notification_deliver(notification_id=notification.pk) is None
    assert actions.notification_sweep() == 0
    assert enqueued.call_count == 0

    # when the backoff is over: the sweeper queues it; it fails again, for longer
    clock.advance(seconds=1)
    assert actions.notification_sweep() == 1
    actions.notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.next_attempt_at == clock.now + dt.timedelta(minutes=2)

    # when the third attempt works
    clock.advance(minutes=2)
    actions.notification_deliver(notification_id=notification.pk)

    # then every call carried the same key
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert {c["idempotency_key"] for c in gateways.MemoryGateway.calls} == {
        str(notification.uuid)
    }
    assert [o for o, _e in _attempts(notification)] == [
        AttemptOutcome.RETRY,
        AttemptOutcome.RETRY,
        AttemptOutcome.SENT,
    ]


def test_backoff_doubles_up_to_an_hour():
    minutes = [actions.backoff(n).total_seconds() / 60 for n in range(1, 11)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]


def test_after_the_last_attempt_the_row_is_failed(clock, settings):
    # given
    settings.MPP_NOTIFICATION_MAX_ATTEMPTS = 3
    notification = _notification(channel="sms")
    gateways.MemoryGateway.failures = [ConnectionRefusedError(111, "refused")] * 5

    # when
    for _ in range(5):
        actions.notification_deliver(notification_id=notification.pk)
        clock.advance(hours=1)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.attempts == 3
    assert notification.last_error == "ConnectionRefusedError"
    assert len(gateways.MemoryGateway.calls) == 3
    assert actions.notification_sweep() == 0  # a failed row waits for a person


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (gateways.GatewayRejected("HTTP 400"), "HTTP 400"),
        (ValueError("bad data"), "ValueError"),
    ],
)
def test_a_permanent_error_fails_at_once(error, text):
    # given
    notification = _notification(channel="sms")
    gateways.MemoryGateway.failures = [error]

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.last_error == text
    assert _attempts(notification) == [(AttemptOutcome.FAILED, text)]


@pytest.mark.parametrize(
    ("error", "outcome", "text"),
    [
        (
            smtplib.SMTPResponseException(421, b"try later"),
            AttemptOutcome.RETRY,
            "SMTP 421",
        ),
        (
            smtplib.SMTPResponseException(554, b"rejected"),
            AttemptOutcome.FAILED,
            "SMTP 554",
        ),
        (
            smtplib.SMTPRecipientsRefused(
                {"siti@example.id": (550, b"<siti@example.id> unknown")}
            ),
            AttemptOutcome.FAILED,
            "SMTP recipient refused 550",
        ),
        (smtplib.SMTPServerDisconnected("gone"), AttemptOutcome.RETRY, None),
        (TimeoutError("timed out"), AttemptOutcome.RETRY, "TimeoutError"),
    ],
)
def test_smtp_errors_retry_on_4xx_and_fail_on_5xx(error, outcome, text):
    # given
    notification = _notification()

    # when
    with mock.patch.object(gateways, "send_email", side_effect=error):
        actions.notification_deliver(notification_id=notification.pk)

    # then
    attempt = notification.delivery_attempts.get()
    assert attempt.outcome == outcome
    assert attempt.error == (text or type(error).__name__)


def test_recorded_errors_and_logs_carry_no_personal_data(caplog):
    """A provider's or SMTP server's text may quote the address or the number: the
    attempt, the row and the log keep only the portal's own words."""
    # given
    notification = _notification()
    caplog.set_level("DEBUG")
    error = smtplib.SMTPRecipientsRefused(
        {"siti@example.id": (550, b"5.1.1 <siti@example.id> +6281277778888 unknown")}
    )

    # when
    with mock.patch.object(gateways, "send_email", side_effect=error):
        actions.notification_deliver(notification_id=notification.pk)

    # then
    notification.refresh_from_db()
    recorded = [notification.last_error, notification.delivery_attempts.get().error]
    logged = [r.getMessage() for r in caplog.records]
    for text in recorded + logged:
        assert "siti@example.id" not in text
        assert "81277778888" not in text


# ---------------------------------------------------------------- sweep


def test_sweep_queues_only_rows_that_need_a_worker(clock, enqueued):
    # given
    recipient = UserFactory()
    now = clock.now
    ago, later = now - dt.timedelta(minutes=1), now + dt.timedelta(minutes=1)
    lost_at_commit = _notification(recipient=recipient, next_attempt_at=ago)
    backoff_over = _notification(recipient=recipient, attempts=2, next_attempt_at=ago)
    dead_worker = _notification(
        recipient=recipient,
        status=NotificationStatus.SENDING,
        attempts=1,
        claimed_until=ago,
    )
    _notification(recipient=recipient)  # just written: its own task is on its way
    _notification(recipient=recipient, attempts=1, next_attempt_at=later)  # backoff
    _notification(  # a live worker is sending it
        recipient=recipient,
        status=NotificationStatus.SENDING,
        attempts=1,
        claimed_until=later,
    )
    _notification(recipient=recipient, status="sent", sent_at=ago, next_attempt_at=ago)
    _notification(recipient=recipient, status="failed", next_attempt_at=ago)

    # when
    count = actions.notification_sweep()

    # then
    assert count == 3
    assert sorted(c.args[0] for c in enqueued.call_args_list) == sorted(
        [lost_at_commit.pk, backoff_over.pk, dead_worker.pk]
    )
    assert mail.outbox == []


def test_a_row_whose_task_was_lost_is_swept_after_the_grace(clock, enqueued):
    # given
    notification = actions.notification_create(
        recipient=UserFactory(), subject="S", body="B"
    )

    # when / then
    clock.advance(seconds=actions.FIRST_TRY_GRACE.total_seconds() - 1)
    assert actions.notification_sweep() == 0
    clock.advance(seconds=1)
    assert actions.notification_sweep() == 1
    enqueued.assert_called_once_with(notification.pk)


def test_sweep_task_runs_the_sweep(clock, enqueued):
    # given
    stale = _notification(next_attempt_at=clock.now - dt.timedelta(minutes=5))

    # when
    tasks.notification_sweep()

    # then
    enqueued.assert_called_once_with(stale.pk)


def test_sweep_is_scheduled_every_minute():
    entry = settings.CELERY_BEAT_SCHEDULE["notification-sweep"]
    assert entry == {
        "task": "notifications.tasks.notification_sweep",
        "schedule": 60.0,
    }


def test_a_worker_claim_outlasts_the_task_time_limit():
    """A live worker is stopped by the hard time limit before its claim ends, so a
    claim only expires for a dead worker."""
    assert settings.MPP_NOTIFICATION_CLAIM_SECONDS > settings.CELERY_TASK_TIME_LIMIT


# ---------------------------------------------------------------- admin resend


def _failed(**kwargs) -> Notification:
    notification = _notification(channel="sms", **kwargs)
    gateways.MemoryGateway.failures = [gateways.GatewayRejected("HTTP 400")]
    actions.notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    return notification


def test_admin_shows_failed_rows_with_their_attempts(client):
    # given
    failed = _failed()
    sign_in_staff(client, UserFactory(provincial_admin=True))

    # when
    listing = client.get("/admin/notifications/notification/?status__exact=failed")
    detail = client.get(f"/admin/notifications/notification/{failed.pk}/change/")

    # then
    assert list(listing.context["cl"].result_list) == [failed]
    page = detail.content.decode()
    assert "HTTP 400" in page
    assert str(failed.uuid) in page


def test_admin_resend_is_a_post_that_queues_the_row_again_with_the_same_key(
    client, enqueued, django_capture_on_commit_callbacks
):
    # given
    failed = _failed()
    sent = _notification(recipient=failed.recipient)
    actions.notification_deliver(notification_id=sent.pk)
    sign_in_staff(client, UserFactory(provincial_admin=True))
    url = "/admin/notifications/notification/"

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"action": "resend", "_selected_action": [failed.pk, sent.pk]}
        )

    # then
    assert response.status_code == 302
    enqueued.assert_called_once_with(failed.pk)
    resent = Notification.objects.get(pk=failed.pk)
    assert (resent.status, resent.attempts) == (NotificationStatus.PENDING, 0)
    assert resent.uuid == failed.uuid
    assert Notification.objects.get(pk=sent.pk).status == NotificationStatus.SENT

    # when it is delivered: a new attempt, the history kept
    actions.notification_deliver(notification_id=failed.pk)
    resent.refresh_from_db()
    assert resent.status == NotificationStatus.SENT
    assert [o for o, _e in _attempts(resent)] == ["failed", "sent"]


def test_resend_leaves_a_row_a_live_worker_is_sending(clock, enqueued):
    # given
    notification = _notification(channel="sms")
    actions._claim(notification.pk)

    # when
    queued = actions.notification_resend(notification_id=notification.pk)

    # then
    assert queued is False
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENDING


def test_only_provincial_admins_see_notifications_in_the_admin(client):
    # given
    failed = _failed()
    sign_in_staff(client, UserFactory(is_staff=True))

    # when
    response = client.post(
        "/admin/notifications/notification/",
        {"action": "resend", "_selected_action": [failed.pk]},
    )

    # then
    assert response.status_code == 403
    failed.refresh_from_db()
    assert failed.status == NotificationStatus.FAILED
