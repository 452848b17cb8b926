"""The dashboards' application figures per day (issue 10 §3): counted from the
applications, idempotent, percentiles from histograms."""

import datetime as dt
import math

import pytest

from django.core.management import call_command
from django.utils import timezone

from agencies import calendar
from agencies.models import Booth, Closure
from applications.models import Application, ApplicationStatus, StatusChange
from reports import figures, selectors, tasks
from reports.models import ApplicationDayFigures
from tests.applications.factories import ApplicationFactory, OnlineServiceFactory

pytestmark = pytest.mark.django_db
S = ApplicationStatus
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Jakarta
THURSDAY = dt.date(2026, 10, 8)  # no day off from 8 to 30 October 2026


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)


def decided(service, *, sent: dt.date, on: dt.date, status=S.APPROVED, **extra):
    """An application of `service` sent on `sent` and decided on `on`, due as
    application_submit sets it."""
    return ApplicationFactory(
        service=service,
        submitted=True,
        status=status,
        submitted_at=at(sent),
        decided_at=at(on, 14),
        due_date=calendar.add_working_days(sent, 3),
        **extra,
    )


def direct_percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[math.ceil(share * len(ordered)) - 1]


def test_on_time_and_late_across_a_weekend():
    """Sent on a Thursday with 3 working days: due Tuesday. Decided Tuesday is on
    time (3 working days: Friday, Monday, Tuesday); decided Wednesday is late (4)."""
    # given
    service = OnlineServiceFactory()  # 3 working days
    tuesday, wednesday = THURSDAY + dt.timedelta(5), THURSDAY + dt.timedelta(6)
    decided(service, sent=THURSDAY, on=tuesday)
    decided(service, sent=THURSDAY, on=wednesday, status=S.REJECTED)
    # when
    for day in (THURSDAY, tuesday, wednesday):
        figures.refresh(day)
    # then
    rows = {r.day: r for r in ApplicationDayFigures.objects.filter(service=service)}
    assert rows[tuesday].completed == 1
    assert rows[tuesday].completed_on_time == 1
    assert rows[tuesday].processing_days == {"3": 1}
    assert rows[wednesday].completed == 1
    assert rows[wednesday].completed_on_time == 0
    assert rows[wednesday].processing_days == {"4": 1}
    assert ApplicationDayFigures.objects.filter(day=THURSDAY).get().received == 2


def test_waiting_on_the_citizen_and_closures_do_not_count():
    """Fixes asked on Friday, sent back on Monday: Monday is not the booth's time.
    A closure of the mall on Tuesday is not a working day either."""
    # given
    service = OnlineServiceFactory()
    application = decided(service, sent=THURSDAY, on=THURSDAY + dt.timedelta(7))
    Closure.objects.create(
        mall=application.mall, date=THURSDAY + dt.timedelta(5), reason="Banjir"
    )
    for from_status, to_status, day in [
        (S.SUBMITTED, S.CHANGES_REQUESTED, THURSDAY + dt.timedelta(1)),
        (S.CHANGES_REQUESTED, S.SUBMITTED, THURSDAY + dt.timedelta(4)),
    ]:
        change = StatusChange.objects.create(
            application=application, from_status=from_status, to_status=to_status
        )
        StatusChange.objects.filter(pk=change.pk).update(created_at=at(day))
    # when
    figures.refresh(THURSDAY + dt.timedelta(7))
    # then: Fri, Mon, (Tue closed), Wed, Thu = 4 working days, minus Monday
    row = ApplicationDayFigures.objects.get(service=service)
    assert row.processing_days == {"3": 1}
    assert row.booth == Booth.objects.get(mall=application.mall, agency=service.agency)
    assert row.agency_id == service.agency_id


def test_drafts_and_undecided_applications_are_not_completed():
    # given
    service = OnlineServiceFactory()
    ApplicationFactory(service=service, submitted=True, submitted_at=at(THURSDAY))
    ApplicationFactory(service=service)  # a draft: never sent
    # when
    written = figures.refresh(THURSDAY)
    # then
    row = ApplicationDayFigures.objects.get()
    assert written == 1
    assert (row.received, row.completed, row.processing_days) == (1, 0, {})


def test_refresh_is_idempotent_and_drops_rows_that_no_longer_apply():
    # given
    service = OnlineServiceFactory()
    day = THURSDAY + dt.timedelta(5)
    decided(service, sent=THURSDAY, on=day)
    decided(service, sent=THURSDAY, on=day)
    figures.refresh(day)
    before = list(
        ApplicationDayFigures.objects.values(
            "pk", "day", "booth", "service", "received", "completed", "processing_days"
        )
    )
    # when
    figures.refresh(day)
    # then
    after = list(
        ApplicationDayFigures.objects.values(
            "pk", "day", "booth", "service", "received", "completed", "processing_days"
        )
    )
    assert after == before
    assert before[0]["completed"] == 2
    # when a decision moves to another day, its row goes away on refresh
    Application.objects.update(decided_at=at(day + dt.timedelta(1)))
    figures.refresh(day)
    assert ApplicationDayFigures.objects.filter(day=day).count() == 0


def test_percentiles_from_summed_histograms_equal_the_direct_computation():
    """Over 8 decision days, the period's median and 90th percentile from the
    summed daily histograms equal the nearest-rank ones of the raw durations."""
    # given
    service = OnlineServiceFactory()
    durations = []
    for offset, count in zip(range(8), [1, 3, 2, 4, 1, 2, 5, 2], strict=True):
        sent = THURSDAY + dt.timedelta(days=offset)
        for n in range(count):
            on = calendar.add_working_days(sent, n * 2 + offset % 3)
            decided(service, sent=sent, on=on)
            durations.append(calendar.working_days_between(sent, on))
    for offset in range(30):
        figures.refresh(THURSDAY + dt.timedelta(days=offset))
    # when
    summary = selectors.summary_get(
        scope=selectors.Q(),
        start=THURSDAY,
        end=THURSDAY + dt.timedelta(days=30),
        dimension="mpp",
    )
    # then
    values = summary.groups[0].values["permohonan"]
    assert values["completed"] == len(durations) == 20
    assert values["median_days"] == direct_percentile(durations, 0.5)
    assert values["p90_days"] == direct_percentile(durations, 0.9)
    assert summary.totals["permohonan"]["p90_days"] == direct_percentile(durations, 0.9)


@pytest.mark.parametrize(
    ("_case", "histogram", "share", "expected"),
    [
        ("empty", {}, 0.5, None),
        ("one value", {"4": 1}, 0.9, 4),
        ("median of 1..4 is the 2nd", {"1": 1, "2": 1, "3": 1, "4": 1}, 0.5, 2),
        ("p90 of ten", {"1": 9, "7": 1}, 0.9, 1),
        ("p90 of eleven", {"1": 9, "7": 2}, 0.9, 7),
        ("unsorted keys", {"10": 1, "2": 3}, 0.9, 10),
    ],
)
def test_percentile(_case, histogram, share, expected):
    assert figures.percentile(histogram, share) == expected


def test_the_tasks_refresh_today_and_yesterday():
    # given
    service = OnlineServiceFactory()
    today = timezone.localdate()
    ApplicationFactory(service=service, submitted=True)
    ApplicationFactory(
        service=service,
        submitted=True,
        submitted_at=timezone.now() - dt.timedelta(days=1),
    )
    # when
    tasks.reports_refresh_today()
    tasks.reports_refresh_yesterday()
    # then
    days = dict(ApplicationDayFigures.objects.values_list("day", "received"))
    assert days == {today: 1, today - dt.timedelta(days=1): 1}


def test_the_backfill_command():
    # given
    service = OnlineServiceFactory()
    for days_ago in (0, 3, 9):
        ApplicationFactory(
            service=service,
            submitted=True,
            submitted_at=timezone.now() - dt.timedelta(days=days_ago),
        )
    # when
    call_command("reports_refresh", "--days", "5")
    # then: the application of 9 days ago is outside the 5 days
    assert ApplicationDayFigures.objects.count() == 2
    call_command("reports_refresh", "--days", "10")
    assert ApplicationDayFigures.objects.count() == 3
