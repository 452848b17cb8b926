"""Reads of the satisfaction survey: the visit a respondent may rate, whether it
was rated, and the IKM per service, booth, agency, mall or the province for any
period, in a fixed number of queries (sums and counts per element in one
aggregate query, the finished visits in two more; the maths is surveys.ikm's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from django.core import signing
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.utils import timezone

from agencies.models import Booth, Mall
from agencies.permissions import Actor
from applications.models import Application, ApplicationStatus
from queueing.models import Ticket, TicketStatus
from surveys import actions, ikm
from surveys.models import FollowUpPlan, SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS


# ---------------------------------------------------------------- the visit
def application_for_survey(*, user, uuid) -> Application:
    """The signed-in citizen's own application; others get 404."""
    application = (
        Application.objects.filter(uuid=uuid, citizen_id=user.pk)
        .exclude(status=ApplicationStatus.DRAFT)
        .select_related("service__agency", "mall")
        .first()
    )
    if application is None:
        raise Http404
    return application


def ticket_for_survey(*, user, uuid) -> Ticket:
    """A ticket held by the signed-in citizen; others get 404."""
    ticket = (
        Ticket.objects.filter(uuid=uuid, citizen_id=user.pk)
        .select_related("service", "mall", "booth__agency")
        .first()
    )
    if ticket is None:
        raise Http404
    return ticket


def ticket_for_walk_in(*, token: str) -> Ticket:
    """The ticket of a paper ticket's signed survey link; a tampered, foreign or
    expired link gets 404."""
    try:
        uuid = signing.loads(
            token,
            salt=actions.WALK_IN_SALT,
            max_age=actions.WALK_IN_MAX_AGE,
        )
    except signing.BadSignature:  # SignatureExpired is one too
        raise Http404 from None
    ticket = (
        Ticket.objects.filter(uuid=uuid)
        .select_related("service", "mall", "booth__agency")
        .first()
    )
    if ticket is None:
        raise Http404
    return ticket


def is_rated(*, application=None, ticket=None) -> bool:
    if application is not None:
        return SurveyResponse.objects.filter(application_id=application.pk).exists()
    return SurveyResponse.objects.filter(ticket_id=ticket.pk).exists()


def is_finished(*, application=None, ticket=None) -> bool:
    if application is not None:
        return application.status == ApplicationStatus.COMPLETED
    return ticket.status == TicketStatus.DONE


# ---------------------------------------------------------------- the index
#: What a report groups by: the response's columns (id first, then labels).
LEVELS: dict[str, tuple[str, ...]] = {
    "service": ("service_id", "service__name", "service__name_en"),
    "booth": ("booth_id", "booth__agency__short_name", "booth__mall__name"),
    "agency": ("agency_id", "agency__short_name", "agency__name", "agency__name_en"),
    "mall": ("mall_id", "mall__name"),
    "province": (),
}
#: The same key on the finished visits (a booth is its mall and agency).
_APPLICATION_KEYS = {
    "service": ("service_id",),
    "booth": ("mall_id", "service__agency_id"),
    "agency": ("service__agency_id",),
    "mall": ("mall_id",),
    "province": (),
}
_TICKET_KEYS = {
    "service": ("service_id",),
    "booth": ("booth_id",),
    "agency": ("booth__agency_id",),
    "mall": ("mall_id",),
    "province": (),
}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end + 1 day) as aware datetimes of the portal's time zone."""
        zone = timezone.get_current_timezone()
        start = dt.datetime.combine(self.start, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)
        return start, end.replace(tzinfo=zone)


@dataclass(frozen=True)
class IkmRow:
    key: int | None  # the service's, booth's, agency's or mall's id; None: province
    labels: dict
    respondents: int
    scores: tuple[ikm.ElementScore, ...]
    sample: ikm.SampleAdequacy

    # Computed once per row (exact fractions; the page reads both several times).
    @cached_property
    def value(self) -> Decimal | None:
        return ikm.ikm(self.scores)

    @cached_property
    def grade(self) -> ikm.Grade | None:
        return ikm.grade(self.value)

    @property
    def nrrs(self) -> list[Decimal | None]:
        """Each element's NRR (1–4), rounded half up to two decimals for display."""
        return [
            None if score.nrr is None else ikm.round_half_up(score.nrr)
            for score in self.scores
        ]


def _aggregates() -> dict:
    figures = {"respondents": Count("pk")}
    for field in ELEMENT_FIELDS:
        figures[f"{field}_sum"] = Sum(field)
        figures[f"{field}_n"] = Count("pk", filter=Q(**{f"{field}__isnull": False}))
    return figures


def _population(level: str, period: Period, mall_ids) -> dict:
    """Finished visits in the period per key: completed applications (by the time
    they closed) and done tickets (by the time they finished). Two queries, and
    one more for booths (applications name a booth by its mall and agency)."""
    start, end = period.bounds()
    applications = Application.objects.filter(
        status=ApplicationStatus.COMPLETED, closed_at__gte=start, closed_at__lt=end
    )
    tickets = Ticket.objects.filter(
        status=TicketStatus.DONE, finished_at__gte=start, finished_at__lt=end
    )
    if mall_ids is not None:
        applications = applications.filter(mall_id__in=mall_ids)
        tickets = tickets.filter(mall_id__in=mall_ids)
    counts: dict = {}
    if level == "province":
        counts[None] = applications.count() + tickets.count()
        return counts
    app_keys = _APPLICATION_KEYS[level]
    app_rows = applications.order_by().values(*app_keys).annotate(n=Count("pk"))
    if level == "booth":
        booths = {
            (mall_id, agency_id): pk
            for pk, mall_id, agency_id in Booth.objects.filter(
                **({"mall_id__in": mall_ids} if mall_ids is not None else {})
            ).values_list("pk", "mall_id", "agency_id")
        }
        for row in app_rows:
            key = booths.get((row["mall_id"], row["service__agency_id"]))
            counts[key] = counts.get(key, 0) + row["n"]
    else:
        for row in app_rows:
            key = row[app_keys[0]]
            counts[key] = counts.get(key, 0) + row["n"]
    ticket_key = _TICKET_KEYS[level][0]
    for row in tickets.order_by().values(ticket_key).annotate(n=Count("pk")):
        counts[row[ticket_key]] = counts.get(row[ticket_key], 0) + row["n"]
    return counts


def ikm_report(
    *, level: str, period: Period, mall_ids: list[int] | None = None
) -> list[IkmRow]:
    """The IKM of every service (booth, agency, mall; or the province, one row)
    with responses about visits finished in `period`, optionally within some
    malls. Three queries (four per booth), however many rows or responses."""
    if level not in LEVELS:
        raise ValueError(f"Unknown level {level!r}")
    start, end = period.bounds()
    responses = SurveyResponse.objects.filter(
        visit_finished_at__gte=start, visit_finished_at__lt=end
    )
    if mall_ids is not None:
        responses = responses.filter(mall_id__in=mall_ids)
    columns = LEVELS[level]
    if columns:
        rows = list(responses.order_by().values(*columns).annotate(**_aggregates()))
    else:
        rows = [responses.aggregate(**_aggregates())]
        if not rows[0]["respondents"]:
            rows = []
    population = _population(level, period, mall_ids)
    report = []
    for row in rows:
        key = row[columns[0]] if columns else None
        scores = tuple(
            ikm.ElementScore(total=row[f"{f}_sum"] or 0, answered=row[f"{f}_n"])
            for f in ELEMENT_FIELDS
        )
        report.append(
            IkmRow(
                key=key,
                labels={c: row[c] for c in columns[1:]},
                respondents=row["respondents"],
                scores=scores,
                sample=ikm.sample_adequacy(
                    # Never fewer visits than answers (a visit finished just
                    # outside the period is counted where it was answered).
                    population=max(population.get(key, 0), row["respondents"]),
                    respondents=row["respondents"],
                ),
            )
        )
    return report


# ---------------------------------------------------------------- public page
def mall_for_ikm(*, slug: str) -> Mall:
    mall = Mall.objects.filter(slug=slug, is_active=True).first()
    if mall is None:
        raise Http404
    return mall


def follow_up_plans(*, mall_ids, period: Period):
    """The plans of these malls whose period overlaps `period`, newest first."""
    return (
        FollowUpPlan.objects.filter(
            mall_id__in=mall_ids,
            period_start__lte=period.end,
            period_end__gte=period.start,
        )
        .select_related("service", "mall")
        .order_by("-period_end", "mall__name", "service__name", "pk")
    )


def malls_for_follow_up(*, actor: Actor):
    """The malls whose plans this actor writes: a manager's, or all of them."""
    malls = Mall.objects.filter(is_active=True).order_by("name")
    if actor.is_provincial_admin:
        return malls
    return malls.filter(pk__in=actor.managed_mall_ids)
