"""The back office's dashboards (issue 10 §3): who sees what, the period chooser,
the downloads, and a query count that does not grow with the data."""

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from django.db.models import Q
from django.utils import timezone, translation

from queueing.models import QueueDayFigures
from reports import selectors
from reports.models import (
    ApplicationDayFigures,
    ComplaintDayFigures,
    SurveyDayFigures,
)
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)
from tests.services.factories import ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
URL = "/en/petugas/dasbor/"


def _booth(mall_name: str):
    booth = BoothFactory(mall=MallFactory(name=mall_name))
    service = ServiceFactory(agency=booth.agency, name=f"Layanan {mall_name}")
    service.booths.add(booth)
    return booth, service


def fill(booth, service, *, days: int, end: dt.date | None = None, **values):
    """`days` days of summary rows for one booth and service, ending `end`."""
    end = end or timezone.localdate()
    app = {
        "received": 4,
        "completed": 3,
        "completed_on_time": 2,
        "processing_days": {"1": 1, "2": 1, "5": 1},
    } | values
    for offset in range(days):
        day = end - dt.timedelta(days=offset)
        ApplicationDayFigures.objects.create(
            day=day,
            mall=booth.mall,
            booth=booth,
            agency=booth.agency,
            service=service,
            refreshed_at=timezone.now(),
            **app,
        )
        QueueDayFigures.objects.create(
            day=day,
            mall=booth.mall,
            booth=booth,
            service=service,
            issued=10,
            served=8,
            no_shows=2,
            called=10,
            called_within_target=9,
            wait_average_s=600 if offset % 2 else 300,
            wait_p90_s=1200 if offset % 2 else 900,
        )
        SurveyDayFigures.objects.create(
            day=day,
            mall=booth.mall,
            booth=booth,
            service=service,
            respondents=2,
            refreshed_at=timezone.now(),
            **{f"u{n}_sum": 7 for n in range(1, 10)},
            **{f"u{n}_n": 2 for n in range(1, 10)},
        )
        ComplaintDayFigures.objects.create(
            day=day,
            mall=booth.mall,
            booth=booth,
            service=service,
            received=1,
            answered=1,
            answered_on_time=1,
            open=offset,
            overdue=0,
            refreshed_at=timezone.now(),
        )


@pytest.fixture
def two_malls():
    batam, tanjungpinang = _booth("MPP Batam"), _booth("MPP Tanjungpinang")
    fill(*batam, days=3)
    fill(*tanjungpinang, days=3, completed=4, completed_on_time=4)
    return batam, tanjungpinang


def _groups(page, slug="permohonan"):
    return {g.label: values for g, values in page.context["summary"].table_rows(slug)}


# ---------------------------------------------------------------- who sees what
def test_the_provincial_admin_sees_every_mall_side_by_side(client, two_malls):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    # when
    page = client.get(URL)
    # then: this month, per mall
    assert page.status_code == 200
    groups = _groups(page)
    today = timezone.localdate()
    days = min(3, today.day)  # the rows of this month
    assert groups["MPP Batam"][:4] == [4 * days, 3 * days, 2 * days, 66.7]
    assert groups["MPP Tanjungpinang"][:4] == [4 * days, 4 * days, 4 * days, 100.0]
    assert b"Applications completed within the time limit (%)" in page.content
    assert b"<svg" in page.content


def test_a_mall_manager_sees_their_mall_only(client, two_malls):
    # given
    (batam, _service), (tanjungpinang, _other) = two_malls
    sign_in_staff(client, MallManagerFactory(mall=batam.mall).user)
    # when
    page = client.get(URL, {"kelompok": "layanan"})
    # then
    assert page.status_code == 200
    assert list(_groups(page)) == ["Layanan MPP Batam"]
    assert list(_groups(page, "antrean")) == ["Layanan MPP Batam"]


@pytest.mark.parametrize("path", [URL, URL + "permohonan.csv", URL + "antrean.xlsx"])
def test_a_mall_filter_outside_ones_own_malls_is_not_found(client, two_malls, path):
    # given
    (batam, _service), (tanjungpinang, _other) = two_malls
    sign_in_staff(client, MallManagerFactory(mall=batam.mall).user)
    # when / then
    assert client.get(path, {"mpp": tanjungpinang.mall_id}).status_code == 404
    assert client.get(path, {"mpp": "x"}).status_code == 404
    assert client.get(path, {"mpp": batam.mall_id}).status_code == 200


def test_a_booth_supervisor_sees_their_booth_only(client, two_malls):
    # given
    (batam, service), _other = two_malls
    neighbour = BoothFactory(mall=batam.mall)
    fill(neighbour, ServiceFactory(agency=neighbour.agency, name="Tetangga"), days=2)
    supervisor = BoothStaffFactory(booth=batam, supervisor=True).user
    sign_in_staff(client, supervisor)
    # when
    page = client.get(URL, {"kelompok": "layanan"})
    # then
    assert list(_groups(page)) == [service.name]
    assert client.get(URL, {"mpp": batam.mall_id}).status_code == 200


@pytest.mark.parametrize("path", [URL, URL + "permohonan.csv"])
def test_officers_and_citizens_find_nothing(client, two_malls, path):
    # given
    (batam, _service), _other = two_malls
    officer = BoothStaffFactory(booth=batam).user
    sign_in_staff(client, officer)
    # when / then
    assert client.get(path).status_code == 404
    client.logout()
    client.force_login(UserFactory())
    assert client.get(path).status_code == 404
    client.logout()
    assert client.get(path).status_code == 302  # to the sign-in page


def test_unknown_download_is_not_found(client, two_malls):
    sign_in_staff(client, UserFactory(provincial_admin=True))
    assert client.get(URL + "rahasia.csv").status_code == 404
    assert client.get(URL + "permohonan.pdf").status_code == 404


# ---------------------------------------------------------------- the period
@pytest.mark.parametrize(
    ("_case", "params", "message"),
    [
        (
            "reversed",
            {"periode": "rentang", "dari": "2026-03-10", "sampai": "2026-03-01"},
            "The first day of the range is after its last day.",
        ),
        (
            "huge",
            {"periode": "rentang", "dari": "2020-01-01", "sampai": "2026-01-01"},
            "Choose at most 366 days.",
        ),
        (
            "half a range",
            {"periode": "rentang", "dari": "2026-03-10"},
            "Give both the first and the last day of the range.",
        ),
        (
            "not a date",
            {"periode": "rentang", "dari": "kemarin", "sampai": "2026-03-01"},
            "Enter a valid date.",
        ),
        ("unknown period", {"periode": "abad-ini"}, "Select a valid choice."),
    ],
)
def test_a_bad_period_gets_a_clear_message(client, two_malls, _case, params, message):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    # when
    page = client.get(URL, params)
    download = client.get(URL + "permohonan.csv", params)
    # then
    assert page.status_code == 400
    assert message in page.content.decode()
    assert page.context["summary"] is None
    assert download.status_code == 400
    assert message in download.content.decode()


@pytest.mark.parametrize(
    ("params", "start", "end"),
    [
        ({}, dt.date(2026, 3, 1), dt.date(2026, 3, 18)),
        ({"periode": "bulan-lalu"}, dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ({"periode": "tahun-ini"}, dt.date(2026, 1, 1), dt.date(2026, 3, 18)),
        (
            {"periode": "rentang", "dari": "2025-03-18", "sampai": "2026-03-18"},
            dt.date(2025, 3, 18),
            dt.date(2026, 3, 18),
        ),
    ],
)
def test_the_periods(params, start, end):
    from reports.forms import DashboardForm

    form = DashboardForm(params, today=dt.date(2026, 3, 18))
    assert form.is_valid() is True
    assert (form.cleaned_data["start"], form.cleaned_data["end"]) == (start, end)


def test_last_month_in_january_is_december():
    from reports.forms import DashboardForm

    form = DashboardForm({"periode": "bulan-lalu"}, today=dt.date(2027, 1, 5))
    assert form.is_valid() is True
    assert form.cleaned_data["start"] == dt.date(2026, 12, 1)
    assert form.cleaned_data["end"] == dt.date(2026, 12, 31)


# ---------------------------------------------------------------- the queue
def test_queue_figures_weight_the_average_and_show_the_daily_p90_range(client):
    # given: 4 days, waits 5 and 10 minutes on alternate days, 10 called a day
    booth, service = _booth("MPP Bintan")
    end = dt.date(2026, 3, 18)
    fill(booth, service, days=4, end=end)
    sign_in_staff(client, UserFactory(provincial_admin=True))
    # when
    page = client.get(
        URL, {"periode": "rentang", "dari": "2026-03-01", "sampai": "2026-03-31"}
    )
    # then
    assert _groups(page, "antrean")["MPP Bintan"] == [40, 32, 8, 20.0, 7.5, 15.0, 20.0]


# ---------------------------------------------------------------- downloads
def test_csv_download(client, two_malls):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2020-01-01", "sampai": "2020-01-31"}
    (batam, service), _other = two_malls
    fill(batam, service, days=2, end=dt.date(2020, 1, 10))
    # when
    response = client.get(URL + "permohonan.csv", params)
    # then
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="dasbor-permohonan-2020-01-01-2020-01-31.csv"'
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == [
        "Mall",
        "Details",
        "Received",
        "Completed",
        "Completed on time",
        "Completed on time (%)",
        "Median processing time (working days)",
        "90th percentile processing time (working days)",
    ]
    assert rows[1] == ["MPP Batam", "Kota Batam", "8", "6", "4", "66.7", "2", "5"]
    assert rows[2] == ["Total", "", "8", "6", "4", "66.7", "2", "5"]
    assert len(rows) == 3


def test_xlsx_download_holds_numbers(client, two_malls):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2020-01-01", "sampai": "2020-01-31"}
    for booth, service in two_malls:
        fill(booth, service, days=2, end=dt.date(2020, 1, 10))
    # when
    response = client.get(URL + "antrean.xlsx", params)
    # then
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Mall", "Details", "Tickets issued", "Served")
    assert rows[1] == ("MPP Batam", "Kota Batam", 20, 16, 4, 20, 7.5, 15, 20)
    assert rows[3] == ("Total", None, 40, 32, 8, 20, 7.5, 15, 20)
    assert isinstance(rows[1][2], int)
    assert response["Content-Disposition"].endswith('.xlsx"')


def test_downloads_are_in_indonesian_by_default(client, two_malls):
    """Without /en/ the headers are in the portal's default language (id); the
    test reads them through gettext, so it holds before and after the
    translations are merged."""
    sign_in_staff(client, UserFactory(provincial_admin=True))
    response = client.get("/petugas/dasbor/permohonan.csv")
    header = response.content.decode("utf-8")[1:].splitlines()[0]
    with translation.override("id"):
        assert header.startswith(f"{translation.gettext('Mall')},")
    assert response.status_code == 200


# ---------------------------------------------------------------- queries
@pytest.mark.parametrize("days", [10, 200])
def test_the_dashboard_reads_summaries_only(client, days, django_assert_num_queries):
    # given: three malls, `days` days of rows each
    booths = [_booth(f"MPP {n}") for n in range(3)]
    for booth, service in booths:
        fill(booth, service, days=days, end=dt.date(2026, 3, 18))
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2025-03-19", "sampai": "2026-03-18"}
    client.get(URL, params)
    # when / then: user, malls of the chooser, the applications', the queue's, the
    # surveys' and the complaints' figures (the actor's roles were cached by the
    # first request: agencies/permissions.py)
    selectors.bump_version()  # computed again, not from the cache
    with django_assert_num_queries(6):
        page = client.get(URL, params)
    # the same look again: the rendered page comes from the cache
    # (mpp/privatecache.py), only the user is read
    with django_assert_num_queries(1):
        again = client.get(URL, params)
    assert again.headers["X-Page-Cache"] == "hit"
    assert again.content == page.content
    selectors.bump_version()
    with django_assert_num_queries(5):  # a download is never stored: no chooser
        download = client.get(URL + "permohonan.xlsx", params)
    totals = page.context["summary"].totals
    assert totals["permohonan"]["received"] == 12 * days
    # every element 7 / 2 = 3.5: IKM 87.50, grade B
    assert (totals["ikm"]["respondents"], str(totals["ikm"]["ikm"])) == (
        6 * days,
        "87.50",
    )
    # open: the snapshot of the last day (offset 0), not a sum over the days
    assert (totals["pengaduan"]["received"], totals["pengaduan"]["open"]) == (
        3 * days,
        0,
    )
    assert download.status_code == 200


def test_a_cached_dashboard_shows_a_refresh_at_once(django_assert_num_queries):
    """Summaries are cached until the summary rows change: a second look costs
    no summary query, and figures.refresh makes the next look recompute."""
    from django.core.cache import cache

    from reports import figures

    today = dt.date(2026, 3, 10)
    arguments = {
        "scope": Q(),
        "start": today,
        "end": today,
        "dimension": "mpp",
    }
    cache.clear()
    first = selectors.summary_get_cached(**arguments)
    with django_assert_num_queries(0):
        again = selectors.summary_get_cached(**arguments)
    assert [g.label for g in again.groups] == [g.label for g in first.groups]
    figures.refresh(today)
    with django_assert_num_queries(len(selectors.TABLES)):
        selectors.summary_get_cached(**arguments)
