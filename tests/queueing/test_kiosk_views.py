"""The kiosk (issue 8): three steps that list only this mall's agencies and
services, taking a number (once per page, whatever the taps), refusals shown on the
kiosk with nothing written, checking in an online booking, Indonesian and English."""

import html as html_lib
import re
import uuid

import pytest

from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from queueing import actions
from queueing.models import (
    PriorityClass,
    Ticket,
    TicketSequence,
    TicketSource,
    TicketStatus,
)
from services.constants import Channel
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.queueing.factories import make_floor
from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def _url(name: str, mall, language: str = "id") -> str:
    with translation.override(language):
        return reverse(f"queueing:{name}", args=[mall.slug])


def _issue_key(html: str) -> str:
    return re.search(r'name="issue_key" value="([0-9a-f-]{36})"', html).group(1)


def _take(client, floor, *, service=None, issue_key=None, **extra):
    service = service or floor.services[0]
    return client.post(
        _url("kiosk_issue", floor.booth.mall),
        {
            "service": service.slug,
            "agency": floor.booth.agency.slug,
            "priority": PriorityClass.NONE,
            "issue_key": issue_key or str(uuid.uuid4()),
            **extra,
        },
    )


def _book_today(floor) -> Ticket:
    return actions.ticket_issue(
        booth=floor.booth,
        service=floor.services[0],
        issue_key=uuid.uuid4(),
        source=TicketSource.ONLINE,
        booked_for=timezone.now(),
    )


def _no_inline_code(html: str) -> None:
    """The CSP allows no inline script and no style attribute."""
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert " style=" not in html


# ---------------------------------------------------------------- the steps
def test_step_one_lists_the_agencies_with_a_service_at_this_mall(client):
    floor = make_floor(counters=1)
    mall = floor.booth.mall
    # Absent: an agency whose only service here is inactive, one that offers only
    # online services, an inactive booth, another mall's booth.
    idle = BoothFactory(mall=mall, agency=AgencyFactory(short_name="TIDUR"))
    ServiceFactory(agency=idle.agency, booths=[idle], is_active=False)
    online = BoothFactory(mall=mall, agency=AgencyFactory(short_name="DARING"))
    ServiceFactory(agency=online.agency, booths=[online], channel=Channel.ONLINE)
    closed = BoothFactory(
        mall=mall, agency=AgencyFactory(short_name="TUTUP"), is_active=False
    )
    ServiceFactory(agency=closed.agency, booths=[closed])
    elsewhere = make_floor(counters=1)
    floor.issue(2)

    response = client.get(_url("kiosk", mall))

    assert response.status_code == 200
    html = response.content.decode()
    assert mall.name in html
    assert html.count('class="kiosk-tile kiosk-agency"') == 1
    assert floor.booth.agency.short_name in html
    assert f"?agency={floor.booth.agency.slug}" in html
    assert "2 layanan" in html and "2 menunggu" in html
    for absent in ("TIDUR", "DARING", "TUTUP", elsewhere.booth.agency.short_name):
        assert absent not in html
    # The way out of every step, and to the check-in.
    assert "Mulai lagi" in html
    assert _url("check_in", mall) in html
    assert "site-header" not in html  # no way off the kiosk
    _no_inline_code(html)


def test_step_two_lists_the_agencys_services_here_with_quota_and_queue(client):
    floor = make_floor(counters=1)
    quota, plain = floor.services
    quota.daily_quota = 10
    quota.save()
    floor.issue(3, service=quota)
    other_mall = BoothFactory(agency=floor.booth.agency)
    ServiceFactory(agency=floor.booth.agency, booths=[other_mall], name="Di Mal Lain")
    ServiceFactory(agency=floor.booth.agency, booths=[floor.booth], is_active=False)

    response = client.get(
        _url("kiosk", floor.booth.mall), {"agency": floor.booth.agency.slug}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="kiosk-tile kiosk-service"') == 2
    assert quota.name in html and plain.name in html
    assert "Di Mal Lain" not in html
    assert "3 orang menunggu" in html
    assert "7 nomor tersisa hari ini" in html
    assert html.count("nomor tersisa hari ini") == 1  # no quota, no count
    assert f"service={plain.slug}" in html
    assert "Kembali" in html


def test_a_service_with_its_quota_used_up_cannot_be_chosen(client):
    floor = make_floor(counters=1)
    full = floor.services[0]
    full.daily_quota = 2
    full.save()
    floor.issue(2, service=full)

    html = client.get(
        _url("kiosk", floor.booth.mall), {"agency": floor.booth.agency.slug}
    ).content.decode()

    assert "Kuota hari ini sudah habis" in html
    assert f"service={full.slug}" not in html


def test_step_three_offers_the_priority_classes_and_a_fresh_key_per_page(client):
    floor = make_floor(counters=1)
    params = {
        "agency": floor.booth.agency.slug,
        "service": floor.services[0].slug,
    }

    first = client.get(_url("kiosk", floor.booth.mall), params).content.decode()
    second = client.get(_url("kiosk", floor.booth.mall), params).content.decode()

    assert floor.services[0].name in first
    for label in ("Lansia", "Disabilitas", "Ibu hamil atau menyusui", "Balita"):
        assert label.lower() in first.lower()
    assert 'value="none" checked' in first
    assert "Ambil nomor" in first
    assert _issue_key(first) != _issue_key(second)
    assert 'name="csrfmiddlewaretoken"' in first
    _no_inline_code(first)


def test_an_unknown_agency_or_service_falls_back_to_the_step_before(client):
    floor = make_floor(counters=1)
    url = _url("kiosk", floor.booth.mall)

    unknown_agency = client.get(url, {"agency": "tidak-ada"}).content.decode()
    unknown_service = client.get(
        url, {"agency": floor.booth.agency.slug, "service": "tidak-ada"}
    ).content.decode()

    assert "Pilih instansi" in unknown_agency
    assert "Pilih layanan" in unknown_service


# ---------------------------------------------------------------- taking a number
def test_taking_a_number_makes_one_ticket_and_goes_to_its_print_page(client):
    floor = make_floor(counters=1)

    response = _take(client, floor)

    ticket = Ticket.objects.get()
    assert response.status_code == 303
    assert response["Location"] == (
        reverse("queueing:ticket_print", args=[ticket.uuid]) + "?kiosk=1&paper=80"
    )
    assert (ticket.source, ticket.status, ticket.display_number) == (
        TicketSource.KIOSK,
        TicketStatus.WAITING,
        "A-001",
    )
    assert ticket.queued_at is not None
    assert (ticket.priority, ticket.priority_reason) == (PriorityClass.NONE, "")


def test_the_same_page_sent_twice_gives_one_ticket(client):
    floor = make_floor(counters=1)
    key = str(uuid.uuid4())

    first = _take(client, floor, issue_key=key)
    second = _take(client, floor, issue_key=key)

    assert Ticket.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_priority_class_is_its_own_reason_in_indonesian(client):
    floor = make_floor(counters=1)

    _take(client, floor, priority=PriorityClass.ELDERLY)
    client.post(
        _url("kiosk_issue", floor.booth.mall, "en"),
        {
            "service": floor.services[0].slug,
            "priority": PriorityClass.CHILD,
            "issue_key": str(uuid.uuid4()),
        },
    )

    tickets = Ticket.objects.order_by("pk")
    assert [(t.priority, t.priority_reason, t.priority_rank) for t in tickets] == [
        (PriorityClass.ELDERLY, "Lansia", 1),
        (PriorityClass.CHILD, "Membawa balita", 1),
    ]


def test_a_58_mm_kiosk_keeps_its_paper_to_the_print_page(client):
    floor = make_floor(counters=1)

    step_one = client.get(_url("kiosk", floor.booth.mall), {"paper": "58"})
    response = _take(client, floor, paper="58")

    assert "paper=58" in step_one.content.decode()
    assert response["Location"].endswith("?kiosk=1&paper=58")


def test_a_used_up_quota_is_said_on_the_kiosk_and_writes_nothing(client):
    floor = make_floor(counters=1)
    service = floor.services[0]
    service.daily_quota = 1
    service.save()
    floor.issue(1)
    before = list(Ticket.objects.values_list("pk", flat=True))

    response = _take(client, floor)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kuota hari ini untuk layanan ini sudah habis." in html
    assert 'role="alert"' in html
    assert "Pilih layanan" in html  # back on step 2, with the other services
    assert list(Ticket.objects.values_list("pk", flat=True)) == before


def test_a_service_not_offered_here_is_refused_with_a_message(client):
    floor = make_floor(counters=1)
    elsewhere = make_floor(counters=1)

    response = _take(client, floor, service=elsewhere.services[0])

    assert response.status_code == 200
    assert "tidak dapat dipilih" in response.content.decode()
    assert Ticket.objects.count() == 0


def test_a_closed_service_is_refused_with_a_message(client):
    floor = make_floor(counters=1)
    service = floor.services[0]
    service.is_active = False
    service.save()

    response = _take(client, floor, service=service)

    assert response.status_code == 200
    assert "tidak dapat dipilih" in response.content.decode()
    assert Ticket.objects.count() == 0


@pytest.mark.parametrize("change", ["service closed", "not offered", "booth closed"])
def test_a_change_after_a_ticket_was_taken_counts_at_the_next_tap(
    client, change, django_capture_on_commit_callbacks
):
    """The kiosk's choice is cached under the catalogue's token (kiosk.py
    _kiosk_choice): the next tap after an edit reads it again."""
    floor = make_floor(counters=1)
    service = floor.services[0]
    assert _take(client, floor).status_code == 303  # read, and now cached
    with django_capture_on_commit_callbacks(execute=True):  # as the admin commits
        if change == "service closed":
            service.is_active = False
            service.save()
        elif change == "not offered":
            service.booths.remove(floor.booth)
        else:
            floor.booth.is_active = False
            floor.booth.save()

    response = _take(client, floor)

    assert response.status_code == 200
    assert "tidak dapat dipilih" in response.content.decode()
    assert Ticket.objects.count() == 1


def test_a_second_tap_after_the_service_closed_still_gets_the_first_ticket(client):
    floor = make_floor(counters=1)
    key = str(uuid.uuid4())
    first = _take(client, floor, issue_key=key)
    service = floor.services[0]
    service.is_active = False
    service.save()

    again = _take(client, floor, issue_key=key)

    assert again.status_code == 303
    assert again.headers["Location"] == first.headers["Location"]
    assert Ticket.objects.count() == 1


def test_a_tap_costs_no_catalogue_query_once_cached(client, django_assert_num_queries):
    floor = make_floor(counters=1)
    assert _take(client, floor).status_code == 303
    # PostgreSQL: one prepared statement (actions.ticket_take_at_kiosk) in a
    # savepoint inside the test's transaction. Elsewhere, in one transaction (a
    # savepoint here): the number, the ticket and its event; no mall, service or
    # booth, no lookup of a first ticket.
    expected = 3 if connection.vendor == "postgresql" else 5
    with django_assert_num_queries(expected):
        assert _take(client, floor).status_code == 303
    numbers = sorted(Ticket.objects.values_list("number", flat=True))
    assert numbers == [1, 2]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-statement tap is PostgreSQL's"
)
def test_on_postgresql_a_tap_is_one_statement(client, django_assert_num_queries):
    """One prepared statement per tap, in its own transaction (no BEGIN, no COMMIT),
    planned once per connection."""
    floor = make_floor(counters=1)
    with django_assert_num_queries(1) as first:
        assert _take(client, floor).status_code == 303
    with django_assert_num_queries(1) as second:
        assert _take(client, floor).status_code == 303
    statement = " ".join(first[0]["sql"].split())
    assert statement.startswith("WITH choice AS")
    assert " ".join(second[0]["sql"].split()) == statement
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements "
            "WHERE NOT from_sql AND statement LIKE '%%WITH choice AS%%'"
        )
        assert cursor.fetchone() == (1,)
    tickets = list(Ticket.objects.order_by("number"))
    assert [(t.number, t.prefix, t.booth_id) for t in tickets] == [
        (n, floor.services[0].queue_prefix, floor.booth.pk) for n in (1, 2)
    ]
    assert [t.events.get().to_status for t in tickets] == ["waiting", "waiting"]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-statement tap is PostgreSQL's"
)
@pytest.mark.parametrize("priority", ["none", "elderly"])
def test_the_one_statement_tap_writes_what_ticket_issue_writes(priority):
    """Every column of the ticket and its event, but the ids, keys and number,
    equal to what the general path writes for the same tap."""
    floor = make_floor(counters=0)
    booth, service = floor.booth, floor.services[0]
    now = timezone.now()
    reason = "" if priority == "none" else "Lansia"
    taken = actions.ticket_take_at_kiosk(
        mall_slug=booth.mall.slug,
        service_slug=service.slug,
        issue_key=uuid.uuid4(),
        priority=priority,
        priority_reason=reason,
        now=now,
    )
    general = actions.ticket_issue(
        booth=booth,
        service=service,
        issue_key=uuid.uuid4(),
        priority=priority,
        priority_reason=reason,
        now=now,
    )
    fast = Ticket.objects.get(uuid=taken)
    general.refresh_from_db()
    skip = {"id", "uuid", "issue_key", "number"}

    def row(obj, skip):
        return {
            f.attname: getattr(obj, f.attname)
            for f in type(obj)._meta.concrete_fields
            if f.attname not in skip
        }

    assert (fast.number, general.number) == (1, 2)
    assert row(fast, skip) == row(general, skip)
    event_skip = {"id", "ticket_id", "at"}  # the general path: its own clock
    assert row(fast.events.get(), event_skip) == row(general.events.get(), event_skip)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-statement tap is PostgreSQL's"
)
def test_the_one_statement_tap_leaves_quotas_and_closed_choices_to_the_general_path():
    floor = make_floor(counters=0)
    booth, (open_service, quota_service) = floor.booth, floor.services
    quota_service.daily_quota = 5
    quota_service.save()
    closed_booth_mall = MallFactory()

    def tap(service, mall=booth.mall):
        return actions.ticket_take_at_kiosk(
            mall_slug=mall.slug, service_slug=service.slug, issue_key=uuid.uuid4()
        )

    assert tap(quota_service) is None  # counted under the lock by ticket_issue
    assert tap(open_service, closed_booth_mall) is None  # not offered there
    assert tap(open_service) is not None
    booth.is_active = False
    booth.save()
    assert tap(open_service) is None
    assert Ticket.objects.count() == 1
    assert TicketSequence.objects.get(prefix=open_service.queue_prefix).last_number == 1


def test_nothing_is_taken_by_a_get_or_without_the_csrf_token():
    floor = make_floor(counters=1)
    strict = Client(enforce_csrf_checks=True)

    get = strict.get(_url("kiosk_issue", floor.booth.mall))
    forged = _take(strict, floor)

    assert get.status_code == 405
    assert forged.status_code == 403
    assert Ticket.objects.count() == 0


def test_an_unknown_or_inactive_mall_is_404(client):
    floor = make_floor(counters=1)
    closed = MallFactory(is_active=False)
    BoothFactory(mall=closed)

    for mall in (closed, MallFactory.build(slug="tidak-ada")):
        assert client.get(_url("kiosk", mall)).status_code == 404
        assert client.get(_url("check_in", mall)).status_code == 404
        assert client.post(_url("kiosk_issue", mall), {}).status_code == 404
    assert client.get(_url("kiosk", floor.booth.mall)).status_code == 200


def test_the_kiosk_speaks_english_under_en(client):
    floor = make_floor(counters=1)
    service = floor.services[0]
    service.daily_quota = 0
    service.save()

    start = client.get(_url("kiosk", floor.booth.mall, "en")).content.decode()
    refused = client.post(
        _url("kiosk_issue", floor.booth.mall, "en"),
        {
            "service": service.slug,
            "agency": floor.booth.agency.slug,
            "priority": "none",
            "issue_key": str(uuid.uuid4()),
        },
    )

    assert '<html lang="en">' in start
    assert "Choose an agency" in start and "Start again" in start
    assert "Booked online? Check in" in start
    assert "Today's quota for this service is used up." in html_lib.unescape(
        refused.content.decode()
    )
    assert Ticket.objects.count() == 0


# ---------------------------------------------------------------- check-in
def test_checking_in_by_code_in_lowercase_with_a_dash_queues_the_ticket(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    typed = f"{booking.check_in_code[:3]}-{booking.check_in_code[3:]}".lower()

    response = client.post(_url("check_in", floor.booth.mall), {"code": typed})

    booking.refresh_from_db()
    assert response.status_code == 303
    assert response["Location"] == (
        reverse("queueing:ticket_print", args=[booking.uuid]) + "?kiosk=1&paper=80"
    )
    assert booking.queued_at is not None
    assert booking.checked_in_at is not None


def test_the_check_in_page_fills_in_the_code_from_the_qr_link(client):
    floor = make_floor(counters=1)

    response = client.get(_url("check_in", floor.booth.mall), {"code": "K7M2QX"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="K7M2QX"' in html
    assert 'data-key="K"' in html  # the on-screen keyboard, shown by kiosk.js
    _no_inline_code(html)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ZZZZZZ", "Tidak ada pemesanan dengan kode ini hari ini di mal ini."),
        ("AB", "Kode check-in terdiri dari 6 huruf dan angka"),
        ("", "Kode check-in terdiri dari 6 huruf dan angka"),
    ],
)
def test_a_wrong_code_says_so_and_changes_nothing(client, code, message):
    floor = make_floor(counters=1)
    booking = _book_today(floor)

    response = client.post(_url("check_in", floor.booth.mall), {"code": code})

    booking.refresh_from_db()
    assert response.status_code == 200
    assert message in response.content.decode()
    assert booking.queued_at is None


def test_another_malls_code_is_not_found_here(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    other = make_floor(counters=1)

    response = client.post(
        _url("check_in", other.booth.mall), {"code": booking.check_in_code}
    )

    assert "Tidak ada pemesanan dengan kode ini" in response.content.decode()


def test_checking_in_twice_is_harmless_and_says_so(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    url = _url("check_in", floor.booth.mall)
    client.post(url, {"code": booking.check_in_code})
    booking.refresh_from_db()
    first = (booking.queued_at, booking.checked_in_at)

    response = client.post(url, {"code": booking.check_in_code})

    booking.refresh_from_db()
    html = response.content.decode()
    assert response.status_code == 200
    assert "sudah check-in" in html
    assert booking.display_number in html
    assert reverse("queueing:ticket_print", args=[booking.uuid]) in html
    assert (booking.queued_at, booking.checked_in_at) == first
    assert Ticket.objects.count() == 1


def test_a_cancelled_booking_cannot_check_in(client):
    floor = make_floor(counters=1)
    booking = _book_today(floor)
    Ticket.objects.filter(pk=booking.pk).update(status=TicketStatus.CANCELLED)

    response = client.post(
        _url("check_in", floor.booth.mall), {"code": booking.check_in_code}
    )

    assert "Antrean ini sudah tidak menunggu lagi." in response.content.decode()


def test_check_in_speaks_english_under_en(client):
    floor = make_floor(counters=1)

    response = client.post(_url("check_in", floor.booth.mall, "en"), {"code": "2"})

    html = response.content.decode()
    assert "Check in an online booking" in html
    assert "The check-in code has 6 letters and digits" in html


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-statement tap is PostgreSQL's"
)
def test_without_prepared_statements_a_tap_takes_the_general_path(client, monkeypatch):
    """A pooler in transaction mode (OPTIONS prepare_threshold=None) cannot keep a
    prepared statement: the kiosk still issues, by the general path."""
    from django.db import connections

    floor = make_floor(counters=1)
    options = connections["default"].settings_dict["OPTIONS"]
    monkeypatch.setitem(options, "prepare_threshold", None)
    taken = actions.ticket_take_at_kiosk(
        mall_slug=floor.booth.mall.slug,
        service_slug=floor.services[0].slug,
        issue_key=uuid.uuid4(),
    )
    assert taken is None
    assert _take(client, floor).status_code == 303
    assert Ticket.objects.get().number == 1
