"""A ticket's public pages (issue 8): the paper ticket with its QR code, the
citizen's page with the place and the wait (and no personal data), its live part
with ETag and 304, a fixed query budget, Indonesian and English."""

import html as html_lib
import re
import uuid

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from mpp.qr import qr_svg as _qr_svg
from queueing import actions
from queueing.models import PriorityClass, Ticket, TicketSource
from tests.accounts.factories import UserFactory
from tests.queueing.factories import make_floor

pytestmark = pytest.mark.django_db


def _url(name: str, ticket, language: str = "id", **params) -> str:
    with translation.override(language):
        url = reverse(f"queueing:{name}", args=[ticket.uuid])
    if params:
        url += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return url


def _text(response) -> str:
    """The page's text, tags out, whitespace folded."""
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html_lib.unescape(text))


def _no_inline_code(html: str) -> None:
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert " style=" not in html


def _book_today(floor, citizen=None) -> Ticket:
    return actions.ticket_issue(
        booth=floor.booth,
        service=floor.services[0],
        issue_key=uuid.uuid4(),
        source=TicketSource.ONLINE,
        booked_for=timezone.now(),
        citizen=citizen,
    )


# ---------------------------------------------------------------- the paper ticket
def test_the_print_page_shows_the_number_people_ahead_and_a_qr_code(client):
    floor = make_floor(counters=2)
    floor.issue(3)
    (ticket,) = floor.issue(1)

    response = client.get(_url("ticket_print", ticket))

    html = response.content.decode()
    text = _text(response)
    page_url = "http://testserver" + _url("ticket", ticket)
    assert response.status_code == 200
    assert '<p class="slip-number" id="slip-number">A-004</p>' in html
    assert ticket.mall.name in text and ticket.service.name in text
    assert "Orang di depan Anda 3" in text
    # Indonesian writes times with a dot (mpp/formats/id): 09.05
    assert timezone.localtime(ticket.issued_at).strftime("%H.%M") in text
    assert page_url in text
    assert "<svg" in html
    assert _qr_svg(page_url, scale=4, title="A-004") in html
    assert 'class="print paper-80"' in html
    # Opened from the phone: no automatic print, no return to a kiosk.
    assert "data-autoprint" not in html
    assert 'http-equiv="refresh"' not in html
    _no_inline_code(html)


def test_from_the_kiosk_it_prints_itself_and_returns_to_the_start(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue(1)

    response = client.get(_url("ticket_print", ticket, "en", kiosk=1, paper=58))

    html = response.content.decode()
    with translation.override("id"):  # the next citizen starts in Indonesian
        kiosk = reverse("queueing:kiosk", args=[ticket.mall.slug])
    assert 'class="print paper-58" data-autoprint' in html
    assert f'<meta http-equiv="refresh" content="15;url={kiosk}?paper=58">' in html
    assert "People ahead of you" in html
    assert "/en/antrean/tiket/" in html  # the QR code's page, in English


def test_a_priority_ticket_says_priority_but_not_why(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue(
        priority=PriorityClass.DISABLED, priority_reason="Disabilitas"
    )

    printed = _text(client.get(_url("ticket_print", ticket)))
    page = _text(client.get(_url("ticket", ticket)))

    assert "Antrean prioritas" in printed
    assert "Disabilitas" not in printed and "Disabilitas" not in page


# ---------------------------------------------------------------- the ticket page
def test_the_ticket_page_shows_the_place_and_the_wait_and_no_personal_data(client):
    floor = make_floor(counters=2)
    floor.issue(4)
    citizen = UserFactory(
        full_name="Siti Rahmawati", nik="2171014501900003", phone="081277770000"
    )
    (ticket,) = floor.issue(citizen=citizen)

    response = client.get(_url("ticket", ticket))

    html = response.content.decode()
    text = _text(response)
    assert response.status_code == 200
    assert "A-005" in text
    assert ticket.service.name in text and ticket.mall.name in text
    assert "Status: Menunggu" in text
    assert "4 orang di depan Anda" in text
    # 10 minutes a ticket by default, 2 counters: 5 × 10 / 2 = 25, ±25 %.
    assert "Perkiraan waktu tunggu: sekitar 18–31 menit" in text
    assert "2 loket buka untuk layanan ini." in text
    for personal in ("Siti", "Rahmawati", "2171014501900003", citizen.email, "0812777"):
        assert personal not in html
    # ticket.js polls the live part.
    assert f'data-poll-url="{_url("ticket_place", ticket)}"' in html
    assert 'src="/static/js/ticket.js"' in html
    assert response["ETag"]
    _no_inline_code(html)


def test_the_next_in_line_is_told_so(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue()

    text = _text(client.get(_url("ticket", ticket)))

    assert "Anda berikutnya" in text
    assert "sekitar 7–12 menit" in text


def test_a_called_ticket_says_which_counter_and_stops_polling(client):
    floor = make_floor(counters=2)
    (ticket,) = floor.issue()
    counter = floor.counters[1]
    actions.ticket_call_next(counter=counter, officer=floor.officers[1])

    response = client.get(_url("ticket", ticket))
    live = client.get(_url("ticket_place", ticket))

    for part in (response, live):
        assert "Silakan menuju loket 2" in _text(part)
        assert "data-poll-url" not in part.content.decode()
    assert floor.booth.agency.short_name in _text(live)


def test_a_booking_shows_its_check_in_code_and_a_qr_code_to_the_check_in(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    code = booking.check_in_code
    check_in = "http://testserver" + reverse(
        "queueing:check_in", args=[booking.mall.slug]
    )

    response = client.get(_url("ticket", booking))

    html = response.content.decode()
    assert f"{code[:3]}-{code[3:]}" in _text(response)
    assert "belum masuk antrean" in _text(response)
    assert _qr_svg(f"{check_in}?code={code}", scale=4, title=code) in html
    assert "data-poll-url" in html  # until it checks in


def test_a_checked_in_booking_shows_its_place_instead_of_the_code(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    actions.ticket_check_in(ticket=booking)

    text = _text(client.get(_url("ticket", booking)))

    assert booking.check_in_code not in text
    assert "Anda berikutnya" in text


def test_a_finished_ticket_says_so(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue()
    counter, officer = floor.counters[0], floor.officers[0]
    actions.ticket_call_next(counter=counter, officer=officer)
    actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
    actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)

    response = client.get(_url("ticket", ticket))

    assert "Selesai dilayani" in _text(response)
    assert "data-poll-url" not in response.content.decode()


# ---------------------------------------------------------------- the live part
def test_the_live_part_answers_304_while_nothing_changed(client):
    floor = make_floor(counters=1)
    floor.issue(2)
    (ticket,) = floor.issue()
    url = _url("ticket_place", ticket)

    first = client.get(url)
    same = client.get(url, headers={"if-none-match": first["ETag"]})
    actions.ticket_call_next(counter=floor.counters[0], officer=floor.officers[0])
    moved = client.get(url, headers={"if-none-match": first["ETag"]})

    assert first.status_code == 200
    assert "2 orang di depan Anda" in _text(first)
    assert first["Cache-Control"] == "no-cache"
    assert (same.status_code, same.content) == (304, b"")
    assert same["ETag"] == first["ETag"]
    assert moved.status_code == 200
    assert moved["ETag"] != first["ETag"]
    assert "1 orang di depan Anda" in _text(moved)
    assert 'id="ticket-place"' in moved.content.decode()


def test_the_ticket_page_and_its_live_part_use_the_same_etag(client):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue()

    page = client.get(_url("ticket", ticket))
    live = client.get(_url("ticket_place", ticket), headers={"if-none-match": "x"})

    assert page["ETag"] == live["ETag"]
    assert f'data-etag="{html_lib.escape(page["ETag"])}"' in page.content.decode()


@pytest.mark.parametrize("waiting", [3, 30])
def test_the_ticket_page_and_its_live_part_cost_fixed_queries(
    client, django_assert_num_queries, waiting
):
    floor = make_floor(counters=2)
    floor.issue(waiting)
    (ticket,) = floor.issue()
    done = floor.issued[0]
    counter, officer = floor.counters[0], floor.officers[0]
    actions.ticket_call_next(counter=counter, officer=officer)
    actions.ticket_start(counter=counter, officer=officer, ticket_id=done.pk)
    actions.ticket_finish(counter=counter, officer=officer, ticket_id=done.pk)

    # The ticket, then its place: people ahead with the service times (one
    # aggregate), open counters.
    with django_assert_num_queries(3):
        page = client.get(_url("ticket", ticket))
    with django_assert_num_queries(3):
        live = client.get(_url("ticket_place", ticket))
    with django_assert_num_queries(3):
        same = client.get(
            _url("ticket_place", ticket), headers={"if-none-match": live["ETag"]}
        )

    assert (page.status_code, live.status_code, same.status_code) == (200, 200, 304)
    assert f"{waiting - 1} orang di depan Anda" in _text(live)


# ---------------------------------------------------------------- all three
@pytest.mark.parametrize("name", ["ticket", "ticket_print", "ticket_place"])
def test_an_unknown_ticket_is_404(client, name):
    make_floor(counters=1).issue()
    assert client.get(_url(name, Ticket(uuid=uuid.uuid4()))).status_code == 404


@pytest.mark.parametrize("name", ["ticket", "ticket_print", "ticket_place"])
def test_nothing_changes_a_ticket_by_post(client, name):
    floor = make_floor(counters=1)
    (ticket,) = floor.issue()
    assert client.post(_url(name, ticket)).status_code == 405


def test_the_ticket_pages_speak_english_under_en(client):
    floor = make_floor(counters=1)
    floor.issue(2)
    (ticket,) = floor.issue()

    page = _text(client.get(_url("ticket", ticket, "en")))
    printed = _text(client.get(_url("ticket_print", ticket, "en")))

    assert "Status: Waiting" in page
    assert "2 people ahead of you" in page
    assert "Estimated wait: about 22–38 minutes" in page
    assert "Queue number" in printed and "People ahead of you 2" in printed
