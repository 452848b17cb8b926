"""Online tickets from the citizen's account (issue 8): booking rules with a clear
message each, the booking and cancel pages, and the application's "one record"."""

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from django.urls import reverse
from django.utils import timezone

from agencies.models import Closure
from mpp.exceptions import DomainError
from queueing import actions, selectors
from queueing.models import Ticket, TicketSource, TicketStatus
from tests.accounts.factories import UserFactory
from tests.applications.factories import ApplicationFactory
from tests.queueing.factories import make_floor

pytestmark = pytest.mark.django_db
T = TicketStatus
# 2026-12-07 is a Monday; the factory's malls open 07:30–16:00, Monday to Friday.
MONDAY = dt.date(2026, 12, 7)
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))  # a Friday


def refusal(floor, day, hour, minute=0):
    return actions.booking_refusal(
        mall=floor.booth.mall, day=day, at=dt.time(hour, minute), now=NOW
    )


def test_booking_rules_each_have_their_message(settings):
    settings.MPP_QUEUE_BOOK_DAYS_AHEAD = 30
    settings.MPP_QUEUE_ONLINE_CUTOFF_MINUTES = 60
    floor = make_floor(counters=1)
    Closure.objects.create(mall=floor.booth.mall, date=MONDAY, reason="Renovasi")

    assert refusal(floor, MONDAY + dt.timedelta(days=1), 9) == ""
    assert "tutup" in refusal(floor, MONDAY, 9)  # the mall's closure
    assert "tutup" in refusal(floor, dt.date(2026, 12, 5), 9)  # a Saturday
    assert "tutup" in refusal(floor, dt.date(2026, 12, 25), 9)  # Christmas
    assert "07:30" in refusal(floor, MONDAY + dt.timedelta(days=1), 7)
    assert "15:00" in refusal(floor, MONDAY + dt.timedelta(days=1), 15, 30)  # cut-off
    assert "lewat" in refusal(floor, NOW.date(), 8)  # earlier today
    assert "lewat" in refusal(floor, NOW.date() - dt.timedelta(days=1), 9)
    assert "30 hari" in refusal(floor, NOW.date() + dt.timedelta(days=40), 9)


def test_booking_days_list_open_days_and_online_tickets_left(settings):
    settings.MPP_QUEUE_BOOK_DAYS_AHEAD = 7
    floor = make_floor(counters=1)
    service = floor.services[0]
    service.daily_quota, service.online_share = 10, 50
    service.save()
    actions.ticket_issue(
        booth=floor.booth,
        service=service,
        issue_key=uuid.uuid4(),
        source=TicketSource.ONLINE,
        booked_for=timezone.make_aware(dt.datetime.combine(MONDAY, dt.time(9))),
    )

    days = selectors.booking_days(booth=floor.booth, service=service, today=NOW.date())

    assert [d.day.isoweekday() for d in days] == [5, 1, 2, 3, 4, 5]
    assert {d.day: d.online_left for d in days}[MONDAY] == 4


def _book(client, floor, day, at="09:00", **extra):
    return client.post(
        reverse("queueing:book"),
        {
            "service": floor.services[0].slug,
            "mall": floor.booth.mall.slug,
            "day": day.isoformat(),
            "at": at,
            "issue_key": str(uuid.uuid4()),
            **extra,
        },
    )


def _next_open_day(floor):
    """The first day after today the mall opens (whatever day the suite runs)."""
    days = selectors.booking_days(booth=floor.booth, service=floor.services[0])
    return next(d.day for d in days if d.day > timezone.localdate())


def test_a_citizen_books_sees_and_cancels_a_ticket(client):
    floor = make_floor(counters=1)
    citizen = UserFactory()
    client.force_login(citizen)
    form = client.get(
        reverse("queueing:book"),
        {"service": floor.services[0].slug, "mall": floor.booth.mall.slug},
    )
    assert form.status_code == 200

    response = _book(client, floor, _next_open_day(floor))

    ticket = Ticket.objects.get(citizen=citizen)
    assert response["Location"] == reverse(
        "queueing:ticket", kwargs={"uuid": ticket.uuid}
    )
    assert (ticket.source, ticket.queued_at, len(ticket.check_in_code)) == (
        TicketSource.ONLINE,
        None,
        6,
    )
    listing = client.get(reverse("queueing:my_tickets")).content.decode()
    assert ticket.check_in_code in listing
    client.post(reverse("queueing:ticket_cancel", kwargs={"uuid": ticket.uuid}))
    ticket.refresh_from_db()
    assert ticket.status == T.CANCELLED
    # a cancelled ticket frees the day: the citizen may book again
    _book(client, floor, _next_open_day(floor))
    assert Ticket.objects.filter(citizen=citizen, status=T.WAITING).count() == 1


def test_a_refused_booking_keeps_the_form_with_the_reason(client, settings):
    settings.MPP_QUEUE_ONLINE_CUTOFF_MINUTES = 60
    floor = make_floor(counters=1)
    client.force_login(UserFactory())

    response = _book(client, floor, _next_open_day(floor), at="15:30")

    assert response.status_code == 200
    page = response.content.decode()
    assert "hanya dapat dipesan sampai pukul 15:00" in page
    assert 'value="15:30" selected' in page  # the choice is kept
    assert not Ticket.objects.exists()


def test_closed_days_are_not_offered(client):
    floor = make_floor(counters=1)
    day = _next_open_day(floor)
    Closure.objects.create(mall=floor.booth.mall, date=day, reason="Renovasi")
    client.force_login(UserFactory())
    form = client.get(
        reverse("queueing:book"),
        {"service": floor.services[0].slug, "mall": floor.booth.mall.slug},
    ).content.decode()
    assert f'value="{day.isoformat()}"' not in form


def test_a_ticket_from_an_application_carries_it(client):
    floor = make_floor(counters=1)
    application = ApplicationFactory(
        in_review=True, service=floor.services[0], mall=floor.booth.mall
    )
    client.force_login(application.citizen)
    page = client.get(application.get_absolute_url()).content.decode()
    assert f"?application={application.uuid}" in page

    client.post(
        reverse("queueing:book"),
        {
            "application": str(application.uuid),
            "day": _next_open_day(floor).isoformat(),
            "at": "10:00",
            "issue_key": str(uuid.uuid4()),
        },
    )

    assert Ticket.objects.get().application_id == application.pk


def test_another_citizens_application_or_ticket_is_404(client):
    floor = make_floor(counters=1)
    application = ApplicationFactory(
        in_review=True, service=floor.services[0], mall=floor.booth.mall
    )
    (ticket,) = floor.issue(citizen=application.citizen)
    client.force_login(UserFactory())
    assert (
        client.get(
            reverse("queueing:book"), {"application": application.uuid}
        ).status_code
        == 404
    )
    cancel = client.post(
        reverse("queueing:ticket_cancel", kwargs={"uuid": ticket.uuid})
    )
    assert cancel.status_code == 404
    ticket.refresh_from_db()
    assert ticket.status == T.WAITING


def test_booking_needs_a_signed_in_citizen(client):
    floor = make_floor(counters=1)
    response = client.get(reverse("queueing:book"), {"service": floor.services[0].slug})
    assert response.status_code == 302 and "/akun/login/" in response["Location"]


def test_the_action_refuses_someone_elses_application():
    floor = make_floor(counters=1)
    application = ApplicationFactory(in_review=True, service=floor.services[0])
    with pytest.raises(DomainError):
        actions.ticket_book(
            citizen=UserFactory(),
            booth=floor.booth,
            service=floor.services[0],
            day=_next_open_day(floor),
            at=dt.time(9),
            issue_key=uuid.uuid4(),
            application=application,
        )


def test_a_mall_open_until_midnight_gets_every_slot():
    """Half-hour slots up to a late closing time, without wrapping round midnight."""
    from queueing.views.online import BookingForm

    day = selectors.BookingDay(
        dt.date(2026, 12, 7), dt.time(0, 0), dt.time(23, 59), online_left=None
    )
    slots = [value for value, _label in BookingForm(days=[day]).fields["at"].choices]
    assert (slots[0], slots[-1], len(slots)) == ("00:00", "23:30", 48)
