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
