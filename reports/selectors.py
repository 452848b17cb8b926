"""The dashboards' figures over a period, per mall, booth, agency or service, read
from summary rows only (reports.models.ApplicationDayFigures and
queueing.models.QueueDayFigures): one query per source, whatever the period.

A dashboard is one `Summary`: its groups (rows) and, per source, a table of
columns. Adding a source later (the IKM from the satisfaction surveys, the
complaints, done below) means: a day-summary model, a `_<source>_rows()` function
here returning {group key: (labels, values)} in one query, its `Column`s, one
entry in `TABLES` and its `Grouping` in each entry of `DIMENSIONS`; the page and
the downloads follow `TABLES`.

Percentiles:
- processing time (working days): exact nearest-rank median and 90th percentile
  over the period, from the summed per-day histograms;
- queue wait: QueueDayFigures keeps one 90th percentile per day, and no mean or
  maximum of daily percentiles is the period's percentile, so the dashboard shows
  the range of the daily values (best and worst day) and says so. The average wait
  is exact: daily averages weighted by the day's called tickets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, F, Max, Min, Q, Sum
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from agencies.constants import BoothRole, Regency
from agencies.models import Mall
from agencies.permissions import Actor
from mpp.cache import cached_under_token, token_bump
from queueing.models import QueueDayFigures
from reports.figures import SURVEY_SUMS, histogram_add, percentile
from reports.models import ApplicationDayFigures, ComplaintDayFigures, SurveyDayFigures
from surveys import ikm
from surveys.models import GRADE_NAMES
from surveys.questionnaire import ELEMENT_FIELDS


def scope_q(actor: Actor) -> Q | None:
    """Summary rows (with mall and booth) the actor may read; None for nobody:
    officers read their counter's figures on the console."""
    if actor.is_provincial_admin:
        return Q()
    if not (actor.managed_mall_ids or actor.supervised_booth_ids):
        return None
    return Q(mall_id__in=actor.managed_mall_ids) | Q(
        booth_id__in=actor.supervised_booth_ids
    )


def visible_malls(actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of the malls the actor may filter by, by name (one query)."""
    malls = Mall.objects.order_by("name")
    if not actor.is_provincial_admin:
        ids = set(actor.managed_mall_ids) | {
            s.mall_id for s in actor.seats if s.role == BoothRole.SUPERVISOR
        }
        malls = malls.filter(pk__in=ids)
    return list(malls.values_list("pk", "name"))


# ---------------------------------------------------------------- groups
@dataclass(frozen=True)
class Grouping:
    """How one source's rows are keyed and named for one kind of group."""

    key: str
    labels: tuple[str, ...]


_MALL = Grouping("mall_id", ("mall__name", "mall__regency"))
_BOOTH = Grouping("booth_id", ("booth__agency__short_name", "mall__name"))
_SERVICE = Grouping("service_id", ("service__name", "service__agency__short_name"))
#: Per kind of group, how each table's source (TABLES) keys and names its rows.
_BOOTH_AGENCY = Grouping(
    "booth__agency_id", ("booth__agency__name", "booth__agency__short_name")
)
_FROM_BOOTH = ("antrean", "ikm", "pengaduan")  # sources keyed by booth, no agency
DIMENSIONS: dict[str, dict[str, Grouping]] = {
    "mpp": {"permohonan": _MALL} | dict.fromkeys(_FROM_BOOTH, _MALL),
    "gerai": {"permohonan": _BOOTH} | dict.fromkeys(_FROM_BOOTH, _BOOTH),
    "instansi": {
        "permohonan": Grouping("agency_id", ("agency__name", "agency__short_name")),
    }
    | dict.fromkeys(_FROM_BOOTH, _BOOTH_AGENCY),
    "layanan": {"permohonan": _SERVICE} | dict.fromkeys(_FROM_BOOTH, _SERVICE),
}


@dataclass
class Group:
    key: int
    label: str
    detail: str
    values: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------- columns
@dataclass(frozen=True)
class Column:
    key: str
    header: str
    #: "int", "percent" (0–100, one decimal), "decimal" (one decimal), "ikm" (two
    #: decimals, or NOT_COMPUTABLE) or "text"
    kind: str = "int"


@dataclass(frozen=True)
class Table:
    slug: str  # in the download's URL
    title: str
    columns: tuple[Column, ...]
    rows: Callable[..., dict]
    totals: Callable[[list[dict]], dict]


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _minutes(seconds: float | None) -> float | None:
    return round(seconds / 60, 1) if seconds is not None else None


def _application_values(
    received: int, completed: int, on_time: int, histogram: dict[str, int]
) -> dict:
    return {
        "received": received,
        "completed": completed,
        "completed_on_time": on_time,
        "on_time_share": _share(on_time, completed),
        "median_days": percentile(histogram, 0.5),
        "p90_days": percentile(histogram, 0.9),
        "_histogram": histogram,
    }


def _application_rows(scope: Q, start: dt.date, end: dt.date, grouping: Grouping):
    """One query: sums per group and histogram (equal histograms are summed by the
    database; the rest in Python, as plain tuples: a year of a province's rows is
    tens of thousands)."""
    rows = (
        ApplicationDayFigures.objects.filter(scope, day__range=(start, end))
        .values(grouping.key, *grouping.labels, "processing_days")
        .annotate(
            received_sum=Sum("received"),
            completed_sum=Sum("completed"),
            on_time_sum=Sum("completed_on_time"),
            days=Count("pk"),
        )
        .order_by()
        .values_list(
            grouping.key,
            "received_sum",
            "completed_sum",
            "on_time_sum",
            "days",
            "processing_days",
            *grouping.labels,
        )
    )
    labels: dict[int, tuple] = {}
    sums: dict[int, list[int]] = {}
    histograms: dict[int, dict[str, int]] = {}
    for key, received, completed, on_time, days, histogram, *names in rows:
        total = sums.get(key)
        if total is None:
            labels[key] = tuple(names)
            total = sums[key] = [0, 0, 0]
            histograms[key] = {}
        total[0] += received
        total[1] += completed
        total[2] += on_time
        if histogram:
            group_histogram = histograms[key]
            # Each of the `days` rows grouped here holds this same histogram.
            for value, count in histogram.items():
                group_histogram[value] = group_histogram.get(value, 0) + count * days
    return {
        key: (labels[key], _application_values(*total, histograms[key]))
        for key, total in sums.items()
    }


def _application_totals(values: list[dict]) -> dict:
    histogram: dict[str, int] = {}
    for v in values:
        histogram_add(histogram, v["_histogram"])
    return _application_values(
        sum(v["received"] for v in values),
        sum(v["completed"] for v in values),
        sum(v["completed_on_time"] for v in values),
        histogram,
    )


def _queue_values(sums: dict) -> dict:
    return {
        "issued": sums["issued"],
        "served": sums["served"],
        "no_shows": sums["no_shows"],
        "no_show_share": _share(sums["no_shows"], sums["issued"]),
        "wait_average_min": _minutes(
            sums["wait_weighted"] / sums["called_timed"]
            if sums["called_timed"]
            else None
        ),
        "wait_p90_best_min": _minutes(sums["p90_best"]),
        "wait_p90_worst_min": _minutes(sums["p90_worst"]),
        "_sums": sums,
    }


def _queue_rows(scope: Q, start: dt.date, end: dt.date, grouping: Grouping):
    timed = Q(wait_average_s__isnull=False)
    rows = (
        QueueDayFigures.objects.filter(scope, day__range=(start, end))
        .values(grouping.key, *grouping.labels)
        .annotate(
            issued=Sum("issued"),
            served=Sum("served"),
            no_shows=Sum("no_shows"),
            wait_weighted=Sum(F("wait_average_s") * F("called"), filter=timed),
            called_timed=Sum("called", filter=timed),
            p90_best=Min("wait_p90_s"),
            p90_worst=Max("wait_p90_s"),
        )
        .order_by()
    )
    return {
        row[grouping.key]: (
            tuple(row[name] for name in grouping.labels),
            _queue_values(
                {
                    **{k: row[k] or 0 for k in ("issued", "served", "no_shows")},
                    "wait_weighted": row["wait_weighted"] or 0,
                    "called_timed": row["called_timed"] or 0,
                    "p90_best": row["p90_best"],
                    "p90_worst": row["p90_worst"],
                }
            ),
        )
        for row in rows
    }


def _queue_totals(values: list[dict]) -> dict:
    sums = [v["_sums"] for v in values]
    best = [s["p90_best"] for s in sums if s["p90_best"] is not None]
    worst = [s["p90_worst"] for s in sums if s["p90_worst"] is not None]
    return _queue_values(
        {
            **{
                k: sum(s[k] for s in sums)
                for k in ("issued", "served", "no_shows", "wait_weighted")
            },
            "called_timed": sum(s["called_timed"] for s in sums),
            "p90_best": min(best, default=None),
            "p90_worst": max(worst, default=None),
        }
    )


#: Shown for an IKM with an element nobody answered: never 0.
NOT_COMPUTABLE = _("not yet computable")


def _survey_values(sums: dict) -> dict:
    """IKM and grade by surveys.ikm from the summed per-element sums and counts:
    exact over any period (NRR = Σ answers ÷ Σ respondents who answered)."""
    scores = [
        ikm.ElementScore(total=sums[f"{name}_sum"], answered=sums[f"{name}_n"])
        for name in ELEMENT_FIELDS
    ]
    value = ikm.ikm(scores)
    found = ikm.grade(value)
    return {
        "respondents": sums["respondents"],
        "ikm": NOT_COMPUTABLE if value is None else value,
        "grade": None
        if found is None
        else f"{found.letter} ({GRADE_NAMES[found.letter]})",
        "_ikm": value,
        "_sums": sums,
    }


def _survey_rows(scope: Q, start: dt.date, end: dt.date, grouping: Grouping):
    rows = (
        SurveyDayFigures.objects.filter(scope, day__range=(start, end))
        .values(grouping.key, *grouping.labels)
        .annotate(**{f"{name}_total": Sum(name) for name in SURVEY_SUMS})
        .order_by()
    )
    return {
        row[grouping.key]: (
            tuple(row[name] for name in grouping.labels),
            _survey_values({name: row[f"{name}_total"] or 0 for name in SURVEY_SUMS}),
        )
        for row in rows
    }


def _survey_totals(values: list[dict]) -> dict:
    return _survey_values(
        {name: sum(v["_sums"][name] for v in values) for name in SURVEY_SUMS}
    )


def _complaint_values(sums: dict) -> dict:
    return {
        "received": sums["received"],
        "answered": sums["answered"],
        "answered_on_time": sums["answered_on_time"],
        "on_time_share": _share(sums["answered_on_time"], sums["answered"]),
        "open": sums["open"],
        "overdue": sums["overdue"],
        "_sums": sums,
    }


_COMPLAINT_FLOWS = ("received", "answered", "answered_on_time")


def _complaint_rows(scope: Q, start: dt.date, end: dt.date, grouping: Grouping):
    """Flows summed over the period; open and overdue are the snapshot of the
    period's last day, today's for a period not over yet (ComplaintDayFigures)."""
    last = min(end, timezone.localdate())
    rows = (
        ComplaintDayFigures.objects.filter(scope, day__range=(start, end))
        .values(grouping.key, *grouping.labels)
        .annotate(
            **{f"{name}_total": Sum(name) for name in _COMPLAINT_FLOWS},
            open_total=Sum("open", filter=Q(day=last)),
            overdue_total=Sum("overdue", filter=Q(day=last)),
        )
        .order_by()
    )
    out = {}
    for row in rows:
        labels = tuple(row[name] for name in grouping.labels)
        if row[grouping.key] is None:  # complaints naming no service
            labels = (_("No service named"), "")
        out[row[grouping.key]] = (
            labels,
            _complaint_values(
                {
                    name: row[f"{name}_total"] or 0
                    for name in (*_COMPLAINT_FLOWS, "open", "overdue")
                }
            ),
        )
    return out


def _complaint_totals(values: list[dict]) -> dict:
    return _complaint_values(
        {
            name: sum(v["_sums"][name] for v in values)
            for name in (*_COMPLAINT_FLOWS, "open", "overdue")
        }
    )


TABLES: dict[str, Table] = {
    "permohonan": Table(
        slug="permohonan",
        title=_("Online applications"),
        columns=(
            Column("received", _("Received")),
            Column("completed", _("Completed")),
            Column("completed_on_time", _("Completed on time")),
            Column("on_time_share", _("Completed on time (%)"), "percent"),
            Column("median_days", _("Median processing time (working days)")),
            Column("p90_days", _("90th percentile processing time (working days)")),
        ),
        rows=_application_rows,
        totals=_application_totals,
    ),
    "antrean": Table(
        slug="antrean",
        title=_("Queue"),
        columns=(
            Column("issued", _("Tickets issued")),
            Column("served", _("Served")),
            Column("no_shows", _("No-shows")),
            Column("no_show_share", _("No-shows (%)"), "percent"),
            Column("wait_average_min", _("Average wait (min)"), "decimal"),
            Column(
                "wait_p90_best_min",
                _("90th percentile wait, best day (min)"),
                "decimal",
            ),
            Column(
                "wait_p90_worst_min",
                _("90th percentile wait, worst day (min)"),
                "decimal",
            ),
        ),
        rows=_queue_rows,
        totals=_queue_totals,
    ),
    "ikm": Table(
        slug="ikm",
        title=_("Community satisfaction index (IKM)"),
        columns=(
            Column("respondents", _("Respondents")),
            Column("ikm", _("IKM"), "ikm"),
            Column("grade", _("Grade"), "text"),
        ),
        rows=_survey_rows,
        totals=_survey_totals,
    ),
    "pengaduan": Table(
        slug="pengaduan",
        title=_("Complaints"),
        columns=(
            Column("received", _("Received")),
            Column("answered", _("Answered")),
            Column("answered_on_time", _("Answered on time")),
            Column("on_time_share", _("Answered on time (%)"), "percent"),
            Column("open", _("Open at the end of the period")),
            Column("overdue", _("Overdue at the end of the period")),
        ),
        rows=_complaint_rows,
        totals=_complaint_totals,
    ),
}


# ---------------------------------------------------------------- summary
@dataclass
class Summary:
    groups: list[Group]
    totals: dict[str, dict]
    start: dt.date
    end: dt.date
    dimension: str

    def table_rows(self, slug: str) -> list[tuple[Group, list]]:
        """(group, its values in the table's column order) for the groups that
        have rows in that table's source."""
        columns = TABLES[slug].columns
        return [
            (g, [g.values[slug].get(c.key) for c in columns])
            for g in self.groups
            if slug in g.values
        ]

    def total_row(self, slug: str) -> list:
        return [self.totals[slug].get(c.key) for c in TABLES[slug].columns]


def _label(dimension: str, labels: tuple) -> tuple[str, str]:
    name, detail = labels
    if dimension == "mpp":
        detail = Regency(detail).label if detail in Regency.values else detail
    return str(name), str(detail or "")


def summary_get(
    *,
    scope: Q,
    start: dt.date,
    end: dt.date,
    dimension: str,
    mall_id: int | None = None,
) -> Summary:
    """The figures of `scope` (scope_q) over [start, end], per `dimension` (a key
    of DIMENSIONS), optionally of one mall only: one query per table."""
    if mall_id is not None:
        scope &= Q(mall_id=mall_id)
    groups: dict[int, Group] = {}
    for slug, table in TABLES.items():
        grouping = DIMENSIONS[dimension][slug]
        for key, (labels, values) in table.rows(scope, start, end, grouping).items():
            label, detail = _label(dimension, labels)
            group = groups.setdefault(key, Group(key, label, detail))
            group.values[slug] = values
    ordered = sorted(groups.values(), key=lambda g: (g.label.lower(), g.detail))
    totals = {
        slug: table.totals([g.values[slug] for g in ordered if slug in g.values])
        for slug, table in TABLES.items()
    }
    return Summary(ordered, totals, start, end, dimension)


# ---------------------------------------------------------------- cache
#: The token under which computed summaries are cached; figures.refresh replaces it.
VERSION_KEY = "reports:version"
#: The longest a computed summary lives whatever the token (a bulk write of
#: summary rows that forgets bump_version() is at most this late).
CACHE_SECONDS = 15 * 60


def bump_version() -> None:
    """Every cached summary is a miss from now on (called by figures.refresh after
    its writes committed: each source writes in a transaction of its own)."""
    token_bump(VERSION_KEY)


def summary_get_cached(
    *,
    scope: Q,
    start: dt.date,
    end: dt.date,
    dimension: str,
    mall_id: int | None = None,
) -> Summary:
    """`summary_get`, cached until the summary rows change: a dashboard is read
    far more often than beat refreshes its rows (every 15 minutes), and one
    summary over a year of rows costs tens of milliseconds of SQL. Stored with the
    token (mpp.cache.cached_under_token), under a key holding everything else the
    summary depends on: the scope (the actor's malls or booths), the period, the
    grouping, the mall and the language (labels are translated). Cache down:
    computed every time."""
    ident = repr((get_language(), repr(scope), start, end, dimension, mall_id))
    return cached_under_token(
        VERSION_KEY,
        "reports:summary:" + hashlib.sha256(ident.encode()).hexdigest(),
        lambda: summary_get(
            scope=scope, start=start, end=end, dimension=dimension, mall_id=mall_id
        ),
        timeout=CACHE_SECONDS,
    )
