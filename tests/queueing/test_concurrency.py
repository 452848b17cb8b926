"""Exactly once under real concurrency, on PostgreSQL (issue 8): many threads, each
with its own connection, released together by a barrier, repeated.

- 50 counters calling at the same moment never get the same ticket, no waiting
  ticket is skipped (each round takes exactly the first tickets in the queue's
  order), and a counter never holds two tickets;
- a double click on one counter calls one ticket;
- 50 kiosks issuing at once get 50 different, gapless numbers; a double tap one.
"""

import datetime as dt
import threading
import uuid
from collections import Counter as Tally

import pytest

from django.db import connection

from mpp.exceptions import DomainError
from queueing import actions
from queueing.models import Ticket, TicketEvent, TicketStatus
from tests.queueing.factories import clock, make_floor

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writers and has no SKIP LOCKED",
    ),
]
T = TicketStatus
COUNTERS = 50


def _together(jobs) -> list:
    """Run each job in its own thread and connection, all released at once;
    returns what each returned or raised."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(index, job) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return results


def _queue_order(floor) -> list[int]:
    return list(
        Ticket.objects.filter(booth=floor.booth, status=T.WAITING)
        .order_by("-priority_rank", "queued_at", "pk")
        .values_list("pk", flat=True)
    )


@pytest.mark.parametrize("repeat", range(3))
def test_fifty_counters_calling_together_never_share_or_skip_a_ticket(repeat):
    floor = make_floor(counters=COUNTERS)
    start = clock() - dt.timedelta(hours=1)
    for n in range(COUNTERS * 3 + 7):  # three full rounds and some left over
        floor.issue(now=start + dt.timedelta(seconds=n))
    pairs = list(zip(floor.counters, floor.officers, strict=True))

    for _round in range(3):
        expected = set(_queue_order(floor)[:COUNTERS])

        called = _together(
            [
                lambda c=c, o=o: actions.ticket_call_next(counter=c, officer=o)
                for c, o in pairs
            ]
        )

        assert not [r for r in called if isinstance(r, Exception)], called
        assert {t.pk for t in called} == expected  # the first 50: none skipped
        assert len({t.pk for t in called}) == COUNTERS  # and no ticket twice
        assert len({t.counter_id for t in called}) == COUNTERS
        for ticket in called:
            actions.ticket_start(
                counter=ticket.counter, officer=ticket.officer, ticket_id=ticket.pk
            )
            actions.ticket_finish(
                counter=ticket.counter, officer=ticket.officer, ticket_id=ticket.pk
            )

    calls = Tally(
        TicketEvent.objects.filter(to_status=T.CALLED).values_list(
            "ticket_id", flat=True
        )
    )
    assert len(calls) == COUNTERS * 3
    assert set(calls.values()) == {1}
    assert Ticket.objects.filter(status=T.WAITING).count() == 7


@pytest.mark.parametrize("repeat", range(3))
def test_a_double_click_on_one_counter_calls_one_ticket(repeat):
    floor = make_floor(counters=1)
    floor.issue(5)
    counter, officer = floor.counters[0], floor.officers[0]

    results = _together(
        [
            lambda: actions.ticket_call_next(counter=counter, officer=officer)
            for _ in range(8)
        ]
    )

    tickets = [r for r in results if isinstance(r, Ticket)]
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(tickets) == 1 and len(refused) == 7, results
    assert Ticket.objects.filter(counter=counter, status=T.CALLED).count() == 1


@pytest.mark.parametrize("repeat", range(3))
def test_fifty_kiosks_issue_fifty_different_gapless_numbers(repeat):
    floor = make_floor(counters=0)
    booth, service = floor.booth, floor.services[0]
    key = uuid.uuid4()

    results = _together(
        [
            lambda: actions.ticket_issue(
                booth=booth, service=service, issue_key=uuid.uuid4()
            )
            for _ in range(COUNTERS)
        ]
        + [
            lambda: actions.ticket_issue(booth=booth, service=service, issue_key=key)
            for _ in range(5)
        ]
    )

    assert not [r for r in results if isinstance(r, Exception)], results
    numbers = sorted(
        Ticket.objects.filter(service=service).values_list("number", flat=True)
    )
    assert numbers == list(range(1, COUNTERS + 2))  # 50 kiosks + one double tap
    assert len({r.pk for r in results[COUNTERS:]}) == 1


@pytest.mark.parametrize("repeat", range(3))
def test_fifty_kiosk_taps_in_one_statement_issue_gapless_numbers(repeat):
    """The kiosk's one-statement tap (actions.ticket_take_at_kiosk) racing itself,
    a double tap and the general path (an officer's ticket, same prefix)."""
    floor = make_floor(counters=0)
    booth, service = floor.booth, floor.services[0]
    key = uuid.uuid4()

    def tap(issue_key):
        return actions.ticket_take_at_kiosk(
            mall_slug=booth.mall.slug, service_slug=service.slug, issue_key=issue_key
        )

    results = _together(
        [lambda: tap(uuid.uuid4()) for _ in range(COUNTERS)]
        + [lambda: tap(key) for _ in range(5)]
        + [
            lambda: (
                actions.ticket_issue(
                    booth=booth, service=service, issue_key=uuid.uuid4()
                ).uuid
            )
            for _ in range(5)
        ]
    )

    assert all(isinstance(r, uuid.UUID) for r in results), results
    numbers = sorted(
        Ticket.objects.filter(service=service).values_list("number", flat=True)
    )
    assert numbers == list(range(1, COUNTERS + 7))  # 50 + one double tap + 5
    assert len(set(results[COUNTERS : COUNTERS + 5])) == 1
    # one event per ticket, as the general path writes
    assert TicketEvent.objects.filter(ticket__service=service).count() == COUNTERS + 6
