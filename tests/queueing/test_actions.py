"""The ticket workflow, one action at a time (issue 8)."""

import datetime as dt
import uuid

import pytest

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from mpp.exceptions import DomainError
from notifications.models import Notification
from queueing import actions, tasks
from queueing.models import (
    TICKET_TRANSITIONS,
    CounterSession,
    PriorityClass,
    Ticket,
    TicketEvent,
    TicketSource,
    TicketStatus,
)
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothStaffFactory
from tests.queueing.factories import clock, make_floor

pytestmark = pytest.mark.django_db
T = TicketStatus


# ---------------------------------------------------------------- issuing
def test_numbers_run_per_prefix_and_restart_each_day():
    floor = make_floor(counters=1)
    a1, a2 = floor.issue(2)
    (b1,) = floor.issue(service=floor.services[1])
    tomorrow = timezone.now() + dt.timedelta(days=1)
    (later,) = floor.issue(now=tomorrow)

    assert [a1.display_number, a2.display_number, b1.display_number] == [
        "A-001",
        "A-002",
        "B-001",
    ]
    assert later.display_number == "A-001"
    assert later.day == timezone.localdate(tomorrow)


def test_a_double_tap_issues_one_ticket():
    floor = make_floor(counters=1)
    key = uuid.uuid4()
    first = actions.ticket_issue(
        booth=floor.booth, service=floor.services[0], issue_key=key
    )
    again = actions.ticket_issue(
        booth=floor.booth, service=floor.services[0], issue_key=key
    )

    assert again.pk == first.pk
    assert Ticket.objects.count() == 1
    assert TicketEvent.objects.count() == 1


def test_the_database_refuses_a_number_twice():
    (ticket,) = make_floor(counters=1).issue()
    with pytest.raises(IntegrityError), transaction.atomic():
        Ticket.objects.create(
            issue_key=uuid.uuid4(),
            mall=ticket.mall,
            booth=ticket.booth,
            service=ticket.service,
            day=ticket.day,
            prefix=ticket.prefix,
            number=ticket.number,
            source=TicketSource.KIOSK,
        )


def test_the_quota_and_the_online_share_are_kept():
    floor = make_floor(counters=1)
    service = floor.services[0]
    service.daily_quota, service.online_share = 4, 50
    service.save()
    floor.issue(2, source=TicketSource.ONLINE, citizen=None)
    with pytest.raises(DomainError, match="daring"):
        floor.issue(source=TicketSource.ONLINE)
    floor.issue(2)
    with pytest.raises(DomainError, match="Kuota hari ini"):
        floor.issue()
    assert Ticket.objects.count() == 4
    # the refused tickets took no number
    assert floor.issue(service=floor.services[1])[0].number == 1


def test_one_ticket_per_citizen_service_and_day():
    floor = make_floor(counters=1)
    citizen = UserFactory()
    floor.issue(citizen=citizen)
    with pytest.raises(DomainError, match="sudah memiliki nomor"):
        floor.issue(citizen=citizen)
    floor.issue(citizen=citizen, service=floor.services[1])  # another service: fine


def test_a_priority_needs_a_reason():
    floor = make_floor(counters=1)
    with pytest.raises(DomainError):
        floor.issue(priority=PriorityClass.ELDERLY)
    (ticket,) = floor.issue(priority=PriorityClass.ELDERLY, priority_reason="74 tahun")
    assert ticket.priority_rank == 1


def test_a_service_not_offered_at_the_booth_gets_no_ticket():
    floor = make_floor(counters=1)
    other = make_floor(counters=0)
    with pytest.raises(DomainError):
        floor.issue(service=other.services[0])


# ---------------------------------------------------------------- calling
def test_call_next_takes_priority_then_arrival():
    floor = make_floor(counters=1)
    now = clock()
    early = floor.issue(now=now - dt.timedelta(minutes=30))[0]
    late = floor.issue(now=now - dt.timedelta(minutes=10))[0]
    elderly = floor.issue(
        now=now - dt.timedelta(minutes=5),
        priority=PriorityClass.ELDERLY,
        priority_reason="lansia",
    )[0]
    counter, officer = floor.counters[0], floor.officers[0]

    order = []
    expected = None
    for _ in range(3):
        ticket = actions.ticket_call_next(
            counter=counter, officer=officer, expected_ticket=expected
        )
        order.append(ticket.pk)
        actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
        actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)

    assert order == [elderly.pk, early.pk, late.pk]
    assert actions.ticket_call_next(counter=counter, officer=officer) is None


def test_a_booked_online_ticket_waits_for_check_in_and_counts_from_its_time():
    floor = make_floor(counters=1)
    now = clock()
    walk_in = floor.issue(now=now - dt.timedelta(minutes=20))[0]
    booked = floor.issue(
        source=TicketSource.ONLINE, booked_for=now - dt.timedelta(minutes=30)
    )[0]
    counter, officer = floor.counters[0], floor.officers[0]

    # not checked in: not in the queue
    first = actions.ticket_call_next(counter=counter, officer=officer)
    assert first.pk == walk_in.pk
    actions.ticket_no_show(counter=counter, officer=officer, ticket_id=first.pk)
    assert actions.ticket_call_next(counter=counter, officer=officer) is None

    arrived = timezone.now()
    checked = actions.ticket_check_in(ticket=booked)
    assert checked.queued_at >= arrived  # max(booked time, arrival)
    assert actions.ticket_check_in(ticket=booked).queued_at == checked.queued_at
    assert actions.ticket_call_next(counter=counter, officer=officer).pk == booked.pk


def test_a_stale_console_never_calls_a_second_ticket():
    floor = make_floor(counters=1)
    floor.issue(2)
    counter, officer = floor.counters[0], floor.officers[0]
    called = actions.ticket_call_next(counter=counter, officer=officer)

    # the same click again (a lost answer, another tab): it showed "no ticket"
    with pytest.raises(actions.StaleConsole):
        actions.ticket_call_next(counter=counter, officer=officer, expected_ticket=None)
    # the console that knows the ticket is told to finish it first
    with pytest.raises(DomainError, match="Selesaikan"):
        actions.ticket_call_next(
            counter=counter, officer=officer, expected_ticket=called.pk
        )
    assert Ticket.objects.filter(status=T.CALLED).count() == 1


def _cool_down_passes(ticket) -> None:
    Ticket.objects.filter(pk=ticket.pk).update(
        last_called_at=F("last_called_at") - dt.timedelta(seconds=21)
    )


def test_recall_has_a_cool_down_and_ends_in_no_show(settings):
    settings.MPP_QUEUE_RECALL_COOLDOWN_SECONDS = 20
    settings.MPP_QUEUE_MAX_CALLS = 2
    floor = make_floor(counters=1)
    floor.issue()
    counter, officer = floor.counters[0], floor.officers[0]
    ticket = actions.ticket_call_next(counter=counter, officer=officer)

    with pytest.raises(DomainError, match="Tunggu"):
        actions.ticket_recall(counter=counter, officer=officer, ticket_id=ticket.pk)
    _cool_down_passes(ticket)
    again = actions.ticket_recall(counter=counter, officer=officer, ticket_id=ticket.pk)
    assert (again.status, again.call_count) == (T.CALLED, 2)
    _cool_down_passes(ticket)
    gone = actions.ticket_recall(counter=counter, officer=officer, ticket_id=ticket.pk)
    assert gone.status == T.NO_SHOW
    assert [e.note for e in gone.events.all()] == ["", "", "recall", ""]


def test_park_resume_and_transfer_keep_the_place():
    floor = make_floor(counters=2)
    (ticket,) = floor.issue()
    counter, officer = floor.counters[0], floor.officers[0]
    actions.ticket_call_next(counter=counter, officer=officer)
    actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
    actions.ticket_park(counter=counter, officer=officer, ticket_id=ticket.pk)
    (other,) = floor.issue()
    assert actions.ticket_call_next(counter=counter, officer=officer).pk == other.pk
    with pytest.raises(actions.StaleConsole):
        actions.ticket_resume(
            counter=counter, officer=officer, ticket_id=ticket.pk, expected_ticket=None
        )
    actions.ticket_no_show(counter=counter, officer=officer, ticket_id=other.pk)
    actions.ticket_resume(
        counter=counter, officer=officer, ticket_id=ticket.pk, expected_ticket=None
    )

    new = actions.ticket_transfer(
        counter=counter,
        officer=officer,
        ticket_id=ticket.pk,
        service=floor.services[1],
        booth=floor.booth,
    )
    ticket.refresh_from_db()
    assert ticket.status == T.TRANSFERRED
    assert (new.status, new.prefix, new.queued_at) == (T.WAITING, "B", ticket.queued_at)
    assert new.transferred_from_id == ticket.pk


def test_closing_a_counter_returns_its_called_ticket_to_the_queue():
    floor = make_floor(counters=2)
    (ticket,) = floor.issue()
    first, second = floor.counters
    actions.ticket_call_next(counter=first, officer=floor.officers[0])
    actions.counter_close(counter=first, officer=floor.officers[0])

    ticket.refresh_from_db()
    assert (ticket.status, ticket.counter_id) == (T.WAITING, None)
    again = actions.ticket_call_next(counter=second, officer=floor.officers[1])
    assert again.pk == ticket.pk
    with pytest.raises(DomainError, match="Buka loket"):
        actions.ticket_call_next(counter=first, officer=floor.officers[0])


def test_only_the_booths_staff_work_its_counters():
    floor = make_floor(counters=1)
    floor.issue()
    stranger = BoothStaffFactory().user  # another booth
    with pytest.raises(DomainError):
        actions.ticket_call_next(counter=floor.counters[0], officer=stranger)
    with pytest.raises(DomainError):
        actions.counter_open(
            counter=floor.counters[0], officer=stranger, services=floor.services
        )


def test_a_counter_opens_once():
    floor = make_floor(counters=1)
    with pytest.raises(DomainError, match="sudah dibuka"):
        actions.counter_open(
            counter=floor.counters[0],
            officer=floor.officers[0],
            services=floor.services,
        )


def test_the_end_of_day_makes_waiting_tickets_no_shows_once():
    floor = make_floor(counters=1)
    floor.issue(3)
    actions.ticket_call_next(counter=floor.counters[0], officer=floor.officers[0])
    today = timezone.localdate()
    assert actions.close_day(day=today) == 3
    assert actions.close_day(day=today) == 0
    assert set(Ticket.objects.values_list("status", flat=True)) == {T.NO_SHOW}


def test_every_move_is_in_the_transition_table():
    assert set(TICKET_TRANSITIONS) == set(T.values)
    for targets in TICKET_TRANSITIONS.values():
        assert targets <= set(T.values)


# ---------------------------------------------------------------- notifications
def test_the_holder_is_told_when_few_are_ahead_and_when_called(settings):
    settings.MPP_QUEUE_NOTIFY_AHEAD = 2
    floor = make_floor(counters=1)
    citizen = UserFactory(preferred_language="id")
    floor.issue(3)
    (mine,) = floor.issue(citizen=citizen)  # three people ahead
    floor.issue()
    counter, officer = floor.counters[0], floor.officers[0]

    def next_call():
        ticket = actions.ticket_call_next(counter=counter, officer=officer)
        actions.ticket_no_show(counter=counter, officer=officer, ticket_id=ticket.pk)
        return ticket

    next_call()  # two ahead now
    subjects = list(Notification.objects.values_list("subject", flat=True))
    assert subjects == [f"2 orang lagi sebelum nomor {mine.display_number}"]
    next_call()
    next_call()
    assert Notification.objects.count() == 1  # told once
    assert next_call().pk == mine.pk
    called = Notification.objects.order_by("pk").last()
    assert called.subject == (
        f"Nomor {mine.display_number} Anda dipanggil: silakan menuju loket 1"
    )


def test_the_end_of_day_task_closes_the_day(settings):
    floor = make_floor(counters=1)
    floor.issue(2)
    assert tasks.queue_close_day() == 2
    assert tasks.queue_close_day() == 0
    assert not CounterSession.objects.filter(closed_at__isnull=True).exists()


def test_a_booking_is_found_by_its_check_in_code():
    floor = make_floor(counters=1)
    (booked,) = floor.issue(source=TicketSource.ONLINE, booked_for=timezone.now())
    assert len(booked.check_in_code) == 6
    code = f"{booked.check_in_code[:3].lower()}-{booked.check_in_code[3:]}"
    found = actions.ticket_find_for_check_in(
        mall_id=floor.booth.mall_id, code=code, day=timezone.localdate()
    )
    assert found.pk == booked.pk
    with pytest.raises(DomainError):
        actions.ticket_find_for_check_in(
            mall_id=floor.booth.mall_id, code="ZZZZZZ", day=timezone.localdate()
        )
