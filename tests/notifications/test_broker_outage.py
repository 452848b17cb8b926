"""RELIABILITY 24: with the broker down, the citizen's submission still answers and
the notification is delivered exactly once after the broker returns: first with the
broker's refusal faked (any database), then with Redis really out of reach for the
portal and a real worker (PostgreSQL and Redis, as in CI)."""

import datetime as dt

import pytest
from kombu.exceptions import OperationalError

from django.core import mail
from django.utils import timezone

from applications import actions
from mpp.celery import app
from notifications import actions as notification_actions
from notifications import tasks
from notifications.models import Notification, NotificationStatus
from services.constants import Channel
from tests.accounts.factories import UserFactory
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications import badfiles
from tests.notifications.fake_provider import FakeProvider
from tests.notifications.worker import RedisOutage, Worker, real_worker, wait_for
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def _application_ready_to_send(citizen):
    mall = MallFactory(slug="batam")
    agency = AgencyFactory()
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(agency=agency, channel=Channel.ONLINE, booths=[booth])
    requirement = RequirementFactory(service=service)
    application = actions.application_start(
        citizen=citizen,
        service=service,
        mall=mall,
        start_key="00000000-0000-0000-0000-000000000009",
    )
    actions.application_save_draft(
        application=application,
        field_values={},
        files={requirement.pk: (badfiles.good_pdf(), "application/pdf")},
    )
    return application


def test_submission_survives_a_broker_outage_and_the_sweeper_delivers_once(
    client, monkeypatch, clock, django_capture_on_commit_callbacks
):
    # given an application ready to send, and a broker that refuses connections
    citizen = UserFactory(nik="2171010101900001")
    application = _application_ready_to_send(citizen)

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to redis. Connection refused.")

    monkeypatch.setattr(tasks.notification_deliver, "delay", broker_down)
    client.force_login(citizen)
    mail.outbox.clear()

    # when the citizen sends it
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/permohonan/{application.uuid}/kirim/")

    # then the page answers and the message waits in the outbox
    assert response.status_code == 302
    notification = Notification.objects.get(recipient=citizen)
    assert notification.status == NotificationStatus.PENDING
    assert mail.outbox == []

    # when the broker is back and the sweeper runs (every minute, as beat does)
    queued = []
    monkeypatch.setattr(tasks.notification_deliver, "delay", queued.append)
    for _ in range(3):
        clock.advance(minutes=1)
        notification_actions.notification_sweep()
        for pk in queued:
            notification_actions.notification_deliver(notification_id=pk)
            notification_actions.notification_deliver(notification_id=pk)  # again

    # then it was queued once, after the grace, and delivered exactly once
    notification.refresh_from_db()
    assert queued == [notification.pk]
    assert notification.status == NotificationStatus.SENT
    assert len(mail.outbox) == 1


@pytest.fixture
def redis_outage(settings):
    """The portal (this process: its Celery producer and its cache) reaches Redis
    through a proxy that the test can cut; the worker reaches it the same way."""
    outage = RedisOutage(settings.REDIS_URL)
    outage.restore()
    saved = app.conf.broker_url
    settings.CACHES = {"default": settings.CACHES["default"] | {"LOCATION": outage.url}}

    def point_celery_at(url):
        # Celery keeps its connection pools per broker URL (kombu.pools): new ones
        # for the proxy, the old ones again afterwards.
        app.conf.broker_url = url
        app._pool = None
        app.amqp._producer_pool = None

    point_celery_at(outage.url)
    yield outage
    outage.cut()
    point_celery_at(saved)


@real_worker
@pytest.mark.django_db(transaction=True)
def test_redis_down_during_a_submission_then_back_delivers_once(
    client, redis_outage, tmp_path, monkeypatch, caplog
):
    # given a worker, and the citizen's application ready to send
    app.control.purge()
    provider = FakeProvider().start()
    worker = Worker(
        provider_url=provider.url, log_dir=tmp_path, redis_url=redis_outage.url
    ).start()
    citizen = UserFactory(
        nik="2171010101900001", phone="0812 3456 7890", notification_channel="sms"
    )
    application = _application_ready_to_send(citizen)
    client.force_login(citizen)
    try:
        # when Redis goes away and the citizen sends the application
        redis_outage.cut()
        response = client.post(f"/permohonan/{application.uuid}/kirim/")

        # then the page answers, the message waits in the outbox
        assert response.status_code == 302
        notification = Notification.objects.get(recipient=citizen)
        assert f"Could not queue notification {notification.pk}" in caplog.text
        assert notification.status == NotificationStatus.PENDING
        assert provider.requests == []

        # when Redis is back and beat's sweeper runs past the grace period
        redis_outage.restore()
        later = timezone.now() + dt.timedelta(minutes=3)
        monkeypatch.setattr(timezone, "now", lambda: later)
        assert notification_actions.notification_sweep() == 1
        monkeypatch.undo()
        sent = wait_for(
            lambda: Notification.objects.get(pk=notification.pk).status == "sent",
            timeout=30,
        )
        # A second sweep finds nothing to queue: the row is sent.
        assert notification_actions.notification_sweep() == 0
    finally:
        worker.stop()
        provider.stop()

    # then it was delivered exactly once
    assert sent is True, worker.output()
    assert [r["key"] for r in provider.requests] == [str(notification.uuid)]
