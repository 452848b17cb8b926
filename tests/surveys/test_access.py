"""Who may open the survey's pages (issue 10 §1), beside the applications' access
matrix (tests/test_access_matrix.py) and the queue's (tests/queueing/
test_access.py).

- A completed application's survey is its citizen's alone; a done ticket's survey
  (signed in) is its holder's alone: everyone else gets 404 and nothing is
  written; anonymous visitors are sent to sign in.
- A paper ticket's signed link needs no account; a tampered, foreign-salted or
  expired link is 404.
- The mall's IKM page is public; the follow-up plans page is for mall managers
  and the provincial admin (everyone else 404).
"""

import datetime as dt
import uuid

import pytest

from django.core import signing
from django.test import Client
from django.urls import reverse

from surveys import actions
from surveys.models import FollowUpPlan, SurveyResponse
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.staff_auth import sign_in_staff
from tests.surveys.factories import done_ticket

pytestmark = pytest.mark.django_db

#: Every survey route that takes an id, and who gets through (for
#: tests/test_access_matrix.py, which leaves these routes to this file).
SURVEY_ROUTES = {
    "surveys:application": "owner",
    "surveys:ticket": "holder",
}

OWNER = "the citizen of the visit"
OTHER_CITIZEN = "another citizen"
BOOTH_OFFICER = "officer of the booth"
MALL_MANAGER = "manager of the mall"
PROVINCIAL_ADMIN = "provincial admin"
ANONYMOUS = "anonymous"
ROLES = (OWNER, OTHER_CITIZEN, BOOTH_OFFICER, MALL_MANAGER, PROVINCIAL_ADMIN, ANONYMOUS)
ANSWERS = {f"u{n}": "4" for n in range(1, 10)}


def _visit(name: str):
    if name == "surveys:application":
        application = ApplicationFactory(completed=True)
        return application, application.citizen, application.mall
    holder = UserFactory()
    ticket = done_ticket(citizen=holder)
    return ticket, holder, ticket.mall


def _sign_in(client: Client, role: str, owner, visit, mall) -> None:
    if role == ANONYMOUS:
        return
    if role == OWNER:
        client.force_login(owner)
        return
    if role == OTHER_CITIZEN:
        client.force_login(UserFactory())
        return
    staff = {
        BOOTH_OFFICER: lambda: (
            officer_for(visit)
            if hasattr(visit, "tracking_number")
            else BoothStaffFactory(booth=visit.booth).user
        ),
        MALL_MANAGER: lambda: MallManagerFactory(mall=mall).user,
        PROVINCIAL_ADMIN: lambda: UserFactory(provincial_admin=True),
    }[role]()
    sign_in_staff(client, staff)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", sorted(SURVEY_ROUTES))
@pytest.mark.parametrize("role", ROLES)
def test_a_visits_survey_is_its_citizens_alone(client, name, role, method):
    # given
    visit, owner, mall = _visit(name)
    _sign_in(client, role, owner, visit, mall)
    url = reverse(name, kwargs={"uuid": visit.uuid})

    # when
    response = getattr(client, method)(url, ANSWERS if method == "post" else None)

    # then
    if role == OWNER:
        expected = 302 if method == "post" else 200
        assert response.status_code == expected
        assert SurveyResponse.objects.count() == (1 if method == "post" else 0)
    elif role == ANONYMOUS:
        assert response.status_code == 302
        assert "/akun/login/" in response["Location"]
        assert SurveyResponse.objects.count() == 0
    else:
        assert response.status_code == 404
        assert SurveyResponse.objects.count() == 0


@pytest.mark.parametrize("name", sorted(SURVEY_ROUTES))
def test_an_unknown_visit_is_404(client, name):
    client.force_login(UserFactory())

    response = client.get(reverse(name, kwargs={"uuid": uuid.uuid4()}))

    assert response.status_code == 404


def test_a_draft_application_has_no_survey_even_for_its_citizen(client):
    application = ApplicationFactory()
    client.force_login(application.citizen)

    response = client.get(
        reverse("surveys:application", kwargs={"uuid": application.uuid})
    )

    assert response.status_code == 404


def _walk_in_url(token: str) -> str:
    return reverse("surveys:walk_in", kwargs={"token": token})


def test_a_paper_tickets_signed_link_needs_no_account(client):
    ticket = done_ticket()

    page = client.get(_walk_in_url(actions.walk_in_token(ticket)))
    sent = client.post(_walk_in_url(actions.walk_in_token(ticket)), ANSWERS)

    assert page.status_code == 200
    assert sent.status_code == 302
    assert SurveyResponse.objects.get().ticket == ticket


def _tampered(token: str) -> str:
    value, signature = token.split(":", 1)
    return value[:-1] + ("A" if value[-1] != "A" else "B") + ":" + signature


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(_tampered, id="tampered value"),
        pytest.param(lambda token: token[:-2] + "xx", id="tampered signature"),
        pytest.param(
            lambda token: signing.dumps(
                signing.loads(token, salt=actions.WALK_IN_SALT)
            ),
            id="signed without the salt",
        ),
        pytest.param(lambda token: "nonsense", id="not a token"),
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_signed_link_is_404(client, forge, method):
    ticket = done_ticket()
    url = _walk_in_url(forge(actions.walk_in_token(ticket)))

    response = getattr(client, method)(url, ANSWERS if method == "post" else None)

    assert response.status_code == 404
    assert SurveyResponse.objects.count() == 0


def test_an_expired_signed_link_is_404(client, monkeypatch):
    ticket = done_ticket()
    token = actions.walk_in_token(ticket)
    monkeypatch.setattr(actions, "WALK_IN_MAX_AGE", dt.timedelta(seconds=-1))

    response = client.post(_walk_in_url(token), ANSWERS)

    assert response.status_code == 404
    assert SurveyResponse.objects.count() == 0


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (MALL_MANAGER, 200),
        (PROVINCIAL_ADMIN, 200),
        (BOOTH_OFFICER, 404),
        (OTHER_CITIZEN, 404),
        (ANONYMOUS, 302),
    ],
)
def test_the_follow_up_page_is_for_managers_and_the_provincial_admin(
    client, role, expected
):
    application = ApplicationFactory(completed=True)
    _sign_in(client, role, None, application, application.mall)
    url = reverse("surveys:follow_up")
    data = {
        "mall": application.mall.pk,
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "text": "Menambah petugas informasi.",
    }

    page = client.get(url)
    sent = client.post(url, data)

    assert page.status_code == expected
    if expected == 200:
        assert sent.status_code == 302
        assert FollowUpPlan.objects.get().text == "Menambah petugas informasi."
    else:
        assert sent.status_code == expected
        assert FollowUpPlan.objects.count() == 0


def test_a_manager_cannot_write_another_malls_plan(client):
    manager = MallManagerFactory()
    other = ApplicationFactory(completed=True).mall
    sign_in_staff(client, manager.user)

    response = client.post(
        reverse("surveys:follow_up"),
        {
            "mall": other.pk,
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "text": "Rencana",
        },
    )

    assert response.status_code == 200
    assert "mall" in response.context["form"].errors
    assert FollowUpPlan.objects.count() == 0
