"""One day's application, survey and complaint figures per booth and service
(reports.models), from the applications, responses and complaints themselves;
run for today every 15 minutes and for yesterday at night (reports/tasks.py), or
for past days with `manage.py reports_refresh --days N`.

Definitions (issue 10 §3):

- received: sent (submitted_at) that day, in Asia/Jakarta;
- completed: decided (decided_at: approved or rejected) that day;
- on time: decided on or before the due date, which application_resubmit already
  moved by the working days the application waited on the citizen;
- processing time: working days of the mall (agencies.calendar: weekends, national
  days off, the mall's closures) after the day it was sent up to the decision day,
  minus the working days it waited on the citizen (each CHANGES_REQUESTED →
  SUBMITTED stretch of its history, counted as application_resubmit counts it);
- surveys: responses whose visit finished that day, per element the sum and the
  number of answers (the IKM is computed by surveys.ikm when read);
- complaints: received (created_at) and answered (answered_at) that day, on time
  when answered on or before the due date; open and overdue at the day's end
  (see ComplaintDayFigures).

Idempotent: a refresh upserts the day's rows under their unique (day, booth,
service) and deletes the day's rows it did not write, in one transaction; two
refreshes at once write the same figures (complaints: see _refresh_complaints
for SQLite).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from django.db import connection, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from agencies import calendar
from agencies.models import Booth, Closure
from applications.models import Application, ApplicationStatus, StatusChange
from complaints.models import Complaint, ComplaintStatus
from reports.models import ApplicationDayFigures, ComplaintDayFigures, SurveyDayFigures
from surveys.models import SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS

logger = logging.getLogger(__name__)
S = ApplicationStatus
ONE_DAY = dt.timedelta(days=1)
FIGURE_FIELDS = ["mall", "agency", "received", "completed", "completed_on_time"]
#: The survey summary's sums (every element's sum and count of answers).
SURVEY_SUMS = [
    "respondents",
    *(f"{name}_{part}" for name in ELEMENT_FIELDS for part in ("sum", "n")),
]
SURVEY_FIELDS = ["mall", *SURVEY_SUMS]
COMPLAINT_FIELDS = ["received", "answered", "answered_on_time", "open", "overdue"]

Key = tuple[int, int, int]  # (mall id, agency id, service id)


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    return start, start + ONE_DAY


def percentile(histogram: Mapping[str | int, int], share: float) -> int | None:
    """The nearest-rank percentile (share 0.5: median, 0.9: 90th) of the values
    counted in `histogram` {value: count}: the smallest value with at least
    ceil(share × n) values at or below it. None when it counts nothing."""
    counts = {int(value): count for value, count in histogram.items() if count}
    total = sum(counts.values())
    if not total:
        return None
    rank = max(1, math.ceil(share * total))
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if seen >= rank:
            return value
    raise AssertionError("unreachable: the counts add up to the total")


def histogram_add(total: dict[str, int], histogram: Mapping[str, int]) -> None:
    for value, count in histogram.items():
        total[str(value)] = total.get(str(value), 0) + count


def _paused_days(changes: Iterable[StatusChange], closed: frozenset[dt.date]) -> int:
    """Working days spent in CHANGES_REQUESTED, from an application's history in
    order."""
    paused, since = 0, None
    for change in changes:
        day = timezone.localdate(change.created_at)
        if change.to_status == S.CHANGES_REQUESTED:
            since = day
        elif change.from_status == S.CHANGES_REQUESTED and since is not None:
            paused += calendar.working_days_between(since, day, closed=closed)
            since = None
    return paused


def refresh(day: dt.date) -> int:
    """(Re)write the application, survey and complaint figures of `day`; returns
    how many rows. At most fifteen statements (plus each source's transaction)
    whatever the number of applications, responses and complaints: applications
    5 reads and 2 writes, surveys 1 and 2, complaints 3 and 2."""
    rows = _refresh_applications(day) + _refresh_surveys(day) + _refresh_complaints(day)
    # Dashboards cached under the old token are stale now (reports/selectors.py).
    from reports.selectors import bump_version

    bump_version()
    return rows


def _upsert(
    model, day: dt.date, rows: list, fields: list[str], stamp, *, upsert=True
) -> int:
    """Write `rows` under their unique (day, booth, service) and delete the day's
    rows not written now, in one transaction (two queries). With `upsert` False
    the rows are inserted and the day's older rows deleted: the same result for
    refreshes one after the other."""
    with transaction.atomic():
        model.objects.bulk_create(
            rows,
            **(
                {
                    "update_conflicts": True,
                    "unique_fields": ["day", "booth", "service"],
                    "update_fields": [*fields, "refreshed_at"],
                }
                if upsert
                else {}
            ),
        )
        model.objects.filter(day=day).exclude(refreshed_at=stamp).delete()
    return len(rows)


def _refresh_surveys(day: dt.date) -> int:
    """Responses whose visit finished on `day`: respondents, and per element the
    sum and the number of answers (an unanswered element counts in neither)."""
    start, end = _day_bounds(day)
    sums = {}
    for name in ELEMENT_FIELDS:
        sums[f"{name}_sum"] = Sum(name)
        sums[f"{name}_n"] = Count(name)
    stamp = timezone.now()
    rows = [
        SurveyDayFigures(
            day=day,
            mall_id=row.pop("mall_id"),
            booth_id=row.pop("booth_id"),
            service_id=row.pop("service_id"),
            refreshed_at=stamp,
            **{k: v or 0 for k, v in row.items()},
        )
        for row in SurveyResponse.objects.filter(
            visit_finished_at__gte=start, visit_finished_at__lt=end
        )
        .values("mall_id", "booth_id", "service_id")
        .annotate(respondents=Count("pk"), **sums)
        .order_by("mall_id", "booth_id", "service_id")
    ]
    return _upsert(SurveyDayFigures, day, rows, SURVEY_FIELDS, stamp)


def _refresh_complaints(day: dt.date) -> int:
    """Received, answered (on time: answered on or before the due date) on `day`,
    and the open and overdue ones at the day's end (see ComplaintDayFigures)."""
    start, end = _day_bounds(day)
    keys = ("mall_id", "booth_id", "service_id")
    figures: dict[tuple, Counter[str]] = defaultdict(Counter)
    for row in (
        Complaint.objects.filter(created_at__gte=start, created_at__lt=end)
        .values(*keys)
        .annotate(n=Count("pk"))
        .order_by()
    ):
        figures[tuple(row[k] for k in keys)]["received"] += row["n"]
    for row in (
        Complaint.objects.filter(answered_at__gte=start, answered_at__lt=end)
        .values(*keys)
        .annotate(n=Count("pk"), on_time=Count("pk", filter=Q(due_date__gte=day)))
        .order_by()
    ):
        counts = figures[tuple(row[k] for k in keys)]
        counts["answered"] += row["n"]
        counts["answered_on_time"] += row["on_time"]
    # Open at the day's end: sent by then, neither answered nor rejected by then
    # (a rejection stamps closed_at; a closed complaint was answered first).
    still_open = (
        Complaint.objects.filter(created_at__lt=end)
        .exclude(answered_at__lt=end)
        .exclude(status=ComplaintStatus.REJECTED, closed_at__lt=end)
    )
    for row in (
        still_open.values(*keys)
        .annotate(n=Count("pk"), late=Count("pk", filter=Q(due_date__lt=day)))
        .order_by()
    ):
        counts = figures[tuple(row[k] for k in keys)]
        counts["open"] += row["n"]
        counts["overdue"] += row["late"]
    stamp = timezone.now()
    rows = [
        ComplaintDayFigures(
            day=day,
            mall_id=mall_id,
            booth_id=booth_id,
            service_id=service_id,
            refreshed_at=stamp,
            **{name: counts[name] for name in COMPLAINT_FIELDS},
        )
        for (mall_id, booth_id, service_id), counts in sorted(
            figures.items(), key=lambda item: tuple(k or 0 for k in item[0])
        )
    ]
    # The unique key holds an empty service once only with NULLS NOT DISTINCT
    # (PostgreSQL 15+); elsewhere (SQLite, the tests' default) Django leaves that
    # constraint out and ON CONFLICT has nothing to match: insert instead.
    upsert = connection.features.supports_nulls_distinct_unique_constraints
    return _upsert(
        ComplaintDayFigures, day, rows, COMPLAINT_FIELDS, stamp, upsert=upsert
    )


def _refresh_applications(day: dt.date) -> int:
    start, end = _day_bounds(day)
    received: Counter[Key] = Counter(
        {
            (row["mall_id"], row["service__agency_id"], row["service_id"]): row["n"]
            for row in Application.objects.filter(
                submitted_at__gte=start, submitted_at__lt=end
            )
            .values("mall_id", "service__agency_id", "service_id")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    decided = list(
        Application.objects.filter(
            decided_at__gte=start,
            decided_at__lt=end,
            submitted_at__isnull=False,
        ).values(
            "pk",
            "mall_id",
            "service__agency_id",
            "service_id",
            "submitted_at",
            "due_date",
        )
    )
    history: dict[int, list[StatusChange]] = defaultdict(list)
    for change in StatusChange.objects.filter(
        Q(to_status=S.CHANGES_REQUESTED) | Q(from_status=S.CHANGES_REQUESTED),
        application_id__in=[a["pk"] for a in decided],
    ).order_by("application_id", "created_at", "id"):
        history[change.application_id].append(change)
    first_sent = min(
        (timezone.localdate(a["submitted_at"]) for a in decided), default=day
    )
    closures: dict[int, set[dt.date]] = defaultdict(set)
    for mall_id, date in Closure.objects.filter(
        mall_id__in={a["mall_id"] for a in decided}, date__range=(first_sent, day)
    ).values_list("mall_id", "date"):
        closures[mall_id].add(date)

    completed: Counter[Key] = Counter()
    on_time: Counter[Key] = Counter()
    histograms: dict[Key, Counter[str]] = defaultdict(Counter)
    for application in decided:
        key = (
            application["mall_id"],
            application["service__agency_id"],
            application["service_id"],
        )
        closed = frozenset(closures[application["mall_id"]])
        sent = timezone.localdate(application["submitted_at"])
        days = calendar.working_days_between(sent, day, closed=closed) - _paused_days(
            history[application["pk"]], closed
        )
        completed[key] += 1
        due = application["due_date"]
        on_time[key] += due is not None and day <= due
        histograms[key][str(max(days, 0))] += 1

    keys = set(received) | set(completed)
    booths = {
        (mall_id, agency_id): pk
        for pk, mall_id, agency_id in Booth.objects.filter(
            mall_id__in={k[0] for k in keys}, agency_id__in={k[1] for k in keys}
        ).values_list("pk", "mall_id", "agency_id")
    }
    stamp = timezone.now()
    rows = []
    for key in sorted(keys):
        mall_id, agency_id, service_id = key
        booth_id = booths.get((mall_id, agency_id))
        if booth_id is None:  # a booth deleted since: nowhere to count it
            logger.warning("No booth for mall %s, agency %s.", mall_id, agency_id)
            continue
        rows.append(
            ApplicationDayFigures(
                day=day,
                mall_id=mall_id,
                booth_id=booth_id,
                agency_id=agency_id,
                service_id=service_id,
                received=received[key],
                completed=completed[key],
                completed_on_time=on_time[key],
                processing_days=dict(sorted(histograms[key].items(), key=_numeric)),
                refreshed_at=stamp,
            )
        )
    return _upsert(
        ApplicationDayFigures, day, rows, [*FIGURE_FIELDS, "processing_days"], stamp
    )


def _numeric(item: tuple[str, int]) -> int:
    return int(item[0])
