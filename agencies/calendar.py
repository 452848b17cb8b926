"""Working days of the malls (DOMAIN §8): Monday to Friday, minus Indonesia's public
holidays and joint leave days (cuti bersama) from the `holidays` package, minus each
mall's own closures."""

import datetime as dt
import functools
from types import MappingProxyType

import holidays

from agencies.models import Closure, Mall

ONE_DAY = dt.timedelta(days=1)


@functools.lru_cache(maxsize=32)
def _national_days_off(year: int) -> MappingProxyType[dt.date, str]:
    # Read-only, so callers of the cached value cannot change it for everyone else.
    # `language="id"` makes the names independent of the server's locale.
    days = holidays.country_holidays(
        "ID", years=year, categories=("public", "government"), language="id"
    )
    return MappingProxyType(dict(days.items()))


def national_days_off(year: int) -> dict[dt.date, str]:
    """Indonesian public holidays and joint leave days (cuti bersama) of `year`, by
    date, named in Indonesian. Cached per year: the package's data does not change at
    run time. The dict is a fresh copy; changing it changes nothing here."""
    return dict(_national_days_off(year))


def is_working_day(day: dt.date, *, closed: frozenset[dt.date] = frozenset()) -> bool:
    """Monday to Friday, not a national day off, not in `closed` (a mall's closures)."""
    return (
        day.isoweekday() <= 5
        and day not in _national_days_off(day.year)
        and day not in closed
    )


def mall_closures(*, mall: Mall, start: dt.date, end: dt.date) -> frozenset[dt.date]:
    """The mall's Closure dates in [start, end], in one query (none if end < start)."""
    if end < start:
        return frozenset()
    return frozenset(
        Closure.objects.filter(mall=mall, date__range=(start, end)).values_list(
            "date", flat=True
        )
    )


def add_working_days(start: dt.date, days: int, *, mall: Mall | None = None) -> dt.date:
    """The date `days` working days after `start`, counting from the day after start:
    submitted on a Friday with days=1, due the next Monday, or later if that Monday is
    a day off. days=0 returns start, whatever day it is.

    With a mall, its closures are read in one query for a window of days*3 + 30
    calendar days, which is ample for any real calendar; only if closures fill that
    window is the next window of the same length read."""
    if days < 0:
        raise ValueError(f"days must not be negative, got {days}.")
    if days == 0:
        return start
    window = dt.timedelta(days=days * 3 + 30)
    closed: frozenset[dt.date] = frozenset()
    fetched_until = dt.date.max
    if mall is not None:
        fetched_until = start + window
        closed = mall_closures(mall=mall, start=start + ONE_DAY, end=fetched_until)
    day = start
    while days:
        day += ONE_DAY
        if day > fetched_until:
            fetched_until = day + window
            closed |= mall_closures(mall=mall, start=day, end=fetched_until)
        if is_working_day(day, closed=closed):
            days -= 1
    return day


def working_days_between(
    start: dt.date,
    end: dt.date,
    *,
    mall: Mall | None = None,
    closed: frozenset[dt.date] | None = None,
) -> int:
    """Working days after `start` up to and including `end`, 0 if end <= start: the
    time a deadline was paused while the application waited on the citizen, or how
    long an application took for SLA reports. With a mall, one query; with the
    mall's `closed` days already read (reports over many applications), none."""
    if end <= start:
        return 0
    first = start + ONE_DAY
    if closed is None:
        closed = (
            mall_closures(mall=mall, start=first, end=end)
            if mall is not None
            else frozenset()
        )
    return sum(
        is_working_day(first + dt.timedelta(days=offset), closed=closed)
        for offset in range((end - first).days + 1)
    )
