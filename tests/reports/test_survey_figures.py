"""The IKM on the dashboards (issue 10 §3): per-day element sums and counts
(reports.models.SurveyDayFigures) give exactly the IKM surveys.ikm computes from
the raw responses of the same period."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from django.db.models import Q

from agencies.models import Booth
from reports import figures, selectors
from reports.models import SurveyDayFigures
from surveys import ikm
from surveys.models import SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS
from tests.accounts.factories import UserFactory
from tests.applications.factories import ApplicationFactory, OnlineServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Jakarta
MONDAY = dt.date(2026, 10, 5)
URL = "/en/petugas/dasbor/"


def respond(service, day: dt.date, values, *, hour: int = 10) -> SurveyResponse:
    """A response about an application of `service`, its visit finished on `day`."""
    application = ApplicationFactory(service=service)
    booth = Booth.objects.get(mall=application.mall, agency=service.agency)
    return SurveyResponse.objects.create(
        application=application,
        mall=application.mall,
        booth=booth,
        agency=service.agency,
        service=service,
        visit_finished_at=dt.datetime.combine(day, dt.time(hour), tzinfo=TZ),
        **dict(zip(ELEMENT_FIELDS, values, strict=True)),
    )


def _refresh(days):
    for day in days:
        figures.refresh(day)


def _period(start: dt.date, end: dt.date):
    return selectors.summary_get(scope=Q(), start=start, end=end, dimension="mpp")


def test_the_dashboard_ikm_equals_the_ikm_of_the_raw_responses():
    # given: answers spread over five days, some elements unanswered, one day
    # outside the period
    service = OnlineServiceFactory()
    raw = {
        MONDAY: [(4, 3, 4, 4, 3, 3, 4, 2, 4), (3, 3, None, 4, 4, 3, 3, 3, 4)],
        MONDAY + dt.timedelta(1): [(2, 3, 3, 4, None, 3, 4, 4, 1)],
        MONDAY + dt.timedelta(2): [(4, 4, 4, 4, 4, 4, 4, 4, 4)] * 3,
        MONDAY + dt.timedelta(4): [(1, 2, 3, 3, 2, 2, 3, 3, 3)],
        MONDAY + dt.timedelta(9): [(1, 1, 1, 1, 1, 1, 1, 1, 1)],  # outside
    }
    for day, rows in raw.items():
        for values in rows:
            respond(service, day, values)
    _refresh(raw)
    start, end = MONDAY, MONDAY + dt.timedelta(6)
    # when
    values = _period(start, end).groups[0].values["ikm"]
    # then: independent of the summary rows, from the raw answers in the period
    inside = [v for day, rows in raw.items() if start <= day <= end for v in rows]
    expected = ikm.ikm(ikm.scores_from_answers(inside))
    assert values["ikm"] == expected
    assert values["respondents"] == 7
    assert values["grade"].startswith(ikm.grade(expected).letter + " (")
    assert expected == Decimal("86.97")  # the figure itself, for the reader


def test_an_element_nobody_answered_makes_the_ikm_not_computable_never_zero(client):
    # given: u9 unanswered by every respondent of the period
    service = OnlineServiceFactory()
    respond(service, MONDAY, (4, 4, 4, 4, 4, 4, 4, 4, None))
    respond(service, MONDAY, (3, 3, 3, 3, 3, 3, 3, 3, None))
    figures.refresh(MONDAY)
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2026-10-01", "sampai": "2026-10-31"}
    # when
    page = client.get(URL, params)
    download = client.get(URL + "ikm.csv", params)
    # then
    ((group, row),) = page.context["summary"].table_rows("ikm")
    assert row[0] == 2
    assert str(row[1]) == "not yet computable"
    assert row[2] is None
    assert group.values["ikm"]["_ikm"] is None
    assert "not yet computable" in page.content.decode()
    lines = list(csv.reader(io.StringIO(download.content.decode("utf-8")[1:])))
    assert lines[1][2:] == ["2", "not yet computable", ""]
    assert lines[2] == ["Total", "", "2", "not yet computable", ""]


def test_a_visit_late_at_night_counts_on_its_own_day_in_jakarta():
    # given: 23:30 in Jakarta is 16:30 UTC, the same day
    service = OnlineServiceFactory()
    respond(service, MONDAY, (4,) * 9, hour=23)
    # when
    figures.refresh(MONDAY)
    figures.refresh(MONDAY + dt.timedelta(1))
    # then
    row = SurveyDayFigures.objects.get()
    assert (row.day, row.respondents, row.u1_sum, row.u1_n) == (MONDAY, 1, 4, 1)


def test_refresh_is_idempotent_and_drops_rows_that_no_longer_apply():
    # given
    service = OnlineServiceFactory()
    respond(service, MONDAY, (4, 3, 2, 1, None, 4, 3, 2, 1))
    respond(service, MONDAY, (1, 1, 1, 1, 1, 1, 1, 1, 1))
    figures.refresh(MONDAY)
    before = list(SurveyDayFigures.objects.values())
    # when
    figures.refresh(MONDAY)
    # then
    after = list(SurveyDayFigures.objects.values())
    assert [{**r, "refreshed_at": None} for r in after] == [
        {**r, "refreshed_at": None} for r in before
    ]
    row = SurveyDayFigures.objects.get()
    assert (row.respondents, row.u1_sum, row.u1_n, row.u5_sum, row.u5_n) == (
        2,
        5,
        2,
        1,
        1,
    )
    # when: the responses are gone (e.g. removed by an admin)
    SurveyResponse.objects.all().delete()
    figures.refresh(MONDAY)
    # then
    assert not SurveyDayFigures.objects.exists()


@pytest.mark.parametrize("responses", [1, 12])
def test_refresh_reads_a_constant_number_of_queries(
    responses, django_assert_num_queries
):
    # given: responses about three services
    services = [OnlineServiceFactory() for _ in range(3)]
    for n in range(responses):
        respond(services[n % 3], MONDAY, (3,) * 9)
    # when / then: applications 2 reads + delete, surveys 1 read + insert + delete,
    # complaints 3 reads + delete, and a savepoint and its release per source
    with django_assert_num_queries(16):
        figures.refresh(MONDAY)
    assert sum(SurveyDayFigures.objects.values_list("respondents", flat=True)) == (
        responses
    )


def test_ikm_downloads_and_chart(client):
    # given: two malls, one all 4s (100.00, A), one all 2s (50.00, D)
    good, poor = OnlineServiceFactory(), OnlineServiceFactory()
    respond(good, MONDAY, (4,) * 9)
    respond(poor, MONDAY, (2,) * 9)
    figures.refresh(MONDAY)
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2026-10-05", "sampai": "2026-10-05"}
    # when
    page = client.get(URL, params)
    response = client.get(URL + "ikm.xlsx", params)
    # then
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[0] == ("Mall", "Details", "Respondents", "IKM", "Grade")
    by_ikm = sorted(rows[1:3], key=lambda r: r[3])
    assert [r[2:] for r in by_ikm] == [
        (1, 50, "D (Not good)"),
        (1, 100, "A (Very good)"),
    ]
    assert rows[3] == ("Total", None, 2, 75, "C (Less than good)")
    chart = next(c for c in page.context["charts"] if c["id"] == "chart-ikm")
    assert sorted(bar.text for bar in chart["bars"]) == ["100.00", "50.00"]
    assert chart["top"] == 100
