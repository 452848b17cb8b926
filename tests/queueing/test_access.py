"""The access matrix for the queue's id-taking URLs (issue 8), beside the
applications' one (tests/test_access_matrix.py, which leaves these routes to this
file and fails if an id-taking URL is known to neither).

- A counter's console and its actions: the booth's own officers and supervisors
  only; every other signed-in person gets 404 (another mall's counter, another
  agency's, a mall manager, a provincial admin: consoles are the booth's), and a
  refused POST changes nothing. Anonymous visitors are sent to sign in.
- Cancelling a ticket is its holder's alone (others get 404, nothing changes).
- A ticket's pages are public by their unguessable id (the QR code on the paper
  ticket) and show no personal data: everyone gets them; an unknown id is 404.
"""

import uuid

import pytest

from django.test import Client
from django.urls import reverse

from backoffice.console import ACTIONS
from queueing.models import CounterSession, Ticket
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db

#: Every queue route that takes an id, and who gets through.
QUEUE_ROUTES = {
    "backoffice:console": "booth",
    "backoffice:console_today": "booth",
    "backoffice:console_act": "booth",
    "queueing:ticket": "public",
    "queueing:ticket_print": "public",
    "queueing:ticket_place": "public",
    "queueing:ticket_cancel": "holder",
}

BOOTH_OFFICER = "officer of the booth"
BOOTH_SUPERVISOR = "supervisor of the booth"
OTHER_AGENCY_OFFICER = "officer of another agency, same mall"
OTHER_MALL_OFFICER = "officer of the same agency, another mall"
MALL_MANAGER = "manager of the mall"
OTHER_MALL_MANAGER = "manager of another mall"
PROVINCIAL_ADMIN = "provincial admin"
CITIZEN = "citizen"
ANONYMOUS = "anonymous"
ROLES = (
    BOOTH_OFFICER,
    BOOTH_SUPERVISOR,
    OTHER_AGENCY_OFFICER,
    OTHER_MALL_OFFICER,
    MALL_MANAGER,
    OTHER_MALL_MANAGER,
    PROVINCIAL_ADMIN,
    CITIZEN,
    ANONYMOUS,
)
THE_BOOTH = {BOOTH_OFFICER, BOOTH_SUPERVISOR}


def _sign_in(client: Client, floor, role: str):
    booth = floor.booth
    maker = {
        BOOTH_OFFICER: lambda: floor.officers[0],
        BOOTH_SUPERVISOR: lambda: BoothStaffFactory(booth=booth, supervisor=True).user,
        OTHER_AGENCY_OFFICER: lambda: (
            BoothStaffFactory(
                booth__mall=booth.mall, booth__agency=AgencyFactory()
            ).user
        ),
        OTHER_MALL_OFFICER: lambda: (
            BoothStaffFactory(
                booth__agency=booth.agency, booth__mall=MallFactory()
            ).user
        ),
        MALL_MANAGER: lambda: MallManagerFactory(mall=booth.mall).user,
        OTHER_MALL_MANAGER: lambda: MallManagerFactory().user,
        PROVINCIAL_ADMIN: lambda: UserFactory(provincial_admin=True),
        CITIZEN: lambda: UserFactory(),
    }
    if role == ANONYMOUS:
        return
    user = maker[role]()
    if role == CITIZEN:
        client.force_login(user)
    else:
        sign_in_staff(client, user)


def _state(floor) -> tuple:
    return (
        list(CounterSession.objects.values_list("pk", "closed_at")),
        list(Ticket.objects.order_by("pk").values_list("pk", "status", "counter_id")),
    )


CONSOLE_CASES = [
    ("backoffice:console", "get", None),
    ("backoffice:console_today", "get", None),
] + [("backoffice:console_act", "post", action) for action in sorted(ACTIONS)]


@pytest.mark.parametrize(("name", "method", "action"), CONSOLE_CASES)
@pytest.mark.parametrize("role", ROLES)
def test_a_counters_console_is_its_booths_alone(client, name, method, action, role):
    floor = make_floor(counters=1)
    floor.issue(2)
    counter = floor.counters[0]
    kwargs = {"counter_id": counter.pk} | ({"action": action} if action else {})
    url = reverse(name, kwargs=kwargs)
    data = {"expected": "", "services": [s.pk for s in floor.services]}
    _sign_in(client, floor, role)
    before = _state(floor)

    response = getattr(client, method)(url, data if method == "post" else None)

    if role == ANONYMOUS:
        assert response.status_code == 302
        assert "/akun/login/" in response["Location"]
        assert _state(floor) == before
    elif role in THE_BOOTH:
        assert response.status_code in {200, 302}
    else:
        assert response.status_code == 404
        assert _state(floor) == before


@pytest.mark.parametrize("role", ROLES)
def test_an_unknown_counter_is_404(client, role):
    floor = make_floor(counters=1)
    _sign_in(client, floor, role)
    response = client.get(reverse("backoffice:console", kwargs={"counter_id": 99999}))
    assert response.status_code == (302 if role == ANONYMOUS else 404)


TICKET_NAMES = [name for name, side in QUEUE_ROUTES.items() if side == "public"]


@pytest.mark.parametrize("name", TICKET_NAMES)
@pytest.mark.parametrize("role", [BOOTH_OFFICER, CITIZEN, ANONYMOUS])
def test_a_tickets_pages_are_public_by_their_id(client, name, role):
    floor = make_floor(counters=1)
    citizen = UserFactory(full_name="Siti Rahmawati")
    (ticket,) = floor.issue(citizen=citizen)
    _sign_in(client, floor, role)

    page = client.get(reverse(name, kwargs={"uuid": ticket.uuid}))
    unknown = client.get(reverse(name, kwargs={"uuid": uuid.uuid4()}))

    assert page.status_code in {200, 304}
    assert "Siti Rahmawati" not in page.content.decode()
    assert unknown.status_code == 404


@pytest.mark.parametrize("role", [*ROLES, "holder"])
def test_only_the_holder_cancels_a_ticket(client, role):
    floor = make_floor(counters=1)
    holder = UserFactory()
    (ticket,) = floor.issue(citizen=holder)
    if role == "holder":
        client.force_login(holder)
    else:
        _sign_in(client, floor, role)
    before = _state(floor)

    response = client.post(
        reverse("queueing:ticket_cancel", kwargs={"uuid": ticket.uuid})
    )

    if role == "holder":
        assert response.status_code == 302
        ticket.refresh_from_db()
        assert ticket.status == "cancelled"
    else:
        assert response.status_code == (302 if role == ANONYMOUS else 404)
        assert _state(floor) == before
