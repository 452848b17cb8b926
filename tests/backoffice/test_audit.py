"""Every look at citizen data in the back office leaves an audit row, and the
citizen sees who opened their application (issue 7 §4)."""

import pytest

from django.test import Client
from django.urls import reverse

from applications import actions
from audit.models import AuditAction, AuditEvent
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothStaffFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.staff_auth import sign_in_staff

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]


def _client_for(user) -> Client:
    client = Client()
    sign_in_staff(client, user)
    return client


def _rows(action, **filters):
    return list(AuditEvent.objects.filter(action=action, **filters))


def test_each_look_is_recorded_with_who_and_whose():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    client = _client_for(officer)
    document = application.documents.first()

    client.get(reverse("backoffice:review", kwargs={"uuid": application.uuid}))
    client.get(
        reverse(
            "backoffice:document",
            kwargs={"uuid": application.uuid, "document_id": document.pk},
        )
    )
    client.post(reverse("backoffice:reveal_nik", kwargs={"uuid": application.uuid}))

    for action in (
        AuditAction.VIEW_APPLICATION,
        AuditAction.VIEW_DOCUMENT,
        AuditAction.REVEAL_NIK,
    ):
        (row,) = _rows(action)
        assert row.actor_id == officer.pk
        assert row.role == "officer"
        assert row.application_id == application.pk
        assert row.citizen_id == application.citizen_id
        assert application.citizen.nik not in str(row.detail) + row.object_repr


def test_each_status_change_is_recorded_in_its_transaction():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    actions.application_start_review(application=application, officer=officer)
    with pytest.raises(actions.DomainError):
        actions.application_decide(
            application=application, officer=officer, approve=False, note=""
        )
    (row,) = _rows(AuditAction.STATUS_CHANGE, application_id=application.pk)
    assert row.detail == {"from": "submitted", "to": "in_review"}
    assert row.actor_id == officer.pk


@pytest.mark.parametrize("who", ["officer of another agency", "citizen"])
def test_a_404_on_someone_elses_application_is_recorded(who):
    application = ApplicationFactory(submitted=True)
    if who == "citizen":
        user = UserFactory()
        client = Client()
        client.force_login(user)
        url = application.get_absolute_url()
    else:
        user = BoothStaffFactory(booth__mall=application.mall).user
        client = _client_for(user)
        url = reverse("backoffice:review", kwargs={"uuid": application.uuid})

    assert client.get(url).status_code == 404

    (row,) = _rows(AuditAction.ACCESS_DENIED)
    assert row.actor_id == user.pk
    assert str(application.uuid) in row.object_repr


def test_the_citizen_sees_which_agency_opened_it():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    citizen_client = Client()
    citizen_client.force_login(application.citizen)
    before = citizen_client.get(application.get_absolute_url()).content.decode()
    assert "Belum ada petugas yang membukanya." in before

    _client_for(officer).get(
        reverse("backoffice:review", kwargs={"uuid": application.uuid})
    )

    after = citizen_client.get(application.get_absolute_url()).content.decode()
    opened = after[after.index("Siapa yang membuka permohonan Anda") :]
    opened = opened[: opened.index("</section>")]
    assert application.service.agency.short_name in opened
    assert officer.full_name not in after  # the agency answers, not the person
