"""RELIABILITY 24: with the broker down, the citizen's submission still answers and
the notification is delivered exactly once after the broker returns."""

import pytest
from kombu.exceptions import OperationalError

from django.core import mail

from applications import actions
from notifications import actions as notification_actions
from notifications import tasks
from notifications.models import Notification, NotificationStatus
from services.constants import Channel
from tests.accounts.factories import UserFactory
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications import badfiles
from tests.services.factories import RequirementFactory, ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


def test_submission_survives_a_broker_outage_and_the_sweeper_delivers_once(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    # given an application ready to send, and a broker that refuses connections
    mall = MallFactory(slug="batam")
    agency = AgencyFactory()
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(agency=agency, channel=Channel.ONLINE, booths=[booth])
    requirement = RequirementFactory(service=service)
    citizen = UserFactory(nik="2171010101900001")
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

    # when the broker is back and the sweeper runs (twice, as beat would)
    queued = []
    monkeypatch.setattr(tasks.notification_deliver, "delay", queued.append)
    Notification.objects.filter(pk=notification.pk).update(
        created_at=notification.created_at.replace(
            year=notification.created_at.year - 1
        )
    )
    notification_actions.notification_sweep()
    for pk in queued:
        notification_actions.notification_deliver(notification_id=pk)
        notification_actions.notification_deliver(notification_id=pk)  # redelivery

    # then it is delivered exactly once
    notification.refresh_from_db()
    assert queued == [notification.pk]
    assert notification.status == NotificationStatus.SENT
    assert len(mail.outbox) == 1


def test_sweeper_retries_failed_rows_for_a_day_and_admin_can_resend(monkeypatch):
    import datetime as dt

    from django.utils import timezone

    citizen = UserFactory()
    now = timezone.now()
    fresh_failure = Notification.objects.create(
        recipient=citizen,
        channel="email",
        subject="a",
        body="b",
        status=NotificationStatus.FAILED,
    )
    old_failure = Notification.objects.create(
        recipient=citizen,
        channel="email",
        subject="c",
        body="d",
        status=NotificationStatus.FAILED,
    )
    Notification.objects.filter(pk=fresh_failure.pk).update(
        created_at=now - dt.timedelta(hours=2), updated_at=now - dt.timedelta(hours=1)
    )
    Notification.objects.filter(pk=old_failure.pk).update(
        created_at=now - dt.timedelta(days=2), updated_at=now - dt.timedelta(days=2)
    )
    queued = []
    monkeypatch.setattr(tasks.notification_deliver, "delay", queued.append)

    notification_actions.notification_sweep()

    assert queued == [fresh_failure.pk]


def test_admin_resend_queues_again(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    admin_user = UserFactory(provincial_admin=True)
    failed = Notification.objects.create(
        recipient=UserFactory(),
        channel="email",
        subject="s",
        body="b",
        status=NotificationStatus.FAILED,
    )
    queued = []
    monkeypatch.setattr(tasks.notification_deliver, "delay", queued.append)
    sign_in_staff(client, admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/notifications/notification/",
            {"action": "resend", "_selected_action": [failed.pk]},
        )

    failed.refresh_from_db()
    assert response.status_code == 302
    assert failed.status == NotificationStatus.PENDING
    assert queued == [failed.pk]
