"""Complaints on the dashboards (issue 10 §3): received, answered on time (the
answer's day on or before the due date), and open and overdue at the end of the
period from the day-end snapshot (reports.models.ComplaintDayFigures)."""

import csv
import datetime as dt
import io

import pytest

from django.db.models import Q

from agencies import calendar
from complaints.models import Classification, Complaint, ComplaintStatus
from reports import figures, selectors
from reports.models import ComplaintDayFigures
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, MallFactory
from tests.complaints.factories import ComplaintFactory
from tests.services.factories import ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
S = ComplaintStatus
TZ = dt.timezone(dt.timedelta(hours=7))  # Asia/Jakarta
FRIDAY = dt.date(2026, 10, 9)  # no day off from 8 to 30 October 2026
MONDAY, TUESDAY, WEDNESDAY = (FRIDAY + dt.timedelta(d) for d in (3, 4, 5))
URL = "/en/petugas/dasbor/"


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)


def complaint(booth, service, *, sent: dt.date, **fields) -> Complaint:
    """A complaint sent on `sent`; answered/closed stamps as given."""
    if fields.get("answered_at"):
        fields.setdefault("answer", "Sudah kami tindak lanjuti.")
    made = ComplaintFactory(booth=booth, service=service, **fields)
    Complaint.objects.filter(pk=made.pk).update(created_at=at(sent, 9))
    return made


def light(booth, service, *, sent: dt.date, **fields) -> Complaint:
    """A light complaint (2 working days) classified the day it was sent."""
    return complaint(
        booth,
        service,
        sent=sent,
        classification=Classification.LIGHT,
        due_date=calendar.add_working_days(sent, 2),
        **{"status": S.CLASSIFIED} | fields,
    )


@pytest.fixture
def booth_service():
    booth = BoothFactory(mall=MallFactory(name="MPP Batam"))
    service = ServiceFactory(agency=booth.agency, name="Izin Usaha")
    service.booths.add(booth)
    return booth, service


def _refresh(start: dt.date, end: dt.date):
    for n in range((end - start).days + 1):
        figures.refresh(start + dt.timedelta(n))


def _values(start: dt.date, end: dt.date, dimension: str = "mpp") -> dict:
    summary = selectors.summary_get(
        scope=Q(), start=start, end=end, dimension=dimension
    )
    return summary.totals["pengaduan"]


def test_answered_on_time_and_late_across_a_weekend(booth_service):
    """Sent and classified on a Friday, light (2 working days): due Tuesday.
    Answered Tuesday is on time; answered Wednesday is late."""
    # given
    assert calendar.add_working_days(FRIDAY, 2) == TUESDAY
    light(*booth_service, sent=FRIDAY, status=S.ANSWERED, answered_at=at(TUESDAY, 16))
    light(*booth_service, sent=FRIDAY, status=S.CLOSED, answered_at=at(WEDNESDAY, 8))
    # when
    _refresh(FRIDAY, WEDNESDAY)
    # then
    rows = {r.day: r for r in ComplaintDayFigures.objects.all()}
    assert (rows[FRIDAY].received, rows[FRIDAY].answered) == (2, 0)
    assert (rows[TUESDAY].answered, rows[TUESDAY].answered_on_time) == (1, 1)
    assert (rows[WEDNESDAY].answered, rows[WEDNESDAY].answered_on_time) == (1, 0)
    totals = _values(FRIDAY, WEDNESDAY)
    assert [totals[k] for k in ("received", "answered", "answered_on_time")] == [
        2,
        2,
        1,
    ]
    assert totals["on_time_share"] == 50.0


def test_open_and_overdue_are_as_of_the_end_of_the_period(booth_service):
    # given: one left unanswered (due Tuesday), one rejected on Monday, one
    # answered on Wednesday (late)
    light(*booth_service, sent=FRIDAY)
    complaint(
        *booth_service,
        sent=FRIDAY,
        status=S.REJECTED,
        answer="Bukan layanan gerai ini.",
        closed_at=at(MONDAY),
    )
    light(*booth_service, sent=FRIDAY, status=S.ANSWERED, answered_at=at(WEDNESDAY))
    # when
    _refresh(FRIDAY, WEDNESDAY + dt.timedelta(1))

    # then: (open, overdue) at the end of each period's last day; overdue as the
    # complaints list counts it that day (due before that day)
    def stock(end):
        values = _values(FRIDAY, end)
        return values["open"], values["overdue"]

    assert stock(FRIDAY) == (3, 0)
    assert stock(MONDAY) == (2, 0)
    assert stock(TUESDAY) == (2, 0)
    assert stock(WEDNESDAY) == (1, 1)
    assert stock(WEDNESDAY + dt.timedelta(1)) == (1, 1)
    # a period's open count is not the sum of its days' snapshots
    assert _values(FRIDAY, WEDNESDAY)["received"] == 3


def test_complaints_naming_no_service_count_for_their_booth(booth_service):
    # given
    booth, service = booth_service
    complaint(booth, service, sent=MONDAY)
    complaint(booth, None, sent=MONDAY)
    # when
    figures.refresh(MONDAY)
    # then
    by_service = selectors.summary_get(
        scope=Q(), start=MONDAY, end=MONDAY, dimension="layanan"
    )
    labels = {g.label: g.values["pengaduan"]["received"] for g in by_service.groups}
    assert labels == {"Izin Usaha": 1, "Tanpa layanan": 1}
    assert _values(MONDAY, MONDAY)["received"] == 2
    assert _values(MONDAY, MONDAY, "gerai")["open"] == 2


def test_refresh_is_idempotent_and_drops_rows_that_no_longer_apply(booth_service):
    # given
    booth, service = booth_service
    complaint(booth, service, sent=MONDAY)
    gone = complaint(booth, None, sent=MONDAY)
    figures.refresh(MONDAY)
    first = sorted(
        ComplaintDayFigures.objects.values_list("service", "received", "open"),
        key=str,
    )
    # when
    figures.refresh(MONDAY)
    # then
    again = sorted(
        ComplaintDayFigures.objects.values_list("service", "received", "open"),
        key=str,
    )
    assert again == first == sorted([(service.pk, 1, 1), (None, 1, 1)], key=str)
    # when: one is removed
    Complaint.objects.filter(pk=gone.pk).delete()
    figures.refresh(MONDAY)
    # then
    assert list(
        ComplaintDayFigures.objects.values_list("service", "received", "open")
    ) == [(service.pk, 1, 1)]


def test_complaints_csv(client, booth_service):
    # given
    light(*booth_service, sent=FRIDAY, status=S.ANSWERED, answered_at=at(MONDAY))
    light(*booth_service, sent=FRIDAY)
    _refresh(FRIDAY, WEDNESDAY)
    sign_in_staff(client, UserFactory(provincial_admin=True))
    params = {"periode": "rentang", "dari": "2026-10-09", "sampai": "2026-10-14"}
    # when
    response = client.get(URL + "pengaduan.csv", params)
    page = client.get(URL, params)
    # then
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8")[1:])))
    assert rows[0] == [
        "Mall",
        "Details",
        "Received",
        "Answered",
        "Answered on time",
        "Answered on time (%)",
        "Open at the end of the period",
        "Overdue at the end of the period",
    ]
    assert rows[1] == ["MPP Batam", "Kota Batam", "2", "1", "1", "100.0", "1", "1"]
    assert rows[2] == ["Total", "", "2", "1", "1", "100.0", "1", "1"]
    assert "Overdue at the end of the period" in page.content.decode()
