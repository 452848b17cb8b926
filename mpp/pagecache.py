"""Whole-page cache for the public catalogue pages (issue 9 §4).

The home page, the search, a service's page and the mall and agency pages are the
same for every anonymous visitor and change only when the catalogue does. A view
marked with `@public_page` has its 200 answers to anonymous GETs stored in the cache
(Redis in production), and `PublicPageCacheMiddleware`, near the top of the
middleware, answers the next identical request from there without sessions,
language, CSRF, authentication or the view.

Never stale after an edit: every stored page carries the catalogue's version token;
any write to the models a public page shows (`WATCHED`: services, requirements,
steps, form fields, where they are offered, agencies, malls, booths, hours,
closures, search synonyms) replaces the token, at once and again when its
transaction commits (a reader between the two could store the old rows under the
new token; the second bump drops that). A page stored under another token is a
miss. Writes that bypass `Model.save()` (`update()`, `bulk_create`) call `bump()`.
The token and the page come back in one cache round trip.

What a page may depend on, and so is part of its key: the host and scheme, the
path (the language is its
prefix: `/` is always Indonesian, LocaleMiddleware ignores the cookie there), the
query string, the htmx headers (search answers a fragment to htmx), today's date
in the portal's time zone (opening hours "today") and the release
(`mpp.cache.release`). What makes a request skip the
cache: any method but GET, a session cookie (signed-in visitors see their name), a
pending message (the `messages` cookie), a long query string. A page with a query
string (a search) is stored only when it is asked for the second time, so that
made-up queries cannot flood the cache with pages.

Stored pages keep their headers but never a cookie: the CSRF cookie Django sets on
the first visitor's answer is theirs. A cached page's `hx-headers` CSRF token is
another visitor's, which is harmless: public pages send only GETs, and the
language switch (the one form on them) is CSRF-exempt (mpp/views.py set_language).

Redis down: mpp.cache.ResilientRedisCache misses and drops writes; every page is
rendered as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from mpp.cache import (
    on_every_write,
    release,
    token_bump,
    token_bump_now_and_on_commit,
    token_current,
)

VERSION_KEY = "pagecache:catalogue:version"
#: Paths whose views may be public pages; any other path costs nothing here.
_CANDIDATE = re.compile(r"^/(?:en/)?(?:$|layanan/|mpp/|instansi/)")
MAX_QUERY_LENGTH = 200
#: Models whose rows public pages show, as "app_label.ModelName".
WATCHED = (
    "services.Service",
    "services.Requirement",
    "services.ProcedureStep",
    "services.ServiceField",
    "services.SearchSynonym",
    "agencies.Agency",
    "agencies.Mall",
    "agencies.OpeningHours",
    "agencies.Booth",
    "agencies.Closure",
)
_STORED_FLAG = "_mpp_public_page"


def public_page(view: Callable) -> Callable:
    """Mark a view's answers as the same for every anonymous visitor (given the
    path, query string, htmx headers and day), so the middleware may store them."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        setattr(response, _STORED_FLAG, True)
        return response

    return wrapped


def bump() -> None:
    """A new catalogue version: every stored page is a miss from now on."""
    token_bump(VERSION_KEY)


def bump_now_and_on_commit() -> None:
    token_bump_now_and_on_commit(VERSION_KEY)


def _on_write(sender, **kwargs) -> None:
    bump_now_and_on_commit()


def connect_signals() -> None:
    """Called once from mpp.apps.MppConfig.ready()."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed

    on_every_write(WATCHED, _on_write, "pagecache")
    through = apps.get_model("services.Service").booths.through
    m2m_changed.connect(_on_write, sender=through, dispatch_uid="pagecache:offered")


def _page_key(request: HttpRequest) -> str | None:
    """The key of this request's page, or None when it must not be cached."""
    if request.method != "GET" or not _CANDIDATE.match(request.path_info):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_LENGTH:
        return None
    headers = request.headers
    ident = "\n".join(
        (
            # Host and scheme: no public page builds an absolute URL today, but one
            # that did must not serve one host's links to another.
            request.META.get("HTTP_HOST", ""),
            request.scheme,
            request.path_info,
            query,
            headers.get("HX-Request", ""),
            headers.get("HX-Target", ""),
            timezone.localdate().isoformat(),
            release(),
        )
    )
    return "pagecache:page:" + hashlib.sha256(ident.encode()).hexdigest()


def _asked_before(key: str, request: HttpRequest, seconds: int) -> bool:
    """Pages without a query string are as many as the catalogue's pages; a search
    is stored only the second time it is asked within `seconds`, so that a flood of
    made-up queries fills the cache with small markers, not whole pages."""
    if not request.META.get("QUERY_STRING"):
        return True
    first_time = cache.add(key + ":asked", 1, timeout=seconds)
    return not first_time


class PublicPageCacheMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.MPP_PUBLIC_PAGE_CACHE_SECONDS
        key = _page_key(request) if seconds else None
        if key is None:
            return self.get_response(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        stored = found.get(key)
        if stored is not None and version is not None and stored[0] == version:
            _version, content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        if version is None:  # the first page since the cache started
            version = token_current(VERSION_KEY)
        response = self.get_response(request)
        if (
            version is not None
            and getattr(response, _STORED_FLAG, False)
            and response.status_code == 200
            and not response.streaming
            and _asked_before(key, request, seconds)
        ):
            cache.set(
                key,
                (version, response.content, dict(response.headers)),
                timeout=seconds,
            )
        return response
