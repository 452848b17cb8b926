"""Working days (DOMAIN §8).

Dates below are what holidays 0.109 gives for Indonesia with the categories "public"
and "government" (checked by printing `country_holidays("ID", years=...)`):

2026
    Fri 16 Jan  Isra Mikraj Nabi Muhammad                    public
    Mon 16 Feb  Cuti Bersama Tahun Baru Imlek                government
    Tue 17 Feb  Tahun Baru Imlek                             public
    Wed 18 Mar  Cuti Bersama Hari Suci Nyepi                 government
    Thu 19 Mar  Hari Suci Nyepi                              public
    Fri 20 Mar  Cuti Bersama Hari Raya Idul Fitri            government
    Sat 21 Mar  Hari Raya Idul Fitri                         public
    Sun 22 Mar  Hari kedua dari Hari Raya Idul Fitri         public
    Mon 23 Mar  Cuti Bersama Hari Raya Idul Fitri            government
    Tue 24 Mar  Cuti Bersama Hari Raya Idul Fitri            government
    Fri 1 May   Hari Buruh Internasional                     public
    Mon 1 Jun   Hari Lahir Pancasila                         public
    Thu 24 Dec  Cuti Bersama Hari Raya Natal                 government
    Fri 25 Dec  Hari Raya Natal                              public
    (no joint leave day on Sat 26 Dec 2026)
2027
    Fri 1 Jan   Tahun Baru Masehi                            public
    Tue 5 Jan   Isra Mikraj Nabi Muhammad                    public
"""

import datetime as dt

import pytest

from agencies.calendar import (
    add_working_days,
    is_working_day,
    mall_closures,
    national_days_off,
    working_days_between,
)
from agencies.models import Closure
from tests.agencies.factories import MallFactory


def _close(mall, *days: dt.date) -> None:
    Closure.objects.bulk_create(
        Closure(mall=mall, date=day, reason="Renovasi") for day in days
    )


def _days(start: dt.date, count: int) -> list[dt.date]:
    return [start + dt.timedelta(days=offset) for offset in range(count)]


# national_days_off / is_working_day


def test_national_days_off_has_idul_fitri_and_its_joint_leave_days():
    """Idul Fitri 2026 is 21–22 March; the government adds 20, 23 and 24 March, and
    Nyepi (19 March) with its joint leave day (18 March) falls just before."""
    # when
    days_off = national_days_off(2026)

    # then
    around_lebaran = {
        day: name
        for day, name in days_off.items()
        if dt.date(2026, 3, 16) <= day <= dt.date(2026, 3, 27)
    }
    assert around_lebaran == {
        dt.date(2026, 3, 18): "Cuti Bersama Hari Suci Nyepi",
        dt.date(2026, 3, 19): "Hari Suci Nyepi",
        dt.date(2026, 3, 20): "Cuti Bersama Hari Raya Idul Fitri",
        dt.date(2026, 3, 21): "Hari Raya Idul Fitri",
        dt.date(2026, 3, 22): "Hari kedua dari Hari Raya Idul Fitri",
        dt.date(2026, 3, 23): "Cuti Bersama Hari Raya Idul Fitri",
        dt.date(2026, 3, 24): "Cuti Bersama Hari Raya Idul Fitri",
    }


def test_national_days_off_has_christmas_and_its_joint_leave_day():
    """Christmas 2026 brings a joint leave day on 24 December, none on 26 December."""
    # when
    days_off = national_days_off(2026)

    # then
    december = {day: name for day, name in days_off.items() if day.month == 12}
    assert december == {
        dt.date(2026, 12, 24): "Cuti Bersama Hari Raya Natal",
        dt.date(2026, 12, 25): "Hari Raya Natal",
    }


def test_national_days_off_only_covers_the_year_asked_for():
    # when
    years = {day.year for day in national_days_off(2027)}

    # then
    assert years == {2027}


def test_changing_the_returned_dict_does_not_change_the_calendar():
    # given
    national_days_off(2026).clear()

    # when
    days_off = national_days_off(2026)

    # then
    assert len(days_off) == 25
    assert is_working_day(dt.date(2026, 12, 25)) is False


@pytest.mark.parametrize(
    ("_case", "day", "expected"),
    [
        ("monday", dt.date(2026, 1, 12), True),
        ("friday", dt.date(2026, 1, 9), True),
        ("saturday", dt.date(2026, 1, 10), False),
        ("sunday", dt.date(2026, 1, 11), False),
        ("public holiday", dt.date(2026, 1, 16), False),
        ("joint leave day", dt.date(2026, 2, 16), False),
        ("joint leave day after lebaran", dt.date(2026, 3, 24), False),
        ("first day back after lebaran", dt.date(2026, 3, 25), True),
    ],
)
def test_is_working_day(_case, day, expected):
    assert is_working_day(day) is expected


def test_a_closed_day_is_not_a_working_day():
    # given
    closed = frozenset({dt.date(2026, 1, 12)})

    # then
    assert is_working_day(dt.date(2026, 1, 12), closed=closed) is False
    assert is_working_day(dt.date(2026, 1, 13), closed=closed) is True


# add_working_days


@pytest.mark.parametrize(
    ("_case", "start", "days", "expected"),
    [
        ("within the week", dt.date(2026, 1, 6), 2, dt.date(2026, 1, 8)),
        ("friday + 1 is monday", dt.date(2026, 1, 9), 1, dt.date(2026, 1, 12)),
        ("saturday + 1 is monday", dt.date(2026, 1, 10), 1, dt.date(2026, 1, 12)),
        ("weekend skipped", dt.date(2026, 1, 8), 3, dt.date(2026, 1, 13)),
        # Mon 1 Jun 2026 is Hari Lahir Pancasila.
        (
            "friday + 1 past a monday holiday",
            dt.date(2026, 5, 29),
            1,
            dt.date(2026, 6, 2),
        ),
        # Fri 16 Jan 2026 is Isra Mikraj.
        ("public holiday skipped", dt.date(2026, 1, 15), 1, dt.date(2026, 1, 19)),
        # Mon 16 Feb is joint leave, Tue 17 Feb Imlek.
        ("joint leave day skipped", dt.date(2026, 2, 13), 1, dt.date(2026, 2, 18)),
        # Thu 24 Dec is joint leave, Fri 25 Dec Christmas.
        ("christmas joint leave", dt.date(2026, 12, 23), 1, dt.date(2026, 12, 28)),
        # 18–24 Mar: Nyepi, Idul Fitri and their joint leave days.
        ("lebaran", dt.date(2026, 3, 17), 1, dt.date(2026, 3, 25)),
        ("lebaran + 5", dt.date(2026, 3, 17), 5, dt.date(2026, 3, 31)),
        # 28–31 Dec, Fri 1 Jan 2027 off, 4 Jan, Tue 5 Jan 2027 off, 6–8 and 11–12 Jan.
        ("across the new year", dt.date(2026, 12, 24), 10, dt.date(2027, 1, 12)),
    ],
)
def test_add_working_days(_case, start, days, expected):
    assert add_working_days(start, days) == expected


@pytest.mark.parametrize(
    "start",
    [dt.date(2026, 1, 9), dt.date(2026, 1, 10), dt.date(2026, 12, 25)],
    ids=["working day", "saturday", "holiday"],
)
def test_add_zero_working_days_returns_start(start):
    assert add_working_days(start, 0) == start


def test_add_working_days_refuses_negative_days():
    with pytest.raises(ValueError, match="days must not be negative, got -1."):
        add_working_days(dt.date(2026, 1, 9), -1)


@pytest.mark.django_db
def test_a_mall_closure_is_skipped_only_for_that_mall():
    """Closed on Monday 12 January 2026: due Tuesday there, Monday elsewhere."""
    # given
    closed_mall, other_mall = MallFactory(), MallFactory()
    _close(closed_mall, dt.date(2026, 1, 12))
    friday = dt.date(2026, 1, 9)

    # when
    due_at_closed_mall = add_working_days(friday, 1, mall=closed_mall)
    due_at_other_mall = add_working_days(friday, 1, mall=other_mall)
    due_without_mall = add_working_days(friday, 1)

    # then
    assert due_at_closed_mall == dt.date(2026, 1, 13)
    assert due_at_other_mall == dt.date(2026, 1, 12)
    assert due_without_mall == dt.date(2026, 1, 12)


@pytest.mark.django_db
def test_a_closure_on_the_start_day_does_not_matter():
    # given
    mall = MallFactory()
    _close(mall, dt.date(2026, 1, 9))

    # then
    assert add_working_days(dt.date(2026, 1, 9), 1, mall=mall) == dt.date(2026, 1, 12)


@pytest.mark.django_db
@pytest.mark.parametrize("days", [1, 60])
def test_add_working_days_for_a_mall_reads_closures_once(
    django_assert_num_queries, days
):
    # given
    mall = MallFactory()
    _close(mall, dt.date(2026, 1, 12), dt.date(2026, 3, 2))
    start = dt.date(2026, 1, 9)

    # when
    with django_assert_num_queries(1):
        due = add_working_days(start, days, mall=mall)

    # then
    assert due == {1: dt.date(2026, 1, 13), 60: dt.date(2026, 4, 20)}[days]


@pytest.mark.django_db
def test_add_60_working_days_for_a_mall_uses_at_most_two_queries(
    django_assert_max_num_queries,
):
    # given
    mall = MallFactory()
    _close(mall, dt.date(2026, 1, 12))

    # when
    with django_assert_max_num_queries(2):
        due = add_working_days(dt.date(2026, 1, 9), 60, mall=mall)

    # then
    # 13 in Jan, 18 in Feb, 17 in Mar (not 18–24), 12 in Apr (not 3, Good Friday)
    assert due == dt.date(2026, 4, 17)


@pytest.mark.django_db
def test_closures_beyond_the_first_window_are_read_with_one_more_query(
    django_assert_num_queries,
):
    """days=1 reads 33 days ahead; a mall closed for 40 days needs a second read."""
    # given
    mall = MallFactory()
    start = dt.date(2026, 1, 9)
    _close(mall, *_days(start + dt.timedelta(days=1), 40))

    # when
    with django_assert_num_queries(2):
        due = add_working_days(start, 1, mall=mall)

    # then
    assert due == dt.date(2026, 2, 19)


# working_days_between


@pytest.mark.parametrize(
    ("_case", "start", "end", "expected"),
    [
        ("same day", dt.date(2026, 1, 9), dt.date(2026, 1, 9), 0),
        ("end before start", dt.date(2026, 1, 12), dt.date(2026, 1, 9), 0),
        ("friday to monday", dt.date(2026, 1, 9), dt.date(2026, 1, 12), 1),
        ("friday to sunday", dt.date(2026, 1, 9), dt.date(2026, 1, 11), 0),
        ("lebaran week", dt.date(2026, 3, 16), dt.date(2026, 3, 24), 1),
        ("across the new year", dt.date(2026, 12, 24), dt.date(2027, 1, 12), 10),
    ],
)
def test_working_days_between(_case, start, end, expected):
    assert working_days_between(start, end) == expected


@pytest.mark.django_db
def test_working_days_between_skips_the_malls_closures_in_one_query(
    django_assert_num_queries,
):
    # given
    mall, other_mall = MallFactory(), MallFactory()
    _close(mall, dt.date(2026, 1, 12), dt.date(2026, 1, 13))
    start, end = dt.date(2026, 1, 9), dt.date(2026, 1, 16)

    # when
    with django_assert_num_queries(1):
        at_mall = working_days_between(start, end, mall=mall)

    # then
    assert at_mall == 2  # Wed 14 and Thu 15; Fri 16 is Isra Mikraj
    assert working_days_between(start, end, mall=other_mall) == 4


def test_working_days_between_inverts_add_working_days():
    """For every start (weekdays, weekends, holidays, around Lebaran and the new year)
    and every day count, the due date is exactly `days` working days after start and
    the first date that is."""
    starts = _days(dt.date(2026, 3, 1), 40) + _days(dt.date(2026, 12, 1), 45)
    for start in starts:
        for days in range(30):
            # when
            due = add_working_days(start, days)

            # then
            assert working_days_between(start, due) == days, (start, days)
            if days:
                assert is_working_day(due) is True, (start, days)
                before = due - dt.timedelta(days=1)
                assert working_days_between(start, before) == days - 1, (start, days)


@pytest.mark.django_db
def test_working_days_between_inverts_add_working_days_for_a_mall():
    # given
    mall = MallFactory()
    _close(mall, dt.date(2026, 12, 28), dt.date(2026, 12, 31), dt.date(2027, 1, 6))
    start_days = _days(dt.date(2026, 12, 18), 20)

    for start in start_days:
        for days in range(15):
            # when
            due = add_working_days(start, days, mall=mall)

            # then
            assert working_days_between(start, due, mall=mall) == days, (start, days)
            if days:
                before = due - dt.timedelta(days=1)
                assert working_days_between(start, before, mall=mall) == days - 1


# mall_closures


@pytest.mark.django_db
def test_mall_closures_are_the_malls_dates_in_the_closed_range(
    django_assert_num_queries,
):
    # given
    mall, other_mall = MallFactory(), MallFactory()
    _close(mall, dt.date(2026, 4, 30), dt.date(2026, 5, 4), dt.date(2026, 5, 8))
    _close(mall, dt.date(2026, 5, 11))
    _close(other_mall, dt.date(2026, 5, 5))

    # when
    with django_assert_num_queries(1):
        closed = mall_closures(
            mall=mall, start=dt.date(2026, 5, 4), end=dt.date(2026, 5, 8)
        )

    # then
    assert closed == frozenset({dt.date(2026, 5, 4), dt.date(2026, 5, 8)})


@pytest.mark.django_db
def test_mall_closures_of_an_empty_range_need_no_query(django_assert_num_queries):
    # given
    mall = MallFactory()

    # when
    with django_assert_num_queries(0):
        closed = mall_closures(
            mall=mall, start=dt.date(2026, 5, 8), end=dt.date(2026, 5, 4)
        )

    # then
    assert closed == frozenset()
