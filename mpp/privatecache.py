"""Rendered back-office pages, cached per person under the version tokens of what
they show (issues 7 and 10: the inbox, the review page and the dashboards are read
far more often than what they show changes).

`@private_page(tokens)` wraps a view that has already checked who is asking: it
sits under `staff_required`, so the sign-in, the second factor, the scope check
(others get 404) and, for the review page, the audit row run on every request. Only
the rendering is skipped. `tokens(request, *args, **kwargs)` names the version-token
keys (mpp.cache / applications.versions) whose every write replaces them; the page
is stored with the tokens' values read *before* it was rendered, and served only
while they are all unchanged. A write committed while a page renders thus leaves it
under an old token: the next request misses. `seconds` bounds a page's life
whatever the tokens say (the citizen's name on a row, a colleague joining a booth:
what no token watches).

What a page may depend on, and so is part of its key: the person (user id) and what
they may see now (their actor: staff and provincial-admin flags, managed malls,
booth seats and roles, read on every request, so a change of the user's own flags
in the admin, which no token watches, is a different page at once), their CSRF
secret (the page's forms carry a token masked from it, which must match their
cookie), the language, the whole path with its query string, the htmx headers (a
fragment or the page), today's date (due soon, overdue) and the release
(`mpp.cache.release`: MPP_RELEASE and the static files' manifest). The bell's
unread count in the header is compared like a token (notifications.selectors keeps
it in the cache and drops it on every change), so a new notification shows at once.

What makes a request skip the cache: any method but GET, no CSRF cookie yet (the
page would set it), a pending message (shown once, by the page that renders it),
Redis down (mpp.cache answers nothing: every page is rendered). Only a 200 that
sets no cookie is stored; a hit is answered with `X-Page-Cache: hit`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from agencies.permissions import actor_for
from mpp.cache import release, tokens_current
from notifications.selectors import unread_count, unread_count_key

#: A page's longest life whatever its tokens say.
DEFAULT_SECONDS = 300
_HTMX_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-History-Restore-Request")


def _access(request: HttpRequest) -> str:
    """What the person may see now (agencies.permissions, already read for the
    access check: no query)."""
    actor = actor_for(request.user)
    return repr(
        (
            actor.is_staff,
            actor.is_provincial_admin,
            sorted(actor.managed_mall_ids),
            sorted((seat.booth_id, seat.role) for seat in actor.seats),
        )
    )


def _page_key(request: HttpRequest) -> str | None:
    if request.method != "GET":
        return None
    csrf_secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not csrf_secret or request.COOKIES.get(CookieStorage.cookie_name):
        return None
    session = getattr(request, "session", None)
    if session is not None and "_messages" in session:
        return None
    headers = request.headers
    ident = "\n".join(
        (
            str(request.user.pk),
            _access(request),
            csrf_secret,
            translation.get_language() or "",
            request.get_host(),
            request.get_full_path(),
            *(headers.get(name, "") for name in _HTMX_HEADERS),
            timezone.localdate().isoformat(),
            release(),
        )
    )
    return "privatecache:page:" + hashlib.sha256(ident.encode()).hexdigest()


def _current(
    request: HttpRequest, found: dict, keys: list[str], seconds: int
) -> tuple | None:
    """The current value of each token key (made if missing, expiring), then the
    bell's unread count; None when the cache is down."""
    values = tokens_current(found, keys, timeout=seconds * 2)
    if values is None:
        return None
    unread = found.get(unread_count_key(request.user.pk))
    if unread is None:
        unread = unread_count(user=request.user)
    return (*values, unread)


def private_page(
    tokens: Callable[..., Iterable[str]], *, seconds: int = DEFAULT_SECONDS
) -> Callable:
    """Cache the view's rendered answer for the same person and request, while the
    version tokens named by `tokens(request, *args, **kwargs)` are unchanged."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            key = _page_key(request) if seconds else None
            if key is None:
                return view(request, *args, **kwargs)
            token_keys = sorted(set(tokens(request, *args, **kwargs)))
            found = cache.get_many(
                [*token_keys, unread_count_key(request.user.pk), key]
            )
            current = _current(request, found, token_keys, seconds)
            if current is None:
                return view(request, *args, **kwargs)
            stored = found.get(key)
            if stored is not None and stored[0] == current:
                _tokens, content, headers = stored
                response = HttpResponse(content, headers=headers)
                response["X-Page-Cache"] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 200
                and not response.streaming
                and not response.cookies
            ):
                cache.set(
                    key,
                    (current, response.content, dict(response.headers)),
                    timeout=seconds,
                )
            return response

        return wrapped

    return decorator
