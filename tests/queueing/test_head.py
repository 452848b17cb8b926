"""HEAD answers like GET on the queue's pages, and its POST-only URLs refuse GET and
HEAD (the portal's rule, tests/mpp/test_head_and_paging.py)."""

import pytest

from django.urls import reverse

from queueing.models import Ticket
from tests.accounts.factories import UserFactory
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


def _same(client, url):
    get, head = client.get(url), client.head(url)
    assert (head.status_code, head.content) == (get.status_code, b""), url
    assert get.status_code == 200, url
    assert head["Content-Type"] == get["Content-Type"], url


def test_head_on_the_queue_pages(client):
    floor = make_floor(counters=1)
    citizen = UserFactory()
    (ticket,) = floor.issue(citizen=citizen)
    mall = floor.booth.mall.slug
    for name, kwargs in [
        ("queueing:kiosk", {"mall": mall}),
        ("queueing:check_in", {"mall": mall}),
        ("queueing:board", {"mall": mall}),
        ("queueing:board_data", {"mall": mall}),
        ("queueing:ticket", {"uuid": ticket.uuid}),
        ("queueing:ticket_print", {"uuid": ticket.uuid}),
        ("queueing:ticket_place", {"uuid": ticket.uuid}),
    ]:
        _same(client, reverse(name, kwargs=kwargs))
    client.force_login(citizen)
    _same(client, reverse("queueing:my_tickets"))
    _same(
        client,
        reverse("queueing:book") + f"?service={floor.services[0].slug}&mall={mall}",
    )
    sign_in_staff(client, floor.officers[0])
    _same(client, reverse("backoffice:counters"))
    _same(
        client,
        reverse("backoffice:console", kwargs={"counter_id": floor.counters[0].pk}),
    )


@pytest.mark.parametrize("method", ["get", "head"])
def test_post_only_queue_urls_refuse_get_and_head(client, method):
    floor = make_floor(counters=1)
    citizen = UserFactory()
    (ticket,) = floor.issue(citizen=citizen)
    sign_in_staff(client, floor.officers[0])
    for url in [
        reverse("queueing:kiosk_issue", kwargs={"mall": floor.booth.mall.slug}),
        reverse("queueing:ticket_cancel", kwargs={"uuid": ticket.uuid}),
        reverse(
            "backoffice:console_act",
            kwargs={"counter_id": floor.counters[0].pk, "action": "panggil"},
        ),
    ]:
        assert getattr(client, method)(url).status_code == 405, url
    assert Ticket.objects.get().status == "waiting"
