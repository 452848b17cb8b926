"""RELIABILITY 24 with a real worker: `celery -A mpp worker` in a subprocess, on the
test database and Redis, sending SMS through HttpGateway to a fake provider that
honours idempotency keys. Skipped without REDIS_URL and PostgreSQL; CI has both."""

import threading

import pytest

from django.db import transaction

from mpp.celery import app
from notifications import actions, tasks
from notifications.models import AttemptOutcome, Notification, NotificationStatus
from tests.accounts.factories import UserFactory
from tests.notifications.fake_provider import FakeProvider, Scripted
from tests.notifications.worker import Worker, real_worker, wait_for

pytestmark = [real_worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def provider():
    provider = FakeProvider().start()
    yield provider
    provider.stop()


@pytest.fixture
def workers(provider, tmp_path):
    """Start workers with `workers()`; all are stopped after the test."""
    app.control.purge()  # messages left by other runs name rows that are gone
    started: list[Worker] = []

    def start() -> Worker:
        worker = Worker(provider_url=provider.url, log_dir=tmp_path).start()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def _status(notification) -> str:
    return Notification.objects.values_list("status", flat=True).get(pk=notification.pk)


def _create(citizen, subject: str) -> Notification:
    with transaction.atomic():  # committed: its task is queued after the commit
        return actions.notification_create(recipient=citizen, subject=subject, body="")


def test_a_committed_notification_is_delivered_exactly_once(provider, workers):
    # given
    citizen = UserFactory(phone="0812 3456 7890", notification_channel="sms")
    workers()

    # when
    first = _create(citizen, "Lewat Redis")
    delivered = wait_for(lambda: _status(first) == "sent", timeout=20)
    # A redelivery of its task and a sweep, then a second notification: the solo
    # worker runs them in order, so once the second is sent, the others have run.
    tasks.notification_deliver.delay(first.pk)
    actions.notification_sweep()
    second = _create(citizen, "Kedua")
    assert wait_for(lambda: _status(second) == "sent", timeout=20)

    # then
    assert delivered is True
    keys = [r["key"] for r in provider.requests]
    assert keys == [str(first.uuid), str(second.uuid)]
    assert provider.requests[0]["payload"] == {
        "channel": "sms",
        "to": "+6281234567890",
        "text": "Lewat Redis\n",
    }
    assert provider.requests[0]["authorization"] == "Bearer token-uji"
    first.refresh_from_db()
    assert first.attempts == 1
    assert first.delivery_attempts.get().outcome == AttemptOutcome.SENT


def test_a_worker_killed_mid_send_delivers_once_with_the_same_key(provider, workers):
    """SIGKILL while the provider holds the request it has accepted: the claim
    expires, the sweeper queues the row, another worker sends it again with the
    same idempotency key, and the provider delivers it once."""
    # given: the provider accepts the first request and holds its answer
    released = threading.Event()
    provider.script = [Scripted(hold=released)]
    citizen = UserFactory(phone="0812 3456 7890", notification_channel="sms")
    doomed = workers()

    # when the worker is killed mid-send
    try:
        notification = _create(citizen, "Sekali saja")
        assert provider.arrived.wait(timeout=20), doomed.output()
        doomed.kill()
    finally:
        released.set()

    # then the row is claimed by a dead worker, the attempt recorded as running
    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENDING
    assert [a.outcome for a in notification.delivery_attempts.all()] == [
        AttemptOutcome.RUNNING
    ]
    assert actions.notification_sweep() == 0  # the claim still holds

    # when the claim (3 s for the test workers) expires and the sweeper runs
    workers()
    notification.refresh_from_db()
    assert wait_for(lambda: actions.notification_sweep() == 1, timeout=10, interval=0.5)
    sent = wait_for(lambda: _status(notification) == "sent", timeout=20)

    # then: two requests with one key, one message delivered, both attempts kept
    assert sent is True
    key = str(notification.uuid)
    assert [r["key"] for r in provider.requests] == [key, key]
    assert list(provider.delivered) == [key]
    notification.refresh_from_db()
    assert notification.attempts == 2
    attempts = list(notification.delivery_attempts.all())
    assert [a.outcome for a in attempts] == [
        AttemptOutcome.EXPIRED,
        AttemptOutcome.SENT,
    ]
    assert attempts[0].finished_at is None  # nobody knows when it died
    assert attempts[1].finished_at is not None
