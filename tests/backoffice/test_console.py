"""The counter console in the back office (issue 8): an officer runs their counter
through the browser's forms; others find nothing."""

import pytest

from django.urls import reverse

from queueing.models import Ticket, TicketStatus
from tests.agencies.factories import BoothStaffFactory
from tests.applications.factories import ApplicationFactory
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
T = TicketStatus
#: A signed-in officer's click on the console (session, user, second factor,
#: counter, action, desk): pinned so that no click grows with the queue.
CLICK_QUERIES = 10
#: The "Today" panel's poll.
TODAY_QUERIES = 6


def _console(client, counter):
    return client.get(reverse("backoffice:console", kwargs={"counter_id": counter.pk}))


def _act(client, counter, action, htmx=False, **data):
    url = reverse(
        "backoffice:console_act", kwargs={"counter_id": counter.pk, "action": action}
    )
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(url, data, headers=headers, follow=not htmx)


@pytest.fixture
def floor():
    return make_floor(counters=2, open_counters=False)


def test_an_officer_opens_calls_serves_and_closes(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(2)

    page = _console(client, counter).content.decode()
    assert "Buka loket" in page

    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    called = _act(client, counter, "panggil", htmx=True, expected="")
    first = Ticket.objects.get(status=T.CALLED)
    assert first.display_number in called.content.decode()

    _act(client, counter, "mulai", ticket=first.pk)
    done = _act(client, counter, "selesai", ticket=first.pk, outcome="KTP dicetak")
    first.refresh_from_db()
    assert (first.status, first.outcome) == (T.DONE, "KTP dicetak")
    assert "selesai" in done.content.decode()

    _act(client, counter, "panggil", expected="")
    _act(client, counter, "tutup")
    assert Ticket.objects.filter(status=T.WAITING, counter=None).count() == 1


def test_a_double_click_on_call_next_calls_one_ticket(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(3)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])

    _act(client, counter, "panggil", htmx=True, expected="")
    second = _act(client, counter, "panggil", htmx=True, expected="")

    assert Ticket.objects.filter(status=T.CALLED).count() == 1
    assert "berubah" in second.content.decode()  # "the counter changed…"


def test_the_console_links_the_tickets_application(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    application = ApplicationFactory(submitted=True, service=floor.services[0])
    floor.issue(application=application)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    page = _act(client, counter, "panggil", htmx=True, expected="").content.decode()
    assert application.tracking_number in page


def test_transfer_sends_the_ticket_on_with_a_new_number(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    (ticket,) = floor.issue()
    _act(client, counter, "buka", services=[floor.services[0].pk])
    _act(client, counter, "panggil", expected="")
    _act(client, counter, "mulai", ticket=ticket.pk)
    page = _act(
        client,
        counter,
        "alihkan",
        ticket=ticket.pk,
        target=f"{floor.booth.pk}:{floor.services[1].pk}",
    ).content.decode()
    assert "B-001" in page
    assert Ticket.objects.get(prefix="B").queued_at == ticket.queued_at


@pytest.mark.parametrize("who", ["other booth officer", "citizen"])
def test_other_people_find_no_console(client, floor, who):
    counter = floor.counters[0]
    if who == "citizen":
        client.force_login(
            floor.officers[0].__class__.objects.create_user(
                email="warga@example.id", password="x-Very-long-2026"
            )
        )
    else:
        sign_in_staff(client, BoothStaffFactory().user)
    assert _console(client, counter).status_code == 404
    response = client.post(
        reverse(
            "backoffice:console_act",
            kwargs={"counter_id": counter.pk, "action": "buka"},
        ),
        {"services": [floor.services[0].pk]},
    )
    assert response.status_code == 404
    assert not counter.sessions.exists()


def test_an_unknown_action_is_404_and_get_changes_nothing(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    url = reverse(
        "backoffice:console_act", kwargs={"counter_id": counter.pk, "action": "buka"}
    )
    assert client.get(url).status_code == 405
    bad = reverse(
        "backoffice:console_act", kwargs={"counter_id": counter.pk, "action": "hapus"}
    )
    assert client.post(bad).status_code == 404


def test_the_counters_list(client, floor):
    sign_in_staff(client, floor.officers[0])
    page = client.get(reverse("backoffice:counters")).content.decode()
    assert "Loket 1" in page and "Loket 2" in page


@pytest.mark.parametrize("size", [3, 30])
def test_the_console_costs_the_same_whatever_the_queue(
    client, floor, size, django_assert_max_num_queries
):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(size)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    _act(client, counter, "panggil", expected="")
    _console(client, counter)
    with django_assert_max_num_queries(14):
        assert _console(client, counter).status_code == 200


def _today(client, counter):
    return client.get(
        reverse("backoffice:console_today", kwargs={"counter_id": counter.pk})
    )


@pytest.mark.parametrize("size", [3, 30])
def test_a_click_answers_with_the_desk_and_leaves_the_today_panel(
    client, floor, size, django_assert_num_queries
):
    """A click's answer does not count the queue (the browser keeps its "Today"
    panel, which refreshes itself): the same queries whatever the queue."""
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(size)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    _act(client, counter, "panggil", htmx=True, expected="")
    held = Ticket.objects.get(status=T.CALLED)

    with django_assert_num_queries(CLICK_QUERIES):
        answer = _act(client, counter, "tidak-hadir", htmx=True, ticket=held.pk)

    page = answer.content.decode()
    assert f"{held.display_number} dicatat tidak hadir" in page
    assert 'id="console-today" hx-preserve="true"' in page
    assert "Menunggu layanan loket ini" not in page  # the panel is not resent
    # a call: + the check that the counter holds nothing, + the session's
    # services, + the lookup of the ticket that now has few people ahead (to tell
    # its holder)
    with django_assert_num_queries(CLICK_QUERIES + 3):
        called = _act(client, counter, "panggil", htmx=True, expected="")
    assert "dipanggil" in called.content.decode()


@pytest.mark.parametrize("size", [3, 30])
def test_the_today_panel_counts_the_queue_and_the_counters_day(
    client, floor, size, django_assert_num_queries
):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(size)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    _act(client, counter, "panggil", expected="")
    held = Ticket.objects.get(status=T.CALLED)
    _act(client, counter, "mulai", ticket=held.pk)
    _act(client, counter, "selesai", ticket=held.pk)
    _today(client, counter)

    with django_assert_num_queries(TODAY_QUERIES):
        panel = _today(client, counter)

    text = " ".join(panel.content.decode().split())
    assert panel.status_code == 200
    figure = '</dt><dd class="col-5 text-end">'
    assert f"Menunggu layanan loket ini{figure}{size - 1}<" in text
    assert f"Dilayani di sini{figure}1<" in text
    assert "<html" not in text  # a fragment


def test_the_console_page_shows_the_today_panel_at_once(client, floor):
    counter, officer = floor.counters[0], floor.officers[0]
    sign_in_staff(client, officer)
    floor.issue(4)
    _act(client, counter, "buka", services=[s.pk for s in floor.services])
    page = " ".join(_console(client, counter).content.decode().split())
    assert 'hx-trigger="every 10s"' in page
    assert 'Menunggu layanan loket ini</dt><dd class="col-5 text-end">4<' in page
