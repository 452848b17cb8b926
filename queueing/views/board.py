"""The display board: a TV in a browser at a mall, with no sign-in and no personal
data (issue 8). The page is rendered with the current state (it works without JS);
static/js/board.js then polls `board_data` every second with `If-None-Match`.

Every TV of a mall polls, so an unchanged board costs one query: the mall (by its
slug) and its board version come together (`_mall_with_version`), and a matching
ETag answers 304 at once. A changed board costs two more (`selectors.board_state`),
whatever the number of tickets.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from agencies.models import Mall
from queueing import selectors
from queueing.models import TicketStatus

#: A call in one of these is still going on at its counter.
_ACTIVE = {TicketStatus.CALLED, TicketStatus.SERVING}


# Raw SQL, not the ORM: every TV of every mall asks this once a second, and
# building the ORM's subquery cost 4 ms of Python per poll against 0.3 ms for the
# query itself (bench display_board). The same answer as selectors.board_version
# (tests/queueing/test_board_views.py checks it).
_MALL_WITH_VERSION = """
    SELECT m.id, m.name, m.slug,
           (SELECT MAX(e.id)
              FROM queueing_ticketevent e
             WHERE e.mall_id = m.id AND e.day = %s)
      FROM agencies_mall m
     WHERE m.slug = %s AND m.is_active
"""


def _mall_with_version(*, slug: str, day: dt.date) -> Mall:
    """The active mall by its slug, with `board_version` set to what
    `selectors.board_version` returns (the newest event of its tickets of `day`, 0
    before the first), in ONE query, so a poll of an unchanged board costs that
    query only. Unknown or inactive mall: 404."""
    with connection.cursor() as cursor:
        cursor.execute(_MALL_WITH_VERSION, [day, slug])
        row = cursor.fetchone()
    if row is None:
        raise Http404
    mall = Mall(pk=row[0], name=row[1], slug=row[2], is_active=True)
    mall.board_version = row[3] or 0
    return mall


def _etag(version: int) -> str:
    return f'"{version}"'


def _no_cache(response: HttpResponse, version: int) -> HttpResponse:
    """Any cache must ask again every time (a TV must never show an old call)."""
    response["ETag"] = _etag(version)
    patch_cache_control(response, no_cache=True)
    return response


def _call(call: selectors.BoardCall) -> dict:
    return {
        "counter": call.counter_number,
        "ticket": call.ticket,
        "service": call.service,
        "status": call.status,
        "status_label": str(TicketStatus(call.status).label),
        "active": call.status in _ACTIVE,
        "announcement": call.announcement,
        "called_at": call.called_at,
    }


def _waiting(row: dict) -> dict:
    return {
        "service_id": row["service_id"],
        "service": row["service__name"],
        "prefix": row["prefix"],
        "people": row["people"],
    }


@require_safe
def board(request: HttpRequest, mall: str) -> HttpResponse:
    """The full-screen board, with the state of now: the first poll is a 304."""
    day = timezone.localdate()
    the_mall = _mall_with_version(slug=mall, day=day)
    state = selectors.board_state(mall=the_mall, day=day)
    calls = [_call(c) for c in state["calls"]]
    response = render(
        request,
        "queueing/board.html",
        {
            "mall": the_mall,
            "version": the_mall.board_version,
            "now_call": calls[0] if calls else None,
            "earlier_calls": calls[1:],
            "waiting": [_waiting(w) for w in state["waiting"]],
            "waiting_total": sum(w["people"] for w in state["waiting"]),
            "server_time": timezone.now(),
            "time_zone": settings.TIME_ZONE,
        },
    )
    patch_cache_control(response, no_cache=True)
    return response


#: The board data's path (queueing/urls.py board_data), in both languages.
_BOARD_DATA_PATH = re.compile(
    r"^/(?:en/)?antrean/(?P<mall>[-a-zA-Z0-9_]+)/layar/data/$"
)


class BoardNotModifiedMiddleware:
    """Answer a TV's poll of an unchanged board (a GET with If-None-Match) with its
    304 before sessions, language, CSRF, authentication and the URL resolver, which
    cost a 304 more than its one query (bench display_board). The board data is the
    same for everyone and needs none of them. Anything else goes on as usual; a
    changed board's mall and version are kept on the request so that board_data
    does not ask again."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET" and "HTTP_IF_NONE_MATCH" in request.META:
            match = _BOARD_DATA_PATH.match(request.path_info)
            if match:
                try:
                    the_mall = _mall_with_version(
                        slug=match["mall"], day=timezone.localdate()
                    )
                except Http404:
                    return self.get_response(request)
                version = the_mall.board_version
                not_modified = get_conditional_response(request, etag=_etag(version))
                if not_modified is not None:
                    return _no_cache(not_modified, version)
                request.mpp_board_mall = the_mall
        return self.get_response(request)


@require_safe
def board_data(request: HttpRequest, mall: str) -> HttpResponse:
    """The board as JSON for board.js; 304 with no body while nothing moved (most
    of those answered by BoardNotModifiedMiddleware already)."""
    day = timezone.localdate()
    the_mall = getattr(request, "mpp_board_mall", None)
    if the_mall is None or the_mall.slug != mall:
        the_mall = _mall_with_version(slug=mall, day=day)
    version = the_mall.board_version
    not_modified = get_conditional_response(request, etag=_etag(version))
    if not_modified is not None:
        return _no_cache(not_modified, version)
    state = selectors.board_state(mall=the_mall, day=day)
    waiting = [_waiting(w) for w in state["waiting"]]
    return _no_cache(
        JsonResponse(
            {
                "version": version,
                "calls": [_call(c) for c in state["calls"]],
                "waiting": waiting,
                "waiting_total": sum(w["people"] for w in waiting),
                "server_time": timezone.now(),
            }
        ),
        version,
    )
