"""Reads of the counter queue: the display board, a ticket's place and wait, a
counter's console. Each answers in a fixed number of queries, whatever the number
of tickets (the board is polled by every TV of a mall)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    Avg,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.http import Http404
from django.utils import timezone

from agencies import calendar
from agencies.models import Booth, Mall
from agencies.permissions import actor_for
from queueing.announce import announcement
from queueing.models import (
    AT_COUNTER,
    Counter,
    CounterSession,
    Ticket,
    TicketEvent,
    TicketStatus,
)
from services.constants import Channel
from services.models import Service

T = TicketStatus
#: The finished tickets of the last this many minutes set the average service time.
RECENT_MINUTES = 60
#: The average service time assumed before a service has any finished ticket today.
DEFAULT_SERVICE_MINUTES = 10


def _waiting(mall_id: int, day: dt.date):
    return Ticket.objects.filter(
        mall_id=mall_id, day=day, status=T.WAITING, queued_at__isnull=False
    )


# ---------------------------------------------------------------- display board
def board_version(*, mall: Mall, day: dt.date) -> int:
    """Changes with every move of any of the mall's tickets of the day (each move
    and each recall writes an event): the board's ETag. One query."""
    return (
        TicketEvent.objects.filter(mall_id=mall.pk, day=day).aggregate(
            latest=Max("pk")
        )["latest"]
        or 0
    )


@dataclass(frozen=True)
class BoardCall:
    counter_number: int
    ticket: str  # "A-012"
    service: str
    status: str
    called_at: dt.datetime
    announcement: str


def board_state(*, mall: Mall, day: dt.date) -> dict:
    """What a mall's display board shows: the latest call per counter (newest first)
    and the people waiting per service. No personal data. Two queries."""
    latest = (
        Ticket.objects.filter(
            counter=OuterRef("pk"), day=day, last_called_at__isnull=False
        )
        .order_by("-last_called_at", "-pk")
        .values("pk")[:1]
    )
    rows = (
        Ticket.objects.filter(
            pk__in=Subquery(
                Counter.objects.filter(booth__mall_id=mall.pk, is_active=True)
                .annotate(latest=Subquery(latest))
                .filter(latest__isnull=False)
                .values("latest")
            )
        )
        .select_related("counter", "service")
        .order_by("-last_called_at", "-pk")
    )
    calls = [
        BoardCall(
            counter_number=t.counter.number,
            ticket=t.display_number,
            service=t.service.name,
            status=t.status,
            called_at=t.last_called_at,
            announcement=announcement(
                prefix=t.prefix, number=t.number, counter=t.counter.number
            ),
        )
        for t in rows
    ]
    waiting = list(
        _waiting(mall.pk, day)
        .values("service_id", "service__name", "prefix")
        .annotate(people=Count("pk"))
        .order_by("prefix", "service__name")
    )
    return {"calls": calls, "waiting": waiting}


# ---------------------------------------------------------------- a ticket
@dataclass(frozen=True)
class Place:
    ahead: int  # people before this ticket in its service's queue
    open_counters: int  # counters open today for its service
    minutes_low: int  # the estimated wait, as a range
    minutes_high: int


def ticket_place(ticket: Ticket) -> Place | None:
    """Where a waiting ticket stands: people ahead (priority first, then arrival),
    open counters, and the wait as a range (average service time ÷ open counters ×
    (people ahead + 1), ±25 %). The service time is the average over the service's
    tickets finished at the mall in the last RECENT_MINUTES, else over the day's,
    else DEFAULT_SERVICE_MINUTES. None when it is not in the queue (booked and not
    checked in yet, or no longer waiting). Two queries: the people ahead and the
    service times come from one aggregate."""
    if ticket.status != T.WAITING or ticket.queued_at is None:
        return None
    rank, since = ticket.priority_rank, ticket.queued_at
    took = ExpressionWrapper(
        F("finished_at") - F("started_at"), output_field=DurationField()
    )
    done = Q(status=T.DONE, started_at__isnull=False, finished_at__isnull=False)
    recent = timezone.now() - dt.timedelta(minutes=RECENT_MINUTES)
    figures = Ticket.objects.filter(
        mall_id=ticket.mall_id, day=ticket.day, service_id=ticket.service_id
    ).aggregate(
        ahead=Count(
            "pk",
            filter=Q(status=T.WAITING, queued_at__isnull=False)
            & (
                Q(priority_rank__gt=rank)
                | Q(priority_rank=rank, queued_at__lt=since)
                | Q(priority_rank=rank, queued_at=since, pk__lt=ticket.pk)
            ),
        ),
        recent=Avg(took, filter=done & Q(finished_at__gte=recent)),
        day=Avg(took, filter=done),
    )
    ahead = figures["ahead"]
    open_counters = (
        CounterSession.objects.filter(
            counter__booth__mall_id=ticket.mall_id,
            day=ticket.day,
            closed_at__isnull=True,
            services=ticket.service_id,
        )
        .values("counter")
        .distinct()
        .count()
    )
    average = figures["recent"] or figures["day"]
    service_minutes = (
        max(1.0, average.total_seconds() / 60)
        if average is not None
        else DEFAULT_SERVICE_MINUTES
    )
    minutes = service_minutes * (ahead + 1) / max(open_counters, 1)
    return Place(
        ahead=ahead,
        open_counters=open_counters,
        minutes_low=int(minutes * 0.75),
        minutes_high=max(1, round(minutes * 1.25)),
    )


def ticket_get_for_citizen(*, user, uuid) -> Ticket:
    """A signed-in citizen's own ticket; others get 404."""
    ticket = (
        Ticket.objects.filter(uuid=uuid, citizen_id=user.pk)
        .select_related("service", "mall", "booth__agency", "counter")
        .first()
    )
    if ticket is None:
        raise Http404
    return ticket


def ticket_get_public(*, uuid) -> Ticket:
    """A ticket by its public id (the QR code on the paper ticket): the page shows
    no personal data, so the unguessable id is the key."""
    ticket = (
        Ticket.objects.filter(uuid=uuid)
        .select_related("service", "mall", "booth__agency", "counter")
        .first()
    )
    if ticket is None:
        raise Http404
    return ticket


# ---------------------------------------------------------------- kiosk
#: Services a citizen queues for in person (an online-only service has no counter).
AT_COUNTER_CHANNELS = [Channel.COUNTER, Channel.BOTH]


def kiosk_booths(*, mall_slug: str, service_slug: str, **service_filters):
    """The open booths of the open mall `mall_slug` that offer the active service
    `service_slug` at the counter, first by id: where a kiosk's ticket for it goes.
    `service_filters` narrow the service in the same join (`daily_quota=None`).
    The kiosk's choice and its one-statement tap (queueing.actions) both ask this."""
    return Booth.objects.filter(
        mall__slug=mall_slug,
        mall__is_active=True,
        is_active=True,
        services__slug=service_slug,
        services__is_active=True,
        services__channel__in=AT_COUNTER_CHANNELS,
        **{f"services__{name}": value for name, value in service_filters.items()},
    ).order_by("pk")


# ---------------------------------------------------------------- counters
def counters_for_staff(*, user):
    """The counters of the booths the user works at."""
    actor = actor_for(user)
    return (
        Counter.objects.filter(booth_id__in=actor.booth_ids, is_active=True)
        .select_related("booth__agency", "booth__mall")
        .annotate(
            open_since=Subquery(
                CounterSession.objects.filter(
                    counter=OuterRef("pk"), closed_at__isnull=True
                ).values("opened_at")[:1]
            )
        )
        .order_by("booth__mall__name", "booth__agency__short_name", "number")
    )


def counter_get_for_staff(*, user, counter_id: int) -> Counter:
    actor = actor_for(user)
    counter = (
        Counter.objects.filter(pk=counter_id, booth_id__in=actor.booth_ids)
        .select_related("booth__agency", "booth__mall")
        .first()
    )
    if counter is None:
        raise Http404
    return counter


def counter_open_session(
    *, counter: Counter, with_services: bool = False
) -> CounterSession | None:
    """The counter's open session; `with_services`: with what the console shows
    of its services, not their whole standard (one more query)."""
    sessions = CounterSession.objects.filter(counter=counter, closed_at__isnull=True)
    if with_services:
        sessions = sessions.prefetch_related(
            Prefetch(
                "services",
                queryset=Service.objects.only("pk", "name", "queue_prefix"),
            )
        )
    return sessions.first()


def console_desk(
    *, counter: Counter, day: dt.date | None = None, with_services: bool = False
) -> dict:
    """What the console answers every click with: the counter's open session
    (`with_services`: for the "Today" panel too), the ticket it holds and the
    tickets it set aside today. Two queries, whatever the queue."""
    day = day or timezone.localdate()
    session = counter_open_session(counter=counter, with_services=with_services)
    tickets = list(
        Ticket.objects.filter(
            Q(status__in=AT_COUNTER) | Q(status=T.PARKED, day=day), counter=counter
        )
        .select_related("service", "application")
        .only(
            *(f.name for f in Ticket._meta.concrete_fields),
            "service__name",
            "service__queue_prefix",
            "application__uuid",
            "application__tracking_number",
        )
        .order_by("pk")
    )
    return {
        "session": session,
        "held": next((t for t in tickets if t.status in AT_COUNTER), None),
        "parked": [t for t in tickets if t.status == T.PARKED],
    }


def console_today(*, counter: Counter, session, day: dt.date | None = None) -> dict:
    """The console's "Today" panel (polled, not sent with every click): people
    waiting for the open `session`'s services and the counter's figures of the
    day. Two queries (one without an open session)."""
    day = day or timezone.localdate()
    service_ids = [s.pk for s in session.services.all()] if session else []
    waiting = (
        _waiting(counter.booth.mall_id, day).filter(service_id__in=service_ids).count()
        if service_ids
        else 0
    )
    figures = Ticket.objects.filter(counter=counter, day=day).aggregate(
        served=Count("pk", filter=Q(status=T.DONE)),
        no_shows=Count("pk", filter=Q(status=T.NO_SHOW)),
        average_service=Avg(
            ExpressionWrapper(
                F("finished_at") - F("started_at"), output_field=DurationField()
            ),
            filter=Q(status=T.DONE, started_at__isnull=False),
        ),
    )
    average = figures.pop("average_service")
    figures["average_minutes"] = (
        round(average.total_seconds() / 60, 1) if average is not None else None
    )
    return {"waiting": waiting, "figures": figures}


def console_state(*, counter: Counter, day: dt.date | None = None) -> dict:
    """The whole console (its page): the desk and the "Today" panel."""
    desk = console_desk(counter=counter, day=day, with_services=True)
    return desk | console_today(counter=counter, session=desk["session"], day=day)


# ---------------------------------------------------------------- online booking
@dataclass(frozen=True)
class BookingDay:
    day: dt.date
    opens_at: dt.time
    closes_at: dt.time
    online_left: int | None  # None: no quota


def booking_days(*, booth, service, today: dt.date | None = None) -> list[BookingDay]:
    """The days a ticket for `service` at `booth` may be booked online, with the
    online tickets left: open days within MPP_QUEUE_BOOK_DAYS_AHEAD, no national
    day off or closure. Three queries."""
    today = today or timezone.localdate()
    end = today + dt.timedelta(days=settings.MPP_QUEUE_BOOK_DAYS_AHEAD)
    hours = {h.weekday: h for h in booth.mall.opening_hours.all()}
    closed = calendar.mall_closures(mall=booth.mall, start=today, end=end)
    taken = dict(
        Ticket.objects.filter(
            service=service,
            mall_id=booth.mall_id,
            day__range=(today, end),
            source="online",
        )
        .exclude(status=T.CANCELLED)
        .values_list("day")
        .annotate(n=Count("pk"))
    )
    quota = (
        service.daily_quota * service.online_share // 100
        if service.daily_quota is not None
        else None
    )
    days = []
    for offset in range(settings.MPP_QUEUE_BOOK_DAYS_AHEAD + 1):
        day = today + dt.timedelta(days=offset)
        opening = hours.get(day.isoweekday())
        if (
            opening is None
            or day in closed
            or day in calendar.national_days_off(day.year)
        ):
            continue
        left = None if quota is None else max(0, quota - taken.get(day, 0))
        days.append(BookingDay(day, opening.opens_at, opening.closes_at, left))
    return days


def tickets_for_citizen(*, user) -> list[Ticket]:
    """The citizen's tickets, today's and later ones first."""
    today = timezone.localdate()
    return list(
        Ticket.objects.filter(
            citizen_id=user.pk, day__gte=today - dt.timedelta(days=30)
        )
        .select_related("service", "mall", "counter")
        .order_by("-day", "-pk")
    )
