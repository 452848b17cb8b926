"""The queue tickets in the admin: read only, each mall manager sees their malls'."""

import pytest

from tests.accounts.factories import UserFactory
from tests.agencies.factories import MallManagerFactory
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
URL = "/admin/queueing/ticket/"


def test_a_provincial_admin_looks_tickets_up_read_only(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue()
    sign_in_staff(client, UserFactory(provincial_admin=True))

    listing = client.get(URL)
    detail = client.get(f"{URL}{ticket.pk}/change/")

    assert ticket.display_number in listing.content.decode()
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert client.get(f"{URL}add/").status_code == 403
    assert client.post(f"{URL}{ticket.pk}/delete/", {"post": "yes"}).status_code == 403


def test_a_mall_manager_sees_only_their_malls_tickets(client):
    floor = make_floor(counters=1)
    other = make_floor(counters=1)
    (mine,) = floor.issue()
    (theirs,) = other.issue(service=other.services[1])
    sign_in_staff(client, MallManagerFactory(mall=floor.booth.mall).user)

    listing = client.get(URL).content.decode()

    assert f">{mine.display_number}<" in listing
    assert theirs.display_number not in listing
    assert client.get(f"{URL}{theirs.pk}/change/").status_code == 302  # "not found"
