"""The notification outbox (RELIABILITY rows 23-24): a row written with the event,
delivery enqueued only after the commit, delivered exactly once, swept when the
broker lost it, and a visible failed state."""

import datetime as dt
import threading
import time
from unittest import mock

import pytest
from celery.contrib.testing.worker import start_worker

from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import NotificationChannel
from mpp.celery import app
from notifications import actions, gateways, tasks
from notifications.models import Notification, NotificationStatus
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite ignores select_for_update, so row locks cannot be tested on it",
)


@pytest.fixture(autouse=True)
def _empty_gateway_outbox():
    """MemoryGateway keeps its messages in a class attribute, shared by all tests."""
    gateways.MemoryGateway.outbox.clear()
    yield
    gateways.MemoryGateway.outbox.clear()


@pytest.fixture
def enqueued():
    """Record what would go to the broker (or run inline) instead of sending it."""
    with mock.patch.object(tasks.notification_deliver, "delay") as delay:
        yield delay


def _notification(**kwargs) -> Notification:
    """A pending row as notification_create writes it, without enqueueing."""
    recipient = kwargs.pop("recipient", None) or UserFactory(
        email="siti@example.id", phone="081277778888"
    )
    defaults = {
        "recipient": recipient,
        "channel": recipient.notification_channel,
        "subject": "Permohonan BTM-7KQ2-94XD diterima",
        "body": "Permohonan Anda sedang diproses.",
    }
    return Notification.objects.create(**(defaults | kwargs))


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
    assert notification.subject == "Subjek"
    assert notification.body == "Isi pesan"
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 0
    assert notification.sent_at is None


def test_create_enqueues_delivery_only_after_the_commit(
    enqueued, django_capture_on_commit_callbacks
):
    # given
    citizen = UserFactory()

    # when
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = actions.notification_create(
            recipient=citizen, subject="Subjek", body="Isi"
        )
        # then (still inside the transaction)
        assert enqueued.call_count == 0

    # then (after the commit)
    assert len(callbacks) == 1
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


def test_deliver_sends_an_email_and_stamps_the_row():
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
    assert email.subject == "Permohonan BTM-7KQ2-94XD diterima"
    assert email.body == "Permohonan Anda sedang diproses."
    assert gateways.MemoryGateway.outbox == []
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
    assert before <= notification.sent_at <= timezone.now()
    assert notification.last_error == ""


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_deliver_sends_sms_and_whatsapp_through_the_gateway(channel):
    # given
    notification = _notification(channel=channel)

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    assert gateways.MemoryGateway.outbox == [
        {
            "channel": channel,
            "phone": "081277778888",
            "text": "Permohonan BTM-7KQ2-94XD diterima\n"
            "Permohonan Anda sedang diproses.",
        }
    ]
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1


def test_deliver_falls_back_to_email_without_a_phone_number():
    # given
    recipient = UserFactory(email="tanpa.hp@example.id", phone="")
    notification = _notification(recipient=recipient, channel="sms")

    # when
    actions.notification_deliver(notification_id=notification.pk)

    # then
    assert gateways.MemoryGateway.outbox == []
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
    assert again.pk == notification.pk
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
    assert notification.sent_at == first_sent_at


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


def test_gateway_failure_leaves_the_row_pending_for_a_retry():
    # given
    notification = _notification(channel="sms")

    # when
    with (
        mock.patch.object(
            gateways, "send", side_effect=ConnectionError("gateway down")
        ) as send,
        pytest.raises(ConnectionError, match="gateway down"),
    ):
        actions.notification_deliver(notification_id=notification.pk)

    # then
    assert send.call_count == 1
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 0
    assert notification.sent_at is None
    assert mail.outbox == []
    assert gateways.MemoryGateway.outbox == []


def test_task_retries_only_temporary_errors_with_backoff():
    # given
    task = tasks.notification_deliver

    # then
    assert set(task.autoretry_for) == {
        tasks.SMTPException,
        ConnectionError,
        TimeoutError,
        gateways.GatewayError,
    }
    assert task.max_retries == 10
    assert task.retry_backoff is True
    assert task.retry_backoff_max == 600


def test_task_failure_after_the_last_retry_marks_the_row_failed():
    # given
    notification = _notification()

    # when
    tasks.notification_deliver.on_failure(
        ConnectionError("smtp down"), "task-id", (notification.pk,), {}, None
    )

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.attempts == 1
    assert notification.last_error == "ConnectionError('smtp down')"


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_deliver_skips_a_row_another_worker_is_delivering():
    """The row lock is taken with NOWAIT: a second worker gives up at once instead
    of waiting and sending a duplicate."""
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


# ---------------------------------------------------------------- failure


def test_record_failure_not_final_keeps_the_row_pending():
    # given
    notification = _notification()

    # when
    actions.notification_record_failure(
        notification_id=notification.pk, error="SMTP 421", final=False
    )

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 1
    assert notification.last_error == "SMTP 421"


def test_record_failure_final_marks_the_row_failed_and_cuts_the_error():
    # given
    notification = _notification()

    # when
    actions.notification_record_failure(
        notification_id=notification.pk, error="x" * 400, final=True
    )

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.attempts == 1
    assert notification.last_error == "x" * 300
    assert notification.sent_at is None


def test_record_failure_leaves_a_sent_row_alone():
    # given
    notification = _notification()
    actions.notification_deliver(notification_id=notification.pk)

    # when
    actions.notification_record_failure(
        notification_id=notification.pk, error="late", final=True
    )

    # then
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
    assert notification.last_error == ""


# ---------------------------------------------------------------- sweep


def test_sweep_re_enqueues_only_stale_pending_rows(enqueued):
    # given
    recipient = UserFactory()
    long_ago = timezone.now() - dt.timedelta(minutes=10)
    stale = [_notification(recipient=recipient, created_at=long_ago) for _ in range(2)]
    _notification(recipient=recipient)  # pending, but its task may still run
    _notification(
        recipient=recipient,
        created_at=long_ago,
        status=NotificationStatus.SENT,
        sent_at=long_ago,
    )
    _notification(
        recipient=recipient, created_at=long_ago, status=NotificationStatus.FAILED
    )

    # when
    count = actions.notification_sweep()

    # then
    assert count == 2
    assert sorted(c.args[0] for c in enqueued.call_args_list) == sorted(
        n.pk for n in stale
    )
    assert all(c.kwargs == {} for c in enqueued.call_args_list)
    assert mail.outbox == []


def test_sweep_threshold_is_exclusive_and_configurable(enqueued):
    # given
    now = timezone.now()
    old = _notification(created_at=now - dt.timedelta(seconds=90))
    _notification(recipient=old.recipient, created_at=now + dt.timedelta(seconds=5))

    # when
    default_count = actions.notification_sweep()
    short_count = actions.notification_sweep(older_than=dt.timedelta(seconds=60))

    # then
    assert default_count == 0
    assert short_count == 1
    enqueued.assert_called_once_with(old.pk)


def test_sweep_task_runs_the_sweep(enqueued):
    # given
    stale = _notification(created_at=timezone.now() - dt.timedelta(hours=1))

    # when
    tasks.notification_sweep()

    # then
    enqueued.assert_called_once_with(stale.pk)


def test_sweep_is_scheduled_every_minute():
    # then
    entry = settings.CELERY_BEAT_SCHEDULE["notification-sweep"]
    assert entry == {
        "task": "notifications.tasks.notification_sweep",
        "schedule": 60.0,
    }


# ---------------------------------------------------------------- real broker


def _wait_for(condition, *, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(settings.CELERY_TASK_ALWAYS_EAGER, reason="inline mode: no broker")
@pytest.mark.django_db(transaction=True)
def test_committed_notification_reaches_a_worker_through_redis_once():
    # given
    app.control.purge()  # messages left by other runs name rows that are gone
    citizen = UserFactory(email="worker@example.id")

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        # when
        with transaction.atomic():
            notification = actions.notification_create(
                recipient=citizen, subject="Lewat Redis", body="Isi"
            )
        arrived = _wait_for(lambda: len(mail.outbox) >= 1, timeout=15)
        # A redelivery of the same message, then a second notification: the solo
        # worker runs them in order, so once the second e-mail is in, the
        # redelivery has run too.
        tasks.notification_deliver.delay(notification.pk)
        with transaction.atomic():
            actions.notification_create(recipient=citizen, subject="Kedua", body="Isi")
        second = _wait_for(lambda: len(mail.outbox) >= 2, timeout=15)

    # then
    assert arrived is True
    assert second is True
    assert [m.subject for m in mail.outbox] == ["Lewat Redis", "Kedua"]
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 1
