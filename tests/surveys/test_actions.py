"""Recording a response (one per finished visit, nothing written when refused),
inviting the citizen once the visit finishes, and writing follow-up plans."""

import datetime as dt

import pytest

from django.db import IntegrityError, transaction
from django.utils import translation

from applications import actions as application_actions
from mpp.exceptions import DomainError
from notifications.models import Notification
from surveys import actions
from surveys.actions import AlreadyAnswered, VisitNotFinished
from surveys.models import FollowUpPlan, SurveyResponse
from tests.accounts.factories import UserFactory
from tests.agencies.factories import MallFactory, MallManagerFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.queueing.factories import make_floor
from tests.surveys.factories import answers, done_ticket, respond

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """The refusals are matched by their English msgids (the Indonesian
    translations are checked on the pages, in test_views.py)."""
    with translation.override("en"):
        yield


def test_a_response_about_a_completed_application_copies_the_visit():
    # given
    application = ApplicationFactory(completed=True)

    # when
    response = respond(
        application=application,
        values=(4, 3, None, 4, 4, 3, 4, 2, 1),
        comment="  Cepat sekali.  ",
        sex="f",
        age_band="30_39",
        education="s1",
        occupation="self",
    )

    # then
    response.refresh_from_db()
    assert (response.application_id, response.ticket_id) == (application.pk, None)
    assert response.mall_id == application.mall_id
    assert response.service_id == application.service_id
    assert response.agency_id == application.service.agency_id
    assert response.booth.mall_id == application.mall_id
    assert response.booth.agency_id == application.service.agency_id
    assert response.visit_finished_at == application.closed_at
    assert [response.u1, response.u3, response.u9] == [4, None, 1]
    assert response.comment == "Cepat sekali."
    assert (response.sex, response.age_band, response.education) == (
        "f",
        "30_39",
        "s1",
    )


def test_a_response_about_a_done_ticket():
    ticket = done_ticket()

    response = respond(ticket=ticket, values=(3,))

    assert (response.ticket_id, response.application_id) == (ticket.pk, None)
    assert (response.booth_id, response.mall_id) == (ticket.booth_id, ticket.mall_id)
    assert response.visit_finished_at == ticket.finished_at


def test_a_second_response_about_the_same_visit_is_refused():
    # given
    application = ApplicationFactory(completed=True)
    first = respond(application=application, values=(4,))

    # when
    with pytest.raises(AlreadyAnswered, match="already been rated"):
        respond(application=application, values=(1,))

    # then
    assert list(SurveyResponse.objects.values_list("pk", "u1")) == [(first.pk, 4)]


@pytest.mark.parametrize("status", ["submitted", "in_review", "approved", "rejected"])
def test_an_unfinished_application_cannot_be_rated(status):
    application = ApplicationFactory(**{status: True})

    with pytest.raises(VisitNotFinished, match="once it is finished"):
        respond(application=application)

    assert SurveyResponse.objects.count() == 0


def test_a_waiting_ticket_cannot_be_rated():
    (waiting,) = make_floor(counters=1).issue()

    with pytest.raises(VisitNotFinished):
        respond(ticket=waiting)

    assert SurveyResponse.objects.count() == 0


def test_a_response_with_no_answer_is_refused():
    application = ApplicationFactory(completed=True)

    with pytest.raises(DomainError, match="at least one question"):
        actions.survey_response_create(
            application=application, answers=answers(None), comment="Hanya komentar"
        )

    assert SurveyResponse.objects.count() == 0


def test_the_database_refuses_two_responses_per_visit_and_bad_answers():
    """The constraints hold even for writes that bypass the action."""
    application = ApplicationFactory(completed=True)
    response = respond(application=application)
    copy = {
        f.attname: getattr(response, f.attname)
        for f in SurveyResponse._meta.concrete_fields
        if f.name != "id"
    }

    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyResponse.objects.create(**copy)
    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyResponse.objects.create(**copy | {"application_id": None})
    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyResponse.objects.filter(pk=response.pk).update(u5=5)

    assert SurveyResponse.objects.get().u5 == 4


# ---------------------------------------------------------------- invitation
def test_completing_an_application_invites_the_citizen_once(
    django_capture_on_commit_callbacks,
):
    # given
    application = ApplicationFactory(approved=True, citizen__preferred_language="en")
    officer = officer_for(application)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        application_actions.application_complete(
            application=application, officer=officer
        )

    # then
    invitations = Notification.objects.filter(subject__startswith="How was")
    (invitation,) = invitations
    assert invitation.recipient == application.citizen
    assert invitation.subject == f"How was {application.service.name}? Rate the service"
    assert f"/en/survei/permohonan/{application.uuid}/" in invitation.body
    # A second try (a retried callback) finds nothing more to send: the visit was
    # rated meanwhile.
    respond(application=application)
    assert actions.survey_invite(application_id=application.pk) is False
    assert invitations.count() == 1


def test_picking_up_the_result_invites_the_citizen(django_capture_on_commit_callbacks):
    application = ApplicationFactory(ready_for_pickup=True)
    officer = officer_for(application)

    with django_capture_on_commit_callbacks(execute=True):
        application_actions.application_picked_up(
            application=application, officer=officer
        )

    with translation.override("id"):
        invitation = Notification.objects.get(body__contains="/survei/permohonan/")
    assert invitation.recipient == application.citizen


def test_a_refused_completion_invites_nobody(django_capture_on_commit_callbacks):
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(DomainError),
    ):
        application_actions.application_complete(
            application=application, officer=officer
        )

    assert callbacks == []
    assert Notification.objects.count() == 0


def test_finishing_a_ticket_invites_its_holder(django_capture_on_commit_callbacks):
    holder = UserFactory(preferred_language="en")

    with django_capture_on_commit_callbacks(execute=True):
        ticket = done_ticket(citizen=holder)

    invitation = Notification.objects.get(subject__startswith="How was")
    assert invitation.recipient == holder
    assert f"/en/survei/tiket/{ticket.uuid}/" in invitation.body


def test_a_walk_in_ticket_invites_nobody(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ticket = done_ticket()

    assert ticket.citizen_id is None
    assert Notification.objects.count() == 0
    assert actions.survey_invite(ticket_id=ticket.pk) is False


def test_an_inactive_citizen_is_not_invited():
    application = ApplicationFactory(completed=True, citizen__is_active=False)

    assert actions.survey_invite(application_id=application.pk) is False
    assert Notification.objects.count() == 0


# ---------------------------------------------------------------- plans
def test_a_mall_manager_writes_and_rewrites_a_plan():
    # given
    manager = MallManagerFactory()
    period = {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 6, 30)}

    # when
    first = actions.follow_up_plan_save(
        user=manager.user,
        mall=manager.mall,
        service=None,
        text="Tambah kursi.",
        **period,
    )
    second = actions.follow_up_plan_save(
        user=manager.user,
        mall=manager.mall,
        service=None,
        text=" Tambah loket. ",
        **period,
    )

    # then
    assert first.pk == second.pk
    plan = FollowUpPlan.objects.get()
    assert (plan.text, plan.created_by) == ("Tambah loket.", manager.user)


@pytest.mark.parametrize("who", ["another mall's manager", "citizen"])
def test_only_the_malls_managers_write_its_plans(who):
    mall = MallFactory()
    user = MallManagerFactory().user if who != "citizen" else UserFactory()

    with pytest.raises(DomainError, match="Only the mall's managers"):
        actions.follow_up_plan_save(
            user=user,
            mall=mall,
            service=None,
            period_start=dt.date(2026, 1, 1),
            period_end=dt.date(2026, 12, 31),
            text="Rencana",
        )

    assert FollowUpPlan.objects.count() == 0


def test_the_provincial_admin_writes_any_malls_plan():
    admin = UserFactory(provincial_admin=True)

    plan = actions.follow_up_plan_save(
        user=admin,
        mall=MallFactory(),
        service=None,
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        text="Rencana provinsi",
    )

    assert FollowUpPlan.objects.get() == plan


def test_the_invitation_links_to_the_portals_address(
    settings, django_capture_on_commit_callbacks
):
    settings.MPP_SITE_URL = "https://mpp.kepriprov.go.id/"
    application = ApplicationFactory(approved=True)
    with django_capture_on_commit_callbacks(execute=True):
        application_actions.application_complete(
            application=application, officer=officer_for(application)
        )
    invitation = Notification.objects.get(
        recipient=application.citizen, body__contains="survei"
    )
    assert (
        f"https://mpp.kepriprov.go.id/survei/permohonan/{application.uuid}/"
        in invitation.body
    )
