"""The queue ticket workflow as a Hypothesis state machine (issue 8).

One booth with services A and B and three counters, each with its own officer
(`make_floor`), and an officer of another booth at the same mall, are driven
through the real actions of `queueing.actions` in any order Hypothesis chooses:
kiosk tickets (either service or one the booth does not offer, with or without a
priority class and its reason, for a citizen or not, and double taps that resend
an earlier issue key), online bookings for today (and tomorrow) and their
check-in (once, twice, after a cancellation), opening counters (for some of the
services, by the outsider, when open already) and closing them, calling the next
ticket, recalling it (no cool-down here, three calls at most), no-show, start,
finish, set aside, resume, transfer to the other service (or to a booth of
another mall), cancelling by the holder or by someone else, and the end of the
day. Counter moves come from a console showing the right ticket or a stale one;
before each move that takes a counter further, the outsider tries it and a
colleague posts it from a stale console (both refused).

Next to the database the machine keeps a model of each ticket (status, counter,
officer, calls, number, day, place in the queue) and of each counter (open for
which services). A refused move changes nothing at all; after every step:

* each ticket's status, counter, officer, calls, number and place are the model's;
* a counter holds at most one called or serving ticket, and such a ticket has a
  counter, whose session is open (but for a ticket still being served when the
  day was closed); open sessions serve the services the model says;
* each ticket's history is its creation row, then one row per status change
  along TICKET_TRANSITIONS, one per recall and one per check-in, each starting
  where the last one ended;
* numbers run 1..n without gaps per mall, day and prefix (transfers take one too);
* calling the next ticket takes the model's first waiting ticket of the day, in
  queue order (priority first, then the place in the queue, then the id), among
  the counter's services.

The actions' clock is a fixed Monday morning that moves on by a second at each
reading: every run is the same whatever the time of day (no midnight in between).
"""

import datetime as dt
import uuid
from collections import Counter as Tally
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from unittest import mock

import pytest
from hypothesis import HealthCheck, Phase, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone

from mpp.exceptions import DomainError
from notifications.models import Notification
from queueing import actions
from queueing.models import (
    AT_COUNTER,
    TICKET_TRANSITIONS,
    CounterSession,
    PriorityClass,
    Ticket,
    TicketEvent,
    TicketSequence,
    TicketSource,
    TicketStatus,
)
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, BoothStaffFactory
from tests.queueing.factories import make_floor
from tests.services.factories import ServiceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.issue(8)]

T = TicketStatus
P = PriorityClass
MAX_CALLS = 3
#: The outsider: an officer of another booth (another agency) at the same mall.
OUTSIDER = "outsider"
#: A service not offered at the booth (index into the machine's services).
FOREIGN = 2
#: Minutes after the machine's start: a booking for the next day.
TOMORROW = 24 * 60 + 30
#: No ticket has this id.
MISSING = 10**9
#: The status a ticket must have at the counter for each console move.
NEEDS = {
    "recall": T.CALLED,
    "no_show": T.CALLED,
    "start": T.CALLED,
    "finish": T.SERVING,
    "park": T.SERVING,
    "transfer": T.SERVING,
}
MOVES = {
    "issue",
    "book",
    "check_in",
    "open",
    "close",
    "call_next",
    "resume",
    "cancel",
    *NEEDS,
}
#: The events that change no status, by their note, and the status they keep.
SAME_STATUS = {"recall": T.CALLED, "check-in": T.WAITING}
#: Transitions TICKET_TRANSITIONS allows that no action makes (none: close_day
#: finishes set-aside tickets).
NEVER_MADE: set[tuple[str, str]] = set()

#: Moves of counter 1 (from nothing held) that take a ticket to each status.
ROUTES = {
    T.WAITING: [("call_next", "close", "open")],
    T.DONE: [
        ("call_next", "start", "finish"),
        ("call_next", "recall", "start", "park", "resume", "finish"),
    ],
    T.PARKED: [("call_next", "start", "park")],
    T.TRANSFERRED: [
        ("call_next", "start", "transfer"),
        ("call_next", "start", "park", "resume", "transfer"),
    ],
    T.NO_SHOW: [("call_next", "no_show"), ("call_next", "recall out")],
}

desks = st.integers(0, 2)
SERVES = st.sampled_from([{0, 1}, {0}, {1}])
people = st.sampled_from([0, 1, 2, OUTSIDER])
consoles = st.sampled_from(["right", "right", "stale"])


class Clock:
    """`django.utils.timezone` for the actions, with a clock of its own."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def now(self) -> dt.datetime:
        self.current += dt.timedelta(seconds=1)
        return self.current

    def localdate(self, value=None) -> dt.date:
        return timezone.localdate(self.current if value is None else value)

    def __getattr__(self, name):
        return getattr(timezone, name)


@dataclass
class Expected:
    """The model of one ticket."""

    pk: int
    key: uuid.UUID
    service: int
    prefix: str
    number: int
    source: str
    rank: int
    citizen: int | None
    day: dt.date
    booked_for: dt.datetime | None
    queued_at: dt.datetime | None
    transferred_from: int | None = None
    status: str = T.WAITING
    counter: int | None = None
    officer: int | None = None
    call_count: int = 0
    changes: int = 0
    recalls: int = 0
    checked_in_at: dt.datetime | None = None
    #: (from, to, note, by, counter) per TicketEvent row
    events: list[tuple] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"{self.prefix}-{self.number:03d} ({self.status})"

    @property
    def display(self) -> str:
        return f"{self.prefix}-{self.number:03d}"

    def order(self) -> tuple:
        return (-self.rank, self.queued_at, self.pk)


@dataclass
class Desk:
    """The model of one counter."""

    pk: int
    open: bool = False
    services: frozenset[int] = frozenset()  # service pks


class QueueMachine(RuleBasedStateMachine):
    """See the module docstring. Each example runs inside a savepoint that its
    teardown rolls back, so examples never see each other's rows."""

    #: Across all examples of one run.
    reached: set[str] = set()
    transitions: set[tuple[str, str]] = set()
    outcomes: set[tuple[str, bool]] = set()
    seen: set[str] = set()
    #: The snapshot's queries as SQL, compiled once (see _world).
    _sql: dict | None = None

    def __init__(self) -> None:
        super().__init__()
        self._savepoint = transaction.savepoint()
        self._settings = override_settings(
            MPP_QUEUE_RECALL_COOLDOWN_SECONDS=0, MPP_QUEUE_MAX_CALLS=MAX_CALLS
        )
        self._settings.enable()
        self.start = dt.datetime(
            2026, 3, 16, 8, 0, tzinfo=timezone.get_current_timezone()
        )
        self.today = self.start.date()
        self.clock = Clock(self.start)
        self._clock = mock.patch.object(actions, "timezone", self.clock)
        self._clock.start()
        floor = make_floor(counters=3, open_counters=False)
        self.booth = floor.booth
        self.services = [*floor.services, ServiceFactory(queue_prefix="Z")]
        self.counters = floor.counters
        self.officers = floor.officers
        self.outsider = BoothStaffFactory(
            booth=BoothFactory(mall=floor.booth.mall)
        ).user
        self.elsewhere = BoothFactory()  # another mall
        self.citizens = [UserFactory() for _ in range(3)]  # the last holds none
        self.desks = [Desk(pk=counter.pk) for counter in self.counters]
        self.tickets: list[Expected] = []
        self.numbers: dict[tuple, int] = defaultdict(int)  # (day, prefix)
        self.day_closed = False
        self.steps = 0
        self._last_world: dict | None = None

    def teardown(self) -> None:
        self._clock.stop()
        self._settings.disable()
        transaction.savepoint_rollback(self._savepoint)

    # ------------------------------------------------------------ the world
    @staticmethod
    def _typed_world() -> dict:
        """Every row the moves may write (all of them this example's)."""
        return {
            "tickets": list(Ticket.objects.order_by("pk").values()),
            "events": list(
                TicketEvent.objects.order_by("pk").values_list(
                    "ticket_id", "from_status", "to_status", "note", "by", "counter"
                )
            ),
            "sessions": list(
                CounterSession.objects.order_by("pk").values_list(
                    "pk", "counter_id", "officer_id", "day", "closed_at"
                )
            ),
            "session services": list(
                CounterSession.services.through.objects.order_by("pk").values_list(
                    "countersession_id", "service_id"
                )
            ),
            "sequences": list(
                TicketSequence.objects.order_by("pk").values_list(
                    "mall_id", "day", "prefix", "last_number"
                )
            ),
            "notifications": list(
                Notification.objects.order_by("pk").values_list("pk", flat=True)
            ),
        }

    def _world(self) -> dict:
        """The same rows, raw: compiling the ORM's queries once, rather than at
        each of the thousands of reads, keeps the run short."""
        if type(self)._sql is None:
            queries = {
                "tickets": Ticket.objects.order_by("pk").values_list(
                    *(f.attname for f in Ticket._meta.concrete_fields)
                ),
                "events": TicketEvent.objects.order_by("pk").values_list(
                    *(f.attname for f in TicketEvent._meta.concrete_fields)
                ),
                "sessions": CounterSession.objects.order_by("pk").values_list(
                    *(f.attname for f in CounterSession._meta.concrete_fields)
                ),
                "session services": CounterSession.services.through.objects.order_by(
                    "pk"
                ).values_list("countersession_id", "service_id"),
                "sequences": TicketSequence.objects.order_by("pk").values_list(
                    "mall_id", "day", "prefix", "last_number"
                ),
                "notifications": Notification.objects.order_by("pk").values_list(
                    "pk", "recipient_id", "subject"
                ),
            }
            type(self)._sql = {n: q.query.sql_with_params() for n, q in queries.items()}
        world = {}
        with connection.cursor() as cursor:
            for name, (sql, params) in type(self)._sql.items():
                cursor.execute(sql, params)
                world[name] = cursor.fetchall()
        return world

    def _before(self) -> dict:
        """The world before this move: as the last check read it, unless a move
        succeeded since (which forgets it)."""
        return self._last_world or self._world()

    def _attempt(self, move: str, call, *, allowed: bool):
        """Run `call`: (True, its result) if it succeeded, (False, None) if it was
        refused. It must succeed exactly when the model allows it, and a refused
        move leaves the whole world as it was."""
        before = self._before()
        note(f"{move}: model allows: {allowed}")
        try:
            result = call()
        except DomainError as refused:
            assert allowed is False, f"{move} refused: {refused}"
            assert self._world() == before, f"refused {move} changed something"
            type(self).outcomes.add((move, False))
            return False, None
        assert allowed is True, f"{move} succeeded, the model refuses it"
        type(self).outcomes.add((move, True))
        self._last_world = None
        return True, result

    def _unchanged(self, call):
        """A repeated move (a double tap, a second scan) changes nothing."""
        before = self._before()
        result = call()
        assert self._world() == before
        return result

    # ------------------------------------------------------------ the model
    def _officer(self, who):
        return self.outsider if who == OUTSIDER else self.officers[who]

    def _held(self, desk: Desk) -> Expected | None:
        held = [
            t for t in self.tickets if t.counter == desk.pk and t.status in AT_COUNTER
        ]
        assert len(held) <= 1
        return held[0] if held else None

    def _holds(self, citizen: int | None, service: int, day: dt.date) -> bool:
        """The citizen has a ticket (not cancelled or transferred) for `service`
        on `day`."""
        return citizen is not None and any(
            t.citizen == citizen
            and t.service == service
            and t.day == day
            and t.status not in (T.CANCELLED, T.TRANSFERRED)
            for t in self.tickets
        )

    def _change(self, ticket: Expected, to: str, *, by, note: str = "") -> None:
        assert to in TICKET_TRANSITIONS[ticket.status], (ticket, to)
        type(self).transitions.add((ticket.status, to))
        type(self).reached.add(to)
        ticket.events.append((ticket.status, to, note, by, ticket.counter))
        ticket.status = to
        ticket.changes += 1

    def _created(
        self,
        ticket: Ticket,
        *,
        service: int,
        source: str,
        rank: int,
        citizen: int | None,
        day: dt.date,
        by,
        note: str = "",
    ) -> Expected:
        """A new ticket: the next number of its day and prefix."""
        prefix = self.services[service].queue_prefix
        self.numbers[day, prefix] += 1
        assert (ticket.day, ticket.prefix, ticket.number) == (
            day,
            prefix,
            self.numbers[day, prefix],
        )
        expected = Expected(
            pk=ticket.pk,
            key=ticket.issue_key,
            service=service,
            prefix=prefix,
            number=ticket.number,
            day=day,
            source=source,
            rank=rank,
            citizen=citizen,
            booked_for=ticket.booked_for,
            queued_at=ticket.queued_at,
            transferred_from=ticket.transferred_from_id,
            events=[("", T.WAITING, note, by, None)],
        )
        self.tickets.append(expected)
        return expected

    def _draw_ticket(self, data, tickets: list[Expected], label: str) -> Expected:
        """One of `tickets` (drawn by id: the examples print short)."""
        pk = data.draw(st.sampled_from([t.pk for t in tickets]), label=label)
        return next(t for t in tickets if t.pk == pk)

    def _other_pk(self, data, correct: int | None, *, none: bool = False):
        """What a stale console shows instead of `correct`."""
        choices = [t.pk for t in self.tickets if t.pk != correct] + [MISSING]
        if none and correct is not None:
            choices.insert(0, None)
        return data.draw(st.sampled_from(choices), label="stale console shows")

    # ------------------------------------------------------------ issuing
    def _issue(self, *, service, priority, reason, citizen, data, tap=False):
        if tap and self.tickets:
            first = self._draw_ticket(data, self.tickets, "double tap on")
            again = self._unchanged(
                lambda: actions.ticket_issue(
                    booth=self.booth,
                    service=self.services[service],
                    issue_key=first.key,
                    priority=priority,
                    priority_reason=reason,
                )
            )
            assert again.pk == first.pk
            type(self).seen.add("double tap")
            return
        holder = self.citizens[citizen] if citizen is not None else None
        ok, ticket = self._attempt(
            "issue",
            lambda: actions.ticket_issue(
                booth=self.booth,
                service=self.services[service],
                issue_key=uuid.uuid4(),
                priority=priority,
                priority_reason=reason,
                citizen=holder,
            ),
            allowed=service != FOREIGN
            and (priority == P.NONE or reason.strip() != "")
            and not self._holds(holder and holder.pk, service, self.today),
        )
        if ok:
            assert ticket.queued_at == self.clock.current
            self._created(
                ticket,
                service=service,
                source=TicketSource.KIOSK,
                rank=0 if priority == P.NONE else 1,
                citizen=holder and holder.pk,
                day=self.today,
                by=holder and holder.pk,
            )

    def _book(self, *, service, citizen, minutes, check_in, data):
        holder = self.citizens[citizen] if citizen is not None else None
        booked_for = self.start + dt.timedelta(minutes=minutes)
        ok, ticket = self._attempt(
            "book",
            lambda: actions.ticket_issue(
                booth=self.booth,
                service=self.services[service],
                issue_key=uuid.uuid4(),
                source=TicketSource.ONLINE,
                citizen=holder,
                booked_for=booked_for,
            ),
            allowed=service != FOREIGN
            and not self._holds(
                holder and holder.pk, service, timezone.localdate(booked_for)
            ),
        )
        if ok:
            assert ticket.queued_at is None
            assert len(ticket.check_in_code) == 6
            expected = self._created(
                ticket,
                service=service,
                source=TicketSource.ONLINE,
                rank=0,
                citizen=holder and holder.pk,
                day=timezone.localdate(booked_for),
                by=holder and holder.pk,
            )
            for _scan in range(check_in):  # 0, 1 or 2 scans of its code
                self._check_in(expected)

    def _check_in(self, expected: Expected) -> None:
        def check_in():
            return actions.ticket_check_in(ticket=Ticket.objects.get(pk=expected.pk))

        if expected.status == T.WAITING and expected.queued_at is not None:
            assert self._unchanged(check_in).queued_at == expected.queued_at
            type(self).seen.add("second check-in")
            return
        ok, ticket = self._attempt(
            "check_in",
            check_in,
            allowed=expected.status == T.WAITING and expected.day == self.today,
        )
        if ok:
            expected.queued_at = max(self.clock.current, expected.booked_for)
            expected.checked_in_at = self.clock.current
            # Not a status change, but an event (it moves the boards' version).
            expected.events.append(
                (T.WAITING, T.WAITING, "check-in", expected.citizen, None)
            )
            assert ticket.queued_at == expected.queued_at
            assert ticket.checked_in_at == self.clock.current
            if expected.queued_at == expected.booked_for:
                type(self).seen.add("checked in early: queued at the booked time")

    def _cancel(self, expected: Expected, *, by_holder: bool) -> None:
        stranger = self.citizens[-1]
        by = (
            next(c for c in self.citizens if c.pk == expected.citizen)
            if by_holder and expected.citizen
            else stranger
        )
        ok, _ticket = self._attempt(
            "cancel",
            lambda: actions.ticket_cancel(
                ticket=Ticket.objects.get(pk=expected.pk), citizen=by
            ),
            allowed=by.pk == expected.citizen and expected.status == T.WAITING,
        )
        if ok:
            self._change(expected, T.CANCELLED, by=by.pk)
            if expected.source == TicketSource.ONLINE:
                self._check_in(expected)  # the cancelled booking's code: refused

    # ------------------------------------------------------------ counters
    def _open(self, index: int, who, services: set[int]) -> None:
        desk = self.desks[index]
        chosen = [self.services[i] for i in sorted(services)]
        officer = self._officer(who)
        ok, session = self._attempt(
            "open",
            lambda: actions.counter_open(
                counter=self.counters[index], officer=officer, services=chosen
            ),
            allowed=who != OUTSIDER and bool(services) and not desk.open,
        )
        if ok:
            assert session.day == self.clock.localdate()
            desk.open = True
            desk.services = frozenset(s.pk for s in chosen)

    def _close(self, index: int, who) -> None:
        desk = self.desks[index]
        held = self._held(desk)
        officer = self._officer(who)
        ok, _session = self._attempt(
            "close",
            lambda: actions.counter_close(
                counter=self.counters[index], officer=officer
            ),
            allowed=who != OUTSIDER
            and desk.open
            and (held is None or held.status == T.CALLED),
        )
        if ok:
            desk.open = False
            if held is not None:  # back to the queue, keeping its place
                held.counter = held.officer = None
                self._change(held, T.WAITING, by=officer.pk, note="counter closed")
                type(self).seen.add("closing returned a called ticket")

    def _call_next(self, index: int, who, *, console: str, data) -> None:
        desk = self.desks[index]
        held = self._held(desk)
        correct = held.pk if held else None
        shown = (
            correct if console == "right" else self._other_pk(data, correct, none=True)
        )
        officer = self._officer(who)
        ok, ticket = self._attempt(
            "call_next",
            lambda: actions.ticket_call_next(
                counter=self.counters[index], officer=officer, expected_ticket=shown
            ),
            allowed=who != OUTSIDER and desk.open and shown == correct and held is None,
        )
        if not ok:
            return
        waiting = sorted(
            (
                t
                for t in self.tickets
                if t.status == T.WAITING
                and t.queued_at is not None
                and t.day == self.today
                and self.services[t.service].pk in desk.services
            ),
            key=Expected.order,
        )
        if not waiting:
            assert ticket is None
            type(self).seen.add("nobody waiting")
            return
        first = waiting[0]
        assert ticket is not None and ticket.pk == first.pk, (ticket, first, waiting)
        if first.rank and any(t.queued_at < first.queued_at for t in waiting):
            type(self).seen.add("priority called first")
        if any(t.rank == first.rank for t in waiting[1:]):
            type(self).seen.add("arrival decided")
            if any(t.rank == first.rank and t.pk < first.pk for t in waiting[1:]):
                type(self).seen.add("arrival decided against issue order")
        first.counter, first.officer, first.call_count = desk.pk, officer.pk, 1
        self._change(first, T.CALLED, by=officer.pk)

    def _at_counter(
        self, move: str, index: int, who, *, console: str, data, anywhere: bool = True
    ) -> None:
        """A console move on the ticket the counter holds (or a stale one)."""
        desk = self.desks[index]
        held = self._held(desk)
        officer = self._officer(who)
        correct = held.pk if held else None
        if console == "right" and correct is not None:
            ticket_id = correct
        else:
            ticket_id = self._other_pk(data, correct)
        allowed = (
            who != OUTSIDER
            and desk.open
            and held is not None
            and ticket_id == held.pk
            and held.status == NEEDS[move]
        )
        counter = self.counters[index]
        kwargs = {"counter": counter, "officer": officer, "ticket_id": ticket_id}
        elsewhere = False
        if move == "transfer":
            target = 1 - held.service if held else 1
            elsewhere = anywhere and data.draw(
                st.sampled_from([False] * 5 + [True]), label="to another mall"
            )
            # Refused too when the citizen already holds a ticket for the target
            # service (one ticket per citizen, service and day).
            clash = held is not None and self._holds(held.citizen, target, held.day)
            if allowed and not elsewhere and clash:
                type(self).seen.add("transfer refused: the citizen holds one there")
            allowed = allowed and not elsewhere and not clash
            kwargs |= {
                "service": self.services[target],
                "booth": self.elsewhere if elsewhere else self.booth,
            }
        call = {
            "recall": actions.ticket_recall,
            "no_show": actions.ticket_no_show,
            "start": actions.ticket_start,
            "finish": actions.ticket_finish,
            "park": actions.ticket_park,
            "transfer": actions.ticket_transfer,
        }[move]
        ok, result = self._attempt(move, lambda: call(**kwargs), allowed=allowed)
        if not ok:
            return
        by = officer.pk
        if move == "recall":
            if held.call_count >= MAX_CALLS:
                self._change(held, T.NO_SHOW, by=by)
                type(self).seen.add("last recall: no-show")
            else:
                held.call_count += 1
                held.recalls += 1
                held.events.append((T.CALLED, T.CALLED, "recall", by, desk.pk))
        elif move == "no_show":
            self._change(held, T.NO_SHOW, by=by)
        elif move == "start":
            self._change(held, T.SERVING, by=by)
        elif move == "finish":
            self._change(held, T.DONE, by=by)
        elif move == "park":
            self._change(held, T.PARKED, by=by)
        else:  # transfer: a new ticket in the other service, same place
            self._change(held, T.TRANSFERRED, by=by)
            new = self._created(
                result,
                service=target,
                source=TicketSource.OFFICER,
                rank=held.rank,
                citizen=held.citizen,
                day=held.day,
                by=by,
                note=f"from {held.display}",
            )
            assert new.queued_at == held.queued_at  # its place in the queue
            assert new.transferred_from == held.pk

    def _resume(self, index: int, who, *, console: str, pick: bool, data) -> None:
        desk = self.desks[index]
        held = self._held(desk)
        officer = self._officer(who)
        correct = held.pk if held else None
        shown = (
            correct if console == "right" else self._other_pk(data, correct, none=True)
        )
        parked = [
            t for t in self.tickets if t.status == T.PARKED and t.counter == desk.pk
        ]
        if pick and parked:
            ticket_id = self._draw_ticket(data, parked, "resume").pk
        else:
            ticket_id = self._other_pk(data, None)
        ok, _ticket = self._attempt(
            "resume",
            lambda: actions.ticket_resume(
                counter=self.counters[index],
                officer=officer,
                ticket_id=ticket_id,
                expected_ticket=shown,
            ),
            allowed=who != OUTSIDER
            and desk.open
            and shown == correct
            and held is None
            and ticket_id in {t.pk for t in parked},
        )
        if ok:
            (ticket,) = (t for t in parked if t.pk == ticket_id)
            self._change(ticket, T.SERVING, by=officer.pk)

    # ------------------------------------------------------------ rules
    @initialize(data=st.data())
    def a_morning_along_every_route(self, data):
        """Counter 1 opens for both services; a few tickets are issued, then one
        with priority (called first; refused without its reason), and tickets are
        taken along one of the routes to each status; an online booking is booked
        twice (refused), cancelled (by someone else: refused), its code scanned
        (refused); another is checked in, twice. Then the rules make any moves in
        any order."""
        self._step(0, "open", data, tour=True)
        service = data.draw(st.integers(0, 1), label="first service")
        for _ticket in range(data.draw(st.integers(2, 4), label="queue")):
            self._issue(
                service=service, priority=P.NONE, reason="", citizen=None, data=data
            )
        self._issue(
            service=service, priority=P.ELDERLY, reason="  ", citizen=None, data=data
        )
        self._issue(
            service=service,
            priority=P.ELDERLY,
            reason="Usia 72 tahun",
            citizen=None,
            data=data,
        )
        for status, routes in ROUTES.items():
            if not any(t.status == T.WAITING and t.queued_at for t in self.tickets):
                self._issue(
                    service=data.draw(st.integers(0, 1), label="service"),
                    priority=P.NONE,
                    reason="",
                    citizen=None,
                    data=data,
                )
            for move in data.draw(st.sampled_from(routes), label=status):
                self._step(0, move, data, tour=True)
            assert status in {t.status for t in self.tickets}, status
        service = data.draw(st.integers(0, 1), label="booked service")
        for _booking in range(2):  # the second: one ticket per citizen, service, day
            self._book(service=service, citizen=0, minutes=60, check_in=0, data=data)
        (booked,) = (t for t in self.tickets if t.source == TicketSource.ONLINE)
        self._cancel(booked, by_holder=False)
        self._cancel(booked, by_holder=True)  # then its code is scanned: refused
        self._book(service=1 - service, citizen=None, minutes=1, check_in=2, data=data)
        self._check()

    @rule(
        service=st.sampled_from([0, 1, 0, 1, FOREIGN]),
        priority=st.sampled_from([P.NONE, P.NONE, *[p for p in P if p != P.NONE]]),
        reason=st.sampled_from(["Usia 72 tahun", "", "  ", "Usia 72 tahun"]),
        citizen=st.sampled_from([None, None, 0, 1]),
        tap=st.sampled_from([False, False, False, True]),
        data=st.data(),
    )
    def issue(self, service, priority, reason, citizen, tap, data):
        self._issue(
            service=service,
            priority=priority,
            reason=reason,
            citizen=citizen,
            tap=tap,
            data=data,
        )

    @rule(
        service=st.sampled_from([0, 1, 0, 1, FOREIGN]),
        citizen=st.sampled_from([None, 0, 1]),
        minutes=st.sampled_from([-30, 1, 2, 60, TOMORROW]),
        check_in=st.integers(0, 2),
        data=st.data(),
    )
    def book(self, service, citizen, minutes, check_in, data):
        self._book(
            service=service,
            citizen=citizen,
            minutes=minutes,
            check_in=check_in,
            data=data,
        )

    @precondition(
        lambda self: any(t.source == TicketSource.ONLINE for t in self.tickets)
    )
    @rule(data=st.data())
    def check_in(self, data):
        online = [t for t in self.tickets if t.source == TicketSource.ONLINE]
        self._check_in(self._draw_ticket(data, online, "check in"))

    @rule(desk=desks, who=people, services=st.sets(st.integers(0, 1)))
    def open_counter(self, desk, who, services):
        self._open(desk, who, services)

    @rule(desk=desks, who=people)
    def close_counter(self, desk, who):
        self._close(desk, who)

    @rule(desk=desks, who=people, console=consoles, data=st.data())
    def call_next(self, desk, who, console, data):
        self._call_next(desk, who, console=console, data=data)

    @rule(
        move=st.sampled_from(sorted(NEEDS)),
        desk=desks,
        who=people,
        console=consoles,
        data=st.data(),
    )
    def at_counter(self, move, desk, who, console, data):
        self._at_counter(move, desk, who, console=console, data=data)

    @rule(desk=desks, who=people, console=consoles, pick=st.booleans(), data=st.data())
    def resume(self, desk, who, console, pick, data):
        self._resume(desk, who, console=console, pick=pick, data=data)

    @precondition(lambda self: self.tickets)
    @rule(by_holder=st.booleans(), data=st.data())
    def cancel(self, by_holder, data):
        with_holder = [t for t in self.tickets if t.citizen] or self.tickets
        ticket = self._draw_ticket(data, with_holder, "cancel")
        self._cancel(ticket, by_holder=by_holder)

    @rule(desk=desks, steps=st.integers(1, 5), data=st.data())
    def forward(self, desk, steps, data):
        """Up to `steps` moves that the counter's state calls for, made by its own
        officer from a console showing the right ticket (so that examples get
        deep into the workflow), each checked against the model."""
        for _step in range(steps):
            self._forward(desk, data)

    def _forward(self, index: int, data) -> None:
        desk = self.desks[index]
        held = self._held(desk)
        parked = any(
            t.status == T.PARKED and t.counter == desk.pk for t in self.tickets
        )
        waiting = any(
            t.status == T.WAITING
            and t.queued_at is not None
            and t.day == self.today
            and self.services[t.service].pk in desk.services
            for t in self.tickets
        )
        if (
            held is None
            and not waiting
            and desk.open
            and data.draw(st.booleans(), label="issue first?")
        ):
            served = [i for i in (0, 1) if self.services[i].pk in desk.services]
            self._issue(
                service=data.draw(st.sampled_from(served), label="service"),
                priority=data.draw(st.sampled_from([P.NONE, P.CHILD]), "class"),
                reason="Membawa balita",
                citizen=data.draw(st.sampled_from([None, 0, 1]), label="citizen"),
                data=data,
            )
        if not desk.open:
            move = "open"
        elif held is None and parked and data.draw(st.booleans(), label="resume?"):
            move = "resume"
        elif held is None:
            move = "call_next"
        elif held.status == T.CALLED:
            moves = ["start", "start", "recall", "recall out", "no_show", "close"]
            move = data.draw(st.sampled_from(moves), label="move")
        else:
            move = data.draw(st.sampled_from(["finish", "park", "transfer"]), "move")
        self._step(index, move, data)

    def _step(self, index: int, move: str, data, *, tour: bool = False) -> None:
        """`move` at the counter by its own officer, from a console showing the
        right ticket, after the probes. On the `tour` (see the initialize rule) a
        counter opens for both services and a transfer stays in the mall."""
        self._probe(move, index, data)
        if move == "open":
            services = {0, 1} if tour else data.draw(SERVES, label="serves")
            self._open(index, index, services)
        elif move == "close":
            self._close(index, index)
        elif move == "resume":
            self._resume(index, index, console="right", pick=True, data=data)
        elif move == "call_next":
            self._call_next(index, index, console="right", data=data)
        elif move == "recall out":  # until the ticket is a no-show
            for _call in range(MAX_CALLS):
                self._at_counter("recall", index, index, console="right", data=data)
        else:
            self._at_counter(
                move, index, index, console="right", data=data, anywhere=not tour
            )
        self._check()

    def _probe(self, move: str, index: int, data) -> None:
        """Before the counter's officer makes `move`, the outsider tries it and a
        colleague posts it from a stale console: both refused."""
        colleague = data.draw(
            st.sampled_from([i for i in range(3) if i != index]), label="colleague"
        )
        if move == "open":
            self._open(index, OUTSIDER, {0, 1})
        elif move == "close":
            self._close(index, OUTSIDER)
        elif move == "call_next":
            self._call_next(index, OUTSIDER, console="right", data=data)
            self._call_next(index, colleague, console="stale", data=data)
        elif move == "resume":
            self._resume(index, OUTSIDER, console="right", pick=True, data=data)
            self._resume(index, colleague, console="stale", pick=True, data=data)
        else:
            move = "recall" if move == "recall out" else move
            self._at_counter(move, index, OUTSIDER, console="right", data=data)
            self._at_counter(move, index, colleague, console="stale", data=data)

    @precondition(lambda self: self.steps >= 15 and not self.day_closed)
    @rule()
    def close_day(self):
        """The end of the day (sometimes, late in the example): waiting and called
        tickets become no-shows and every counter closes; a second run changes
        nothing."""
        changed = actions.close_day(day=self.today)
        self._last_world = None
        self.day_closed = True
        stale = [
            t
            for t in self.tickets
            if t.status in (T.WAITING, T.CALLED) and t.day <= self.today
        ]
        held = [
            t
            for t in self.tickets
            if t.status in (T.SERVING, T.PARKED) and t.day <= self.today
        ]
        assert changed == len(stale) + len(held)
        for ticket in stale:
            self._change(ticket, T.NO_SHOW, by=None, note="end of day")
        for ticket in held:
            if ticket.status == T.SERVING:
                type(self).seen.add("served through the end of the day")
            self._change(ticket, T.DONE, by=None, note="end of day")
        for desk in self.desks:
            desk.open = False
            assert self._held(desk) is None
        assert self._unchanged(lambda: actions.close_day(day=self.today)) == 0
        type(self).seen.add("day closed")

    # ------------------------------------------------------------ invariants
    @invariant()
    def the_database_matches_the_model(self):
        self.steps += 1
        self._check()

    def _check(self) -> None:
        if self._last_world is not None:
            return  # nothing changed since the last check (see _attempt)
        self._last_world = self._world()
        world = self._typed_world()
        tickets = {row["id"]: row for row in world["tickets"]}
        assert set(tickets) == {t.pk for t in self.tickets}

        # Each ticket as the model says.
        for expected in self.tickets:
            row = tickets[expected.pk]
            assert (
                row["status"],
                row["counter_id"],
                row["officer_id"],
                row["call_count"],
                row["prefix"],
                row["number"],
                row["service_id"],
                row["source"],
                row["priority_rank"],
                row["queued_at"],
                row["citizen_id"],
                row["transferred_from_id"],
                row["day"],
            ) == (
                expected.status,
                expected.counter,
                expected.officer,
                expected.call_count,
                expected.prefix,
                expected.number,
                self.services[expected.service].pk,
                expected.source,
                expected.rank,
                expected.queued_at,
                expected.citizen,
                expected.transferred_from,
                expected.day,
            ), expected

        # A counter holds at most one called or serving ticket, which has a
        # counter with an open session (unless the day was closed meanwhile).
        at_counter = [row for row in world["tickets"] if row["status"] in AT_COUNTER]
        assert all(row["counter_id"] is not None for row in at_counter)
        assert (
            max(Tally(row["counter_id"] for row in at_counter).values(), default=0) <= 1
        )
        open_sessions = {
            counter: pk
            for pk, counter, _by, _day, closed in world["sessions"]
            if closed is None
        }
        # (close_day finishes what counters held: nothing outlives its session)
        for row in at_counter:
            assert row["counter_id"] in open_sessions, row
        # Open counters serve the services the model says.
        served = defaultdict(set)
        for session, service in world["session services"]:
            served[session].add(service)
        assert {c: frozenset(served[s]) for c, s in open_sessions.items()} == {
            desk.pk: desk.services for desk in self.desks if desk.open
        }

        # History: the creation row, then one row per status change along the
        # workflow, one per recall and one per check-in, each starting where the
        # last one ended.
        history = defaultdict(list)
        for ticket_id, *event in world["events"]:
            history[ticket_id].append(tuple(event))
        assert set(history) == set(tickets)
        for expected in self.tickets:
            events = history[expected.pk]
            assert events == expected.events, expected
            assert events[0][:3] == ("", T.WAITING, events[0][2])
            for (_f, previous, *_rest), (from_status, to_status, note_, *_) in pairwise(
                events
            ):
                assert from_status == previous, expected
                if note_ in SAME_STATUS:
                    assert from_status == to_status == SAME_STATUS[note_], expected
                else:
                    assert to_status in TICKET_TRANSITIONS[from_status], expected
            notes = Tally(e[2] for e in events[1:])
            assert notes["recall"] == expected.recalls, expected
            assert notes["check-in"] == (expected.checked_in_at is not None)
            assert (
                len(events)
                == 1 + expected.changes + expected.recalls + notes["check-in"]
            ), expected
            assert events[-1][1] == tickets[expected.pk]["status"]

        # Numbers run 1..n per mall, day and prefix; the sequence says n.
        numbers = defaultdict(list)
        for row in world["tickets"]:
            numbers[row["mall_id"], row["day"], row["prefix"]].append(row["number"])
        last = {(m, d, p): n for m, d, p, n in world["sequences"]}
        for key, issued in numbers.items():
            assert sorted(issued) == list(range(1, len(issued) + 1)), key
            assert last[key] == len(issued), key
        assert dict(self.numbers) == {
            (d, p): len(n) for (_m, d, p), n in numbers.items()
        }


SETTINGS = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,  # database round trips vary, most on a busy CI machine
    derandomize=True,  # the same examples on every run and on both databases
    database=None,  # nothing saved between runs: derandomized examples are enough
    print_blob=False,
    # No "explain" phase: it traces every line the ORM runs while it shrinks.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow],
)


def test_the_queue_holds_whatever_the_kiosks_citizens_and_officers_do():
    """Every sequence of moves keeps the queue's invariants, and the examples
    reach every status, make every transition an action can make, and see every
    move both succeed and be refused."""
    # given
    QueueMachine.reached = set()
    QueueMachine.transitions = set()
    QueueMachine.outcomes = set()
    QueueMachine.seen = set()

    # when / then (the model is checked after every step)
    run_state_machine_as_test(QueueMachine, settings=SETTINGS)

    # and the examples went everywhere
    assert QueueMachine.reached == set(T)
    every = {(a, b) for a, targets in TICKET_TRANSITIONS.items() for b in targets}
    assert QueueMachine.transitions == every - NEVER_MADE
    assert {m for m, ok in QueueMachine.outcomes if ok} == MOVES
    assert {m for m, ok in QueueMachine.outcomes if not ok} == MOVES
    assert QueueMachine.seen >= {
        "double tap",
        "second check-in",
        "nobody waiting",
        "priority called first",
        "arrival decided",
        "arrival decided against issue order",  # a check-in or a transfer
        "closing returned a called ticket",
        "last recall: no-show",
        "day closed",
    }


def test_a_transfer_to_a_service_the_citizen_holds_is_refused():
    """A citizen holds a ticket for A and one for B; A is being served and the
    officer transfers it to B: refused with a message, and nothing changes."""
    # given
    floor = make_floor(counters=1)
    counter, officer = floor.counters[0], floor.officers[0]
    citizen = UserFactory()
    (first,) = floor.issue(citizen=citizen, service=floor.services[0])
    floor.issue(citizen=citizen, service=floor.services[1])
    called = actions.ticket_call_next(counter=counter, officer=officer)
    assert called.pk == first.pk
    actions.ticket_start(counter=counter, officer=officer, ticket_id=first.pk)
    before = (
        list(Ticket.objects.order_by("pk").values()),
        list(TicketEvent.objects.order_by("pk").values()),
        list(TicketSequence.objects.order_by("pk").values()),
    )

    # when / then
    with pytest.raises(DomainError):
        actions.ticket_transfer(
            counter=counter,
            officer=officer,
            ticket_id=first.pk,
            service=floor.services[1],
            booth=floor.booth,
        )
    assert before == (
        list(Ticket.objects.order_by("pk").values()),
        list(TicketEvent.objects.order_by("pk").values()),
        list(TicketSequence.objects.order_by("pk").values()),
    )
