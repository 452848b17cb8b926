"""Writes of the counter queue: issuing tickets, counters, and every move of a ticket.

Exactly once, whatever the number of counters (issue 8):

* **Numbers**: the mall's sequence row for the day and prefix is locked for the
  instant of taking the next number (`SELECT … FOR UPDATE`), so numbers neither
  repeat nor skip; `queueing_ticket_number_unique` is the backstop. A double tap
  sends the same `issue_key` twice and gets the first ticket back.
* **Calls**: `ticket_call_next` locks the counter's open session (one caller per
  counter at a time), then takes the first waiting ticket in the queue's order with
  `SELECT … FOR UPDATE SKIP LOCKED`: two counters calling at the same moment take
  two different tickets, and neither waits for the other. A counter holds at most
  one called or serving ticket (`queueing_one_ticket_at_a_counter`), and a console
  that shows a stale state (`expected_ticket`) is refused with a message.
* Every status change goes through `TICKET_TRANSITIONS` and writes one
  `TicketEvent`; a recall writes one too (same status).

The order is the priority class first (elderly, disabled, pregnant or nursing, with
a small child), then the effective arrival: the issue time at a kiosk, the later of
the booked time and the check-in for an online booking; a transfer keeps it.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import uuid as uuid_lib
from contextlib import nullcontext

from psycopg import sql as psycopg_sql

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import calendar
from agencies.models import Booth
from agencies.permissions import actor_for
from mpp.exceptions import DomainError
from notifications import actions as notification_actions
from queueing import selectors
from queueing.models import (
    AT_COUNTER,
    Counter,
    CounterSession,
    PriorityClass,
    Ticket,
    TicketEvent,
    TicketSequence,
    TicketSource,
    TicketStatus,
)
from services.models import Service
from surveys import actions as survey_actions

T = TicketStatus


class StaleConsole(DomainError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The counter changed in the meantime (another tab or a lost answer). "
                "The console now shows its current state; nothing was called twice."
            )
        )


# ---------------------------------------------------------------- helpers
def _event(
    ticket: Ticket, *, from_status: str, by: User | None, note: str = ""
) -> None:
    TicketEvent.objects.create(
        ticket=ticket,
        mall_id=ticket.mall_id,
        day=ticket.day,
        from_status=from_status,
        to_status=ticket.status,
        counter_id=ticket.counter_id,  # the id: no query for the counter
        by=by,
        note=note[:200],
    )


def _move(ticket: Ticket, *, to: str, by: User | None, note: str = "", **fields):
    """`ticket` (locked by the caller) to status `to`, with `fields`, and its event."""
    if not ticket.can_transition_to(to):
        raise DomainError(
            _("Ticket %(number)s is %(status)s: this cannot be done now.")
            % {"number": ticket.display_number, "status": ticket.get_status_display()}
        )
    from_status = ticket.status
    ticket.status = to
    for name, value in fields.items():
        setattr(ticket, name, value)
    ticket.save(update_fields=["status", *fields])
    _event(ticket, from_status=from_status, by=by, note=note)
    return ticket


def _tell(citizen: User, template: str, context: dict) -> None:
    """A notification through the outbox (sent once the transaction commits), in
    the citizen's language, from templates/queueing/notifications/."""
    if citizen is None or not citizen.is_active:
        return
    with translation.override(citizen.preferred_language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context).strip()
        notification_actions.notification_create(
            recipient=citizen, subject=subject, body=body
        )


def _notify_called(ticket: Ticket) -> None:
    _tell(
        ticket.citizen,
        "queueing/notifications/called",
        {"ticket": ticket, "counter": ticket.counter},
    )


def _notify_few_ahead(called: Ticket, *, now: dt.datetime) -> None:
    """Tell the holder of the ticket that now has MPP_QUEUE_NOTIFY_AHEAD people
    ahead in the called ticket's service (once per ticket: each call moves the
    queue by one, so every ticket passes that place)."""
    ahead = settings.MPP_QUEUE_NOTIFY_AHEAD
    if ahead < 1:
        return
    waiting = (
        Ticket.objects.filter(
            mall_id=called.mall_id,
            day=called.day,
            service_id=called.service_id,
            status=T.WAITING,
            queued_at__isnull=False,
        )
        .order_by("-priority_rank", "queued_at", "pk")
        .select_related("citizen", "mall")[ahead : ahead + 1]
    )
    for ticket in waiting:
        if ticket.citizen_id and ticket.ahead_notified_at is None:
            updated = Ticket.objects.filter(
                pk=ticket.pk, ahead_notified_at__isnull=True
            ).update(ahead_notified_at=now)
            if updated:  # a concurrent call may have told them already
                _tell(
                    ticket.citizen,
                    "queueing/notifications/few_ahead",
                    {"ticket": ticket, "ahead": ahead},
                )


def _lock_ticket(ticket: Ticket) -> Ticket:
    return Ticket.objects.select_for_update().get(pk=ticket.pk)


def _ensure_booth_staff(counter: Counter, officer: User) -> None:
    booth = counter.booth
    if (
        actor_for(officer).seat_for(mall_id=booth.mall_id, agency_id=booth.agency_id)
        is None
    ):
        raise DomainError(_("Only the staff of this booth work its counters."))


def _session_for(counter: Counter, officer: User) -> CounterSession:
    """The counter's open session, locked, which `officer` may work."""
    _ensure_booth_staff(counter, officer)
    session = (
        CounterSession.objects.select_for_update()
        .filter(counter=counter, closed_at__isnull=True)
        .first()
    )
    if session is None:
        raise DomainError(_("Open the counter first."))
    return session


def _free_session(
    counter: Counter, officer: User, expected_ticket: int | None, busy: str
) -> CounterSession:
    """The counter's open session, locked, when the console showed the counter's
    current state (`expected_ticket`: the ticket it holds, None for none; else
    StaleConsole) and the counter holds no ticket (else DomainError(`busy`))."""
    session = _session_for(counter, officer)
    current = (
        Ticket.objects.filter(counter=counter, status__in=AT_COUNTER)
        .values_list("pk", flat=True)
        .first()
    )
    if current != expected_ticket:
        raise StaleConsole
    if current is not None:
        raise DomainError(busy)
    return session


def _priority_rank(priority: str) -> int:
    return 0 if priority == PriorityClass.NONE else 1


# ---------------------------------------------------------------- issuing
def ticket_issue(
    *,
    booth: Booth,
    service: Service,
    issue_key: uuid_lib.UUID,
    source: str = TicketSource.KIOSK,
    priority: str = PriorityClass.NONE,
    priority_reason: str = "",
    citizen: User | None = None,
    application=None,
    booked_for: dt.datetime | None = None,
    now: dt.datetime | None = None,
    offering_checked: bool = False,
) -> Ticket:
    """A new ticket for `service` at `booth`, numbered for today. The same
    `issue_key` again (a double tap, a resent form) returns the first ticket.
    `offering_checked`: the caller has just read that `booth` offers `service`
    (the kiosk, under the catalogue's token).

    The first ticket is not looked up beforehand (a query on every tap for the
    rare second one): a second tap fails the unique `issue_key` on insert, or a
    check the first tap's ticket now fails (the quota it used up), and only then
    finds and returns the first ticket."""
    try:
        return _issue_new(
            booth=booth,
            service=service,
            issue_key=issue_key,
            source=source,
            priority=priority,
            priority_reason=priority_reason,
            citizen=citizen,
            application=application,
            booked_for=booked_for,
            now=now,
            offering_checked=offering_checked,
        )
    except DomainError:
        existing = Ticket.objects.filter(issue_key=issue_key).first()
        if existing is not None:
            return existing
        raise


def _issue_new(
    *,
    booth: Booth,
    service: Service,
    issue_key: uuid_lib.UUID,
    source: str,
    priority: str,
    priority_reason: str,
    citizen: User | None,
    application,
    booked_for: dt.datetime | None,
    now: dt.datetime | None,
    offering_checked: bool,
) -> Ticket:
    now = now or timezone.now()
    day = timezone.localdate(booked_for or now)
    if not offering_checked and not service.booths.filter(pk=booth.pk).exists():
        raise DomainError(_("This service is not offered at this booth."))
    if priority != PriorityClass.NONE and not priority_reason.strip():
        raise DomainError(_("Say why the ticket has priority."))
    fields = {
        "issue_key": issue_key,
        "mall_id": booth.mall_id,
        "booth": booth,
        "service": service,
        "day": day,
        "prefix": service.queue_prefix,
        "source": source,
        "priority": priority,
        "priority_rank": _priority_rank(priority),
        "priority_reason": priority_reason.strip()[:200],
        "citizen": citizen,
        "application": application,
        "issued_at": now,
        "booked_for": booked_for,
    }
    in_queue = source != TicketSource.ONLINE
    for attempt in range(3):
        try:
            with transaction.atomic():
                number = _next_number(booth.mall_id, day, service.queue_prefix)
                # Counted under the sequence's row lock: two kiosks cannot both
                # take the last ticket of the quota.
                _check_quota(service=service, booth=booth, day=day, source=source)
                ticket = Ticket.objects.create(
                    **fields,
                    number=number,
                    queued_at=now if in_queue else None,
                    checked_in_at=now if in_queue else None,
                    check_in_code="" if in_queue else _check_in_code(),
                )
                _event(ticket, from_status="", by=citizen)
                return ticket
        except IntegrityError as error:
            same_key = Ticket.objects.filter(issue_key=issue_key).first()
            if same_key is not None:  # the other tap won the race
                return same_key
            if citizen is not None and _holds_ticket(citizen, service, day):
                raise DomainError(
                    _("You already have a ticket for this service on that day.")
                ) from error
            if in_queue or attempt == 2:
                raise
            # else a check-in code already given today at this mall: draw again
    raise AssertionError("unreachable")


def _insert_select(
    model, computed: dict[str, str], given: frozenset[str]
) -> tuple[str, str, tuple]:
    """The column list, the SELECT list and the bound fields of an `INSERT ...
    SELECT` of one `model` row: every concrete column but the primary key, built
    from the model, so a new field cannot be left out. A `computed` column takes
    its SQL expression (attname -> SQL); one `given` for each row, or whose
    default is made anew for each row (a uuid), takes a `%s` (its value from
    `_row_values`); any other column takes its constant default, written into the
    statement (fewer values to send with every row)."""
    columns, selects, bound = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(connection.ops.quote_name(field.column))
        if field.attname in computed:
            selects.append(computed[field.attname])
        elif field.attname in given or (
            field.has_default() and callable(field.default)
        ):
            selects.append("%s")
            bound.append(field)
        else:
            # A default the database or a pre_save makes is not a constant.
            if field.has_db_default() or getattr(field, "auto_now", False):
                raise ImproperlyConfigured(f"{field} has no constant default.")
            default = field.get_db_prep_save(field.get_default(), connection)
            literal = psycopg_sql.Literal(default).as_string(None)
            selects.append(literal.replace("%", "%%"))  # not a placeholder
    return ", ".join(columns), ", ".join(selects), tuple(bound)


def _row_values(fields: tuple, values: dict) -> list:
    """The values of `fields` (`_insert_select`'s bound ones) for one row:
    `values`, else the field's default, as `Model()` would make it."""
    return [
        field.get_db_prep_save(
            values[field.attname] if field.attname in values else field.get_default(),
            connection,
        )
        for field in fields
    ]


_TAP_TICKET = {
    "mall_id": "choice.mall_id",
    "booth_id": "choice.booth_id",
    "service_id": "choice.service_id",
    "prefix": "choice.prefix",
    "number": "seq.last_number",
}
_TAP_EVENT = {"ticket_id": "new.id", "mall_id": "new.mall_id", "day": "new.day"}


#: Stand-ins for the slugs in the compiled choice (`_kiosk_tap_sql`); no slug
#: has a NUL character.
_MALL_SLUG, _SERVICE_SLUG = "\x00mall", "\x00service"


@functools.cache
def _kiosk_tap_sql(
    ticket_given: frozenset[str], event_given: frozenset[str]
) -> tuple[str, tuple, tuple, tuple]:
    """The kiosk's tap as one statement (`ticket_take_at_kiosk`), the values of
    its choice (with `_MALL_SLUG` and `_SERVICE_SLUG` standing in), and the fields
    bound for the ticket and for the event (those `given`); the same text for the
    life of the process, so PostgreSQL plans it once per connection."""
    q = connection.ops.quote_name
    ticket_columns, ticket_selects, ticket_bound = _insert_select(
        Ticket, _TAP_TICKET, ticket_given
    )
    event_columns, event_selects, event_bound = _insert_select(
        TicketEvent, _TAP_EVENT, event_given
    )
    sequence = q(TicketSequence._meta.db_table)
    # Where the ticket goes, as the kiosk's choice finds it, but only for a
    # service without a quota; compiled with stand-ins for the two slugs.
    choice, choice_params = (
        selectors.kiosk_booths(
            mall_slug=_MALL_SLUG, service_slug=_SERVICE_SLUG, daily_quota=None
        )
        .values_list("mall_id", "pk", "services__pk", "services__queue_prefix")[:1]
        .query.sql_with_params()
    )
    sql = f"""
        WITH choice AS (
            SELECT mall_id, pk AS booth_id, services__pk AS service_id,
                   services__queue_prefix AS prefix
            FROM ({choice}) AS offering
        ), seq AS (
            INSERT INTO {sequence} (mall_id, day, prefix, last_number)
            SELECT mall_id, %s, prefix, 1 FROM choice
            ON CONFLICT (mall_id, day, prefix)
            DO UPDATE SET last_number = {sequence}.last_number + 1
            RETURNING last_number
        ), new AS (
            INSERT INTO {q(Ticket._meta.db_table)} ({ticket_columns})
            SELECT {ticket_selects} FROM choice, seq
            RETURNING id, uuid, mall_id, day
        ), event AS (
            INSERT INTO {q(TicketEvent._meta.db_table)} ({event_columns})
            SELECT {event_selects} FROM new
        )
        SELECT uuid FROM new
    """  # noqa: S608 - names from the models, values bound or constant
    return sql, choice_params, ticket_bound, event_bound


def ticket_take_at_kiosk(
    *,
    mall_slug: str,
    service_slug: str,
    issue_key: uuid_lib.UUID,
    priority: str = PriorityClass.NONE,
    priority_reason: str = "",
    now: dt.datetime | None = None,
) -> uuid_lib.UUID | None:
    """A kiosk's tap in one statement on PostgreSQL: the uuid of the new ticket (or
    of the first ticket of a double tap), or None when the caller must take the
    general path (`ticket_issue`): not PostgreSQL, no open booth of the open mall
    offers that service at the counter, the service has a daily quota, or a
    constraint failed for another reason.

    The choice of mall, service and booth (as `_kiosk_choice` makes it), the day's
    number (`_next_number`'s upsert), the ticket and its event are one prepared
    `WITH ... INSERT` statement in its own transaction: one round trip, planned once
    per connection (mpp/postgresql's prepared cursor), instead of a cache look-up
    and five statements. Numbers stay exact as in
    `ticket_issue` (the upsert locks the sequence row until the statement commits).
    A quota cannot be counted here (the statement's snapshot predates that lock),
    so those services take the general path."""
    if not getattr(connection, "prepares", False):  # not mpp.postgresql, or a pooler
        return None
    if priority != PriorityClass.NONE and not priority_reason.strip():
        return None  # the general path explains
    now = now or timezone.now()
    day = timezone.localdate(now)
    ticket = {
        "issue_key": issue_key,
        "day": day,
        "source": TicketSource.KIOSK,
        "priority": priority,
        "priority_rank": _priority_rank(priority),
        "priority_reason": priority_reason.strip()[:200],
        "issued_at": now,
        "queued_at": now,
        "checked_in_at": now,
        "check_in_code": "",
    }
    event = {"from_status": "", "to_status": T.WAITING, "at": now}
    sql, choice_params, ticket_fields, event_fields = _kiosk_tap_sql(
        frozenset(ticket), frozenset(event)
    )
    slugs = {_MALL_SLUG: mall_slug, _SERVICE_SLUG: service_slug}
    params = [
        *(slugs.get(value, value) for value in choice_params),
        day,
        *_row_values(ticket_fields, ticket),
        *_row_values(event_fields, event),
    ]
    try:
        # A savepoint only inside a transaction (tests, a caller's atomic): on its
        # own the statement is its own transaction, one round trip.
        with (
            transaction.atomic() if connection.in_atomic_block else nullcontext(),
            connection.prepared_cursor() as cursor,  # mpp/postgresql
        ):
            cursor.execute(sql, params)
            row = cursor.fetchone()
    except IntegrityError:
        # A double tap (the unique issue_key): the first tap's ticket. Anything
        # else: the general path says what is wrong.
        return (
            Ticket.objects.filter(issue_key=issue_key)
            .values_list("uuid", flat=True)
            .first()
        )
    return None if row is None else row[0]


#: No 0/O, 1/I/L: read aloud or typed on a kiosk without doubt.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def _check_in_code() -> str:
    """Six characters, about 887 million codes; unique per mall and day (a
    constraint): ticket_issue draws again on a clash."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def ticket_find_for_check_in(*, mall_id: int, code: str, day: dt.date) -> Ticket:
    normalized = "".join(ch for ch in code.upper() if ch.isalnum())
    ticket = Ticket.objects.filter(
        mall_id=mall_id, day=day, check_in_code=normalized
    ).first()
    if ticket is None:
        raise DomainError(_("No booking with this code today at this mall."))
    return ticket


def _holds_ticket(citizen: User, service: Service, day: dt.date) -> bool:
    return (
        Ticket.objects.filter(citizen=citizen, service=service, day=day)
        .exclude(status__in=[T.CANCELLED, T.TRANSFERRED])
        .exists()
    )


def _next_number(mall_id: int, day: dt.date, prefix: str) -> int:
    """The next number of the day for `prefix` at the mall, in one statement: the
    day's first ticket inserts the sequence at 1, every later one adds one to it,
    and the number comes back (INSERT ... ON CONFLICT ... RETURNING, on PostgreSQL
    and SQLite 3.35+). The row stays locked until commit: no one else gets this
    number, and two kiosks racing for the day's first ticket are serialized by the
    unique constraint instead of failing. Raw SQL: the ORM's upsert
    (`bulk_create(update_conflicts=True)`) cannot add to the stored value."""
    table = connection.ops.quote_name(TicketSequence._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (mall_id, day, prefix, last_number) "  # noqa: S608
            "VALUES (%s, %s, %s, 1) "
            "ON CONFLICT (mall_id, day, prefix) "
            f"DO UPDATE SET last_number = {table}.last_number + 1 "
            "RETURNING last_number",
            [mall_id, connection.ops.adapt_datefield_value(day), prefix],
        )
        return cursor.fetchone()[0]


def _check_quota(*, service: Service, booth: Booth, day: dt.date, source: str) -> None:
    if service.daily_quota is None:
        return
    issued = Ticket.objects.filter(
        service=service, mall_id=booth.mall_id, day=day
    ).exclude(status=T.CANCELLED)
    if issued.count() >= service.daily_quota:
        raise DomainError(_("Today's quota for this service is used up."))
    if source == TicketSource.ONLINE:
        online_quota = service.daily_quota * service.online_share // 100
        if issued.filter(source=TicketSource.ONLINE).count() >= online_quota:
            raise DomainError(_("No more online tickets for this service on that day."))


def ticket_check_in(*, ticket: Ticket, now: dt.datetime | None = None) -> Ticket:
    """An online ticket's holder arrived: the ticket joins the queue at the later of
    its booked time and now."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_ticket(ticket)
        if locked.status != T.WAITING:
            raise DomainError(_("This ticket is not waiting any more."))
        if locked.queued_at is not None:
            return locked  # already checked in: a second scan changes nothing
        if locked.day != timezone.localdate(now):
            raise DomainError(_("This ticket is for another day."))
        locked.checked_in_at = now
        locked.queued_at = max(now, locked.booked_for or now)
        locked.save(update_fields=["checked_in_at", "queued_at"])
        # Not a status change, but the queue changed: the event moves the display
        # boards' version (queueing.selectors.board_version) like a recall does.
        _event(locked, from_status=T.WAITING, by=locked.citizen, note="check-in")
        return locked


def ticket_cancel(*, ticket: Ticket, citizen: User) -> Ticket:
    with transaction.atomic():
        locked = _lock_ticket(ticket)
        if locked.citizen_id != citizen.pk:
            raise DomainError(_("This is not your ticket."))
        return _move(locked, to=T.CANCELLED, by=citizen, finished_at=timezone.now())


# ---------------------------------------------------------------- counters
def counter_open(
    *, counter: Counter, officer: User, services: list[Service]
) -> CounterSession:
    _ensure_booth_staff(counter, officer)
    booth = counter.booth
    offered = set(booth.services.values_list("pk", flat=True))
    chosen = [s for s in services if s.pk in offered]
    if not chosen:
        raise DomainError(_("Choose at least one of the booth's services."))
    try:
        with transaction.atomic():
            session = CounterSession.objects.create(
                counter=counter, officer=officer, day=timezone.localdate()
            )
            session.services.set(chosen)
    except IntegrityError as error:
        raise DomainError(_("This counter is already open.")) from error
    return session


def counter_close(*, counter: Counter, officer: User) -> CounterSession:
    """Close the counter: a called ticket goes back to the queue (keeping its place);
    a ticket being served must be finished, transferred or set aside first."""
    with transaction.atomic():
        session = _session_for(counter, officer)
        held = Ticket.objects.select_for_update().filter(
            counter=counter, status__in=AT_COUNTER
        )
        for ticket in held:
            if ticket.status == T.SERVING:
                raise DomainError(
                    _("Finish or transfer ticket %(number)s before closing.")
                    % {"number": ticket.display_number}
                )
            _move(
                ticket,
                to=T.WAITING,
                by=officer,
                note="counter closed",
                counter=None,
                officer=None,
            )
        session.closed_at = timezone.now()
        session.save(update_fields=["closed_at"])
        return session


# ---------------------------------------------------------------- calling
def ticket_call_next(
    *, counter: Counter, officer: User, expected_ticket: int | None = None
) -> Ticket | None:
    """Call the next ticket to `counter`, or None when nobody waits. `expected_ticket`
    is the ticket the console showed at this counter (None: none); anything else
    means a stale console and is refused."""
    now = timezone.now()
    with transaction.atomic():
        session = _free_session(
            counter,
            officer,
            expected_ticket,
            _("Finish the current ticket before calling the next."),
        )
        # The ids as a list, not a subquery: with `IN (SELECT ...)` PostgreSQL
        # sorts every waiting ticket (11 ms over 10,000) instead of reading the
        # first one off queueing_waiting_idx (0.15 ms).
        service_ids = list(session.services.values_list("pk", flat=True))
        ticket = (
            Ticket.objects.select_for_update(skip_locked=True)
            .filter(
                mall_id=counter.booth.mall_id,
                day=timezone.localdate(now),
                service_id__in=service_ids,
                status=T.WAITING,
                queued_at__isnull=False,
            )
            .order_by("-priority_rank", "queued_at", "pk")
            .first()
        )
        if ticket is None:
            return None
        _move(
            ticket,
            to=T.CALLED,
            by=officer,
            counter=counter,
            officer=officer,
            call_count=1,
            called_at=now,
            last_called_at=now,
        )
        _notify_called(ticket)
        _notify_few_ahead(ticket, now=now)
        return ticket


def _held(counter: Counter, officer: User, ticket_id: int, status: set[str]) -> Ticket:
    session = _session_for(counter, officer)
    ticket = (
        Ticket.objects.select_for_update()
        .filter(pk=ticket_id, counter_id=session.counter_id, status__in=status)
        .first()
    )
    if ticket is None:
        raise StaleConsole
    return ticket


def ticket_recall(*, counter: Counter, officer: User, ticket_id: int) -> Ticket:
    """Call the ticket again (not before the cool-down); past the last recall it
    becomes a no-show and the counter is free."""
    now = timezone.now()
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.CALLED})
        cooldown = dt.timedelta(seconds=settings.MPP_QUEUE_RECALL_COOLDOWN_SECONDS)
        if ticket.last_called_at and now - ticket.last_called_at < cooldown:
            raise DomainError(
                _("Wait a moment before calling %(number)s again.")
                % {"number": ticket.display_number}
            )
        if ticket.call_count >= settings.MPP_QUEUE_MAX_CALLS:
            return _move(ticket, to=T.NO_SHOW, by=officer, finished_at=now)
        ticket.call_count += 1
        ticket.last_called_at = now
        ticket.save(update_fields=["call_count", "last_called_at"])
        _event(ticket, from_status=T.CALLED, by=officer, note="recall")
        _notify_called(ticket)
        return ticket


def ticket_no_show(*, counter: Counter, officer: User, ticket_id: int) -> Ticket:
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.CALLED})
        return _move(ticket, to=T.NO_SHOW, by=officer, finished_at=timezone.now())


def ticket_start(*, counter: Counter, officer: User, ticket_id: int) -> Ticket:
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.CALLED})
        return _move(ticket, to=T.SERVING, by=officer, started_at=timezone.now())


def ticket_finish(
    *, counter: Counter, officer: User, ticket_id: int, outcome: str = ""
) -> Ticket:
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.SERVING})
        survey_actions.survey_invite_on_commit(ticket=ticket)
        return _move(
            ticket,
            to=T.DONE,
            by=officer,
            finished_at=timezone.now(),
            outcome=outcome.strip()[:200],
        )


def ticket_park(*, counter: Counter, officer: User, ticket_id: int) -> Ticket:
    """Set the ticket being served aside (the counter may call the next)."""
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.SERVING})
        return _move(ticket, to=T.PARKED, by=officer)


def ticket_resume(
    *, counter: Counter, officer: User, ticket_id: int, expected_ticket: int | None
) -> Ticket:
    """Serve a set-aside ticket again, at the counter that set it aside."""
    with transaction.atomic():
        session = _free_session(
            counter,
            officer,
            expected_ticket,
            _("Finish the current ticket before resuming another."),
        )
        ticket = (
            Ticket.objects.select_for_update()
            .filter(pk=ticket_id, counter_id=session.counter_id, status=T.PARKED)
            .first()
        )
        if ticket is None:
            raise StaleConsole
        return _move(ticket, to=T.SERVING, by=officer)


def ticket_transfer(
    *, counter: Counter, officer: User, ticket_id: int, service: Service, booth: Booth
) -> Ticket:
    """Send the ticket being served to another service or booth of the same mall: a
    new ticket there (with its own number) keeps the original place in the queue."""
    with transaction.atomic():
        ticket = _held(counter, officer, ticket_id, {T.SERVING})
        if booth.mall_id != ticket.mall_id:
            raise DomainError(_("Transfers stay within the mall."))
        if not service.booths.filter(pk=booth.pk).exists():
            raise DomainError(_("This service is not offered at this booth."))
        if ticket.citizen_id and _holds_ticket(ticket.citizen, service, ticket.day):
            raise DomainError(
                _("This citizen already holds a ticket for that service today.")
            )
        _move(ticket, to=T.TRANSFERRED, by=officer, finished_at=timezone.now())
        new = Ticket.objects.create(
            issue_key=uuid_lib.uuid4(),
            mall_id=ticket.mall_id,
            booth=booth,
            service=service,
            day=ticket.day,
            prefix=service.queue_prefix,
            number=_next_number(ticket.mall_id, ticket.day, service.queue_prefix),
            source=TicketSource.OFFICER,
            priority=ticket.priority,
            priority_rank=ticket.priority_rank,
            priority_reason=ticket.priority_reason,
            citizen=ticket.citizen,
            application=ticket.application,
            issued_at=timezone.now(),
            checked_in_at=ticket.checked_in_at,
            queued_at=ticket.queued_at,
            transferred_from=ticket,
        )
        _event(new, from_status="", by=officer, note=f"from {ticket.display_number}")
        return new


# ---------------------------------------------------------------- end of day
def close_day(*, day: dt.date) -> int:
    """The end of `day` (and of any earlier day left open): tickets still waiting or
    called become no-shows, tickets being served or set aside are done (nothing is
    left at a counter overnight, where it would block the counter's first call the
    next morning), and open counters close. Idempotent. Returns how many tickets
    changed."""
    changed = 0
    now = timezone.now()
    with transaction.atomic():
        open_tickets = Ticket.objects.select_for_update(skip_locked=True).filter(
            day__lte=day, status__in=[T.WAITING, T.CALLED, T.SERVING, T.PARKED]
        )
        for ticket in open_tickets:
            if ticket.status in (T.WAITING, T.CALLED):
                _move(ticket, to=T.NO_SHOW, by=None, note="end of day")
            else:
                _move(ticket, to=T.DONE, by=None, note="end of day", finished_at=now)
            changed += 1
        CounterSession.objects.filter(day__lte=day, closed_at__isnull=True).update(
            closed_at=now
        )
    return changed


# ---------------------------------------------------------------- online booking
def booking_refusal(
    *, mall, day: dt.date, at: dt.time, now: dt.datetime | None = None
) -> str:
    """Why a booking at `mall` on `day` at `at` cannot be made ("" when it can):
    days ahead, closures and holidays, opening hours, the day's cut-off, the past."""
    now = timezone.localtime(now or timezone.now())
    today = now.date()
    if day < today:
        return _("That day has passed.")
    if (day - today).days > settings.MPP_QUEUE_BOOK_DAYS_AHEAD:
        return _("Tickets can be booked up to %(days)s days ahead.") % {
            "days": settings.MPP_QUEUE_BOOK_DAYS_AHEAD
        }
    hours = mall.opening_hours.filter(weekday=day.isoweekday()).first()
    closed = calendar.mall_closures(mall=mall, start=day, end=day)
    if hours is None or day in closed or day in calendar.national_days_off(day.year):
        return _("The mall is closed on that day.")
    if not hours.opens_at <= at < hours.closes_at:
        return _("The mall is open from %(opens)s to %(closes)s that day.") % {
            "opens": hours.opens_at.strftime("%H:%M"),
            "closes": hours.closes_at.strftime("%H:%M"),
        }
    cutoff = (
        dt.datetime.combine(day, hours.closes_at)
        - dt.timedelta(minutes=settings.MPP_QUEUE_ONLINE_CUTOFF_MINUTES)
    ).time()
    if at >= cutoff:
        return _("Online tickets for that day are taken until %(time)s.") % {
            "time": cutoff.strftime("%H:%M")
        }
    if day == today and at < now.time():
        return _("That time has passed: choose a later one.")
    return ""


def ticket_book(
    *,
    citizen: User,
    booth: Booth,
    service: Service,
    day: dt.date,
    at: dt.time,
    issue_key: uuid_lib.UUID,
    application=None,
) -> Ticket:
    """An online ticket for `day` at `at`: no place in the queue until the citizen
    checks in on arrival (then from the later of `at` and the check-in)."""
    refusal = booking_refusal(mall=booth.mall, day=day, at=at)
    if refusal:
        raise DomainError(refusal)
    if application is not None and (
        application.citizen_id != citizen.pk or application.service_id != service.pk
    ):
        raise DomainError(_("This application is not yours or not for this service."))
    booked_for = timezone.make_aware(dt.datetime.combine(day, at))
    return ticket_issue(
        booth=booth,
        service=service,
        issue_key=issue_key,
        source=TicketSource.ONLINE,
        citizen=citizen,
        application=application,
        booked_for=booked_for,
    )
