"""Pagination that counts with the page query itself.

Django's Paginator runs COUNT(*) and then the page query: two scans of the matching
rows. On a search that matches thousands of services, COUNT(*) OVER () gives the
total in the same scan (make bench: service_search).
"""

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet, Window


def window_page(queryset: QuerySet, number, per_page: int) -> Page:
    """The page `number` (1 if invalid; the last page if past the end) of
    `queryset`, counted in the same query."""
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1
    counted = queryset.annotate(_total=Window(Count("*")))
    offset = (number - 1) * per_page
    rows = list(counted[offset : offset + per_page])
    if rows:
        total = rows[0]._total
    else:
        total = queryset.count()  # past the end (or empty): one count, then clamp
        last = max(1, -(-total // per_page))
        if number > last and total:
            return window_page(queryset, last, per_page)
    paginator = Paginator(queryset, per_page)
    paginator.count = total  # cached_property: set it, so no COUNT(*) is run
    return Page(rows, number, paginator)
