"""Pagination that counts with the page query itself.

Django's Paginator runs COUNT(*) and then the page query: two scans of the matching
rows. On a search that matches thousands of services, COUNT(*) OVER () gives the
total in the same scan (make bench: service_search).

`window_page` reads the page number as `Paginator.get_page` does, so every list in
the portal (the others use Django's Paginator) answers the same `?page=`: not a
number ("abc", "", "1e9", "2.5", or too long for int()) is the first page; below 1
or past the end, however large, is the last page.
"""

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet, Window

#: The largest OFFSET sent to the database. A signed 32-bit integer fits every
#: backend; PostgreSQL refuses an OFFSET past bigint (?page= of 18 digits) with an
#: error. A page beyond it is past the end of any real table, so it is not fetched.
MAX_OFFSET = 2**31 - 1


def page_number(raw) -> int:
    """`raw` (a query-string value) as `Paginator.get_page` reads it: the integer,
    or 1 if it is not one. Out of range (below 1, past the end) is the caller's."""
    try:
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueError
        return int(raw)
    except (TypeError, ValueError):  # also a string beyond int()'s 4,300 digits
        return 1


def window_page(queryset: QuerySet, number, per_page: int) -> Page:
    """The page `number` of `queryset`, counted in the same query; like
    `Paginator.get_page`, the first page if `number` is not a number and the last
    page if it is out of range."""
    number = page_number(number)
    offset = (number - 1) * per_page
    if number >= 1 and offset <= MAX_OFFSET:
        counted = queryset.annotate(_total=Window(Count("*")))
        rows = list(counted[offset : offset + per_page])
        if rows:
            return _page(queryset, rows, number, per_page, total=rows[0]._total)
    # Out of range (or nothing matches): one count, then the last page.
    total = queryset.count()
    last = max(1, -(-total // per_page))
    if total and not 1 <= number <= last:
        return window_page(queryset, last, per_page)
    return _page(queryset, [], min(max(number, 1), last), per_page, total=total)


def _page(queryset: QuerySet, rows: list, number: int, per_page: int, *, total: int):
    paginator = Paginator(queryset, per_page)
    paginator.count = total  # cached_property: set it, so no COUNT(*) is run
    return Page(rows, number, paginator)
