"""The queue's reads: the board, a ticket's place and wait, a counter's console."""

import datetime as dt

import pytest

from django.utils import timezone

from queueing import actions, selectors
from queueing.models import PriorityClass, Ticket, TicketEvent
from tests.queueing.factories import clock, make_floor

pytestmark = pytest.mark.django_db


def test_the_board_shows_the_latest_call_per_counter_newest_first():
    floor = make_floor(counters=2)
    floor.issue(3)
    (b,) = floor.issue(service=floor.services[1])
    first, second = floor.counters
    one = actions.ticket_call_next(counter=first, officer=floor.officers[0])
    two = actions.ticket_call_next(counter=second, officer=floor.officers[1])
    today = timezone.localdate()

    state = selectors.board_state(mall=floor.booth.mall, day=today)

    assert [(c.counter_number, c.ticket) for c in state["calls"]] == [
        (2, two.display_number),
        (1, one.display_number),
    ]
    assert state["calls"][0].announcement.startswith("Nomor antrean A dua")
    assert {w["prefix"]: w["people"] for w in state["waiting"]} == {"A": 1, "B": 1}


def test_the_board_version_moves_with_every_call_and_recall(settings):
    settings.MPP_QUEUE_RECALL_COOLDOWN_SECONDS = 0
    floor = make_floor(counters=1)
    floor.issue()
    mall, today = floor.booth.mall, timezone.localdate()
    before = selectors.board_version(mall=mall, day=today)
    ticket = actions.ticket_call_next(
        counter=floor.counters[0], officer=floor.officers[0]
    )
    called = selectors.board_version(mall=mall, day=today)
    actions.ticket_recall(
        counter=floor.counters[0], officer=floor.officers[0], ticket_id=ticket.pk
    )
    assert before < called < selectors.board_version(mall=mall, day=today)


@pytest.mark.parametrize("size", [3, 30])
def test_the_board_costs_three_queries_whatever_the_tickets(
    size, django_assert_num_queries
):
    floor = make_floor(counters=2)
    floor.issue(size)
    for counter, officer in zip(floor.counters, floor.officers, strict=True):
        actions.ticket_call_next(counter=counter, officer=officer)
    with django_assert_num_queries(3):
        today = timezone.localdate()
        selectors.board_version(mall=floor.booth.mall, day=today)
        selectors.board_state(mall=floor.booth.mall, day=today)


def test_a_tickets_place_counts_priority_and_arrival():
    floor = make_floor(counters=2)
    now = clock()
    first = floor.issue(now=now - dt.timedelta(minutes=9))[0]
    mine = floor.issue(now=now - dt.timedelta(minutes=5))[0]
    floor.issue(now=now - dt.timedelta(minutes=1))  # after me
    floor.issue(
        now=now, priority=PriorityClass.PREGNANT, priority_reason="hamil"
    )  # before me
    place = selectors.ticket_place(mine)

    assert (place.ahead, place.open_counters) == (2, 2)
    # default 10 minutes × (2 + 1) ÷ 2 counters = 15, shown as 11–19
    assert (place.minutes_low, place.minutes_high) == (11, 19)
    assert selectors.ticket_place(first).ahead == 1


def test_a_booked_ticket_has_no_place_until_it_checks_in():
    floor = make_floor(counters=1)
    (booked,) = floor.issue(source="online", booked_for=timezone.now())
    assert selectors.ticket_place(booked) is None


def test_the_console_state():
    floor = make_floor(counters=1)
    floor.issue(3)
    counter, officer = floor.counters[0], floor.officers[0]
    ticket = actions.ticket_call_next(counter=counter, officer=officer)
    actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
    actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)
    actions.ticket_call_next(counter=counter, officer=officer, expected_ticket=None)

    state = selectors.console_state(counter=counter)

    assert state["held"] is not None
    assert state["waiting"] == 1
    assert state["figures"]["served"] == 1


def test_every_event_carries_its_tickets_mall_and_day():
    """The board's version is one index lookup on (mall, day, id) of the events."""
    floor = make_floor(counters=1)
    floor.issue(2)
    actions.ticket_call_next(counter=floor.counters[0], officer=floor.officers[0])
    rows = set(
        TicketEvent.objects.values_list(
            "mall_id", "day", "ticket__mall_id", "ticket__day"
        )
    )
    assert rows == {(floor.booth.mall_id, timezone.localdate()) * 2}


def test_the_wait_follows_the_recent_service_times():
    floor = make_floor(counters=1)
    counter, officer = floor.counters[0], floor.officers[0]
    first, second, mine = floor.issue(3)
    for ticket in (first, second):
        actions.ticket_call_next(counter=counter, officer=officer)
        actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
        actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)
    now = timezone.now()
    # 4 and 8 minutes: an average of 6, one counter, nobody ahead -> 6 minutes
    for ticket, minutes in ((first, 4), (second, 8)):
        Ticket.objects.filter(pk=ticket.pk).update(
            started_at=now - dt.timedelta(minutes=minutes), finished_at=now
        )
    place = selectors.ticket_place(mine)
    assert (place.ahead, place.minutes_low, place.minutes_high) == (0, 4, 8)
