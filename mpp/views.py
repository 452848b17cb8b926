import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost, RequestDataTooBig
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@require_safe
@never_cache
def ping(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers. No database, no template (the benchmark floor)."""
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """Readiness: can this process reach the database and the cache/broker?"""
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.exception("Health check: database unreachable")
        checks["database"] = "error"
    try:
        cache.set("health:ping", "1", timeout=5)
        checks["cache"] = "ok" if cache.get("health:ping") == "1" else "error"
    except Exception:  # noqa: BLE001
        logger.exception("Health check: cache unreachable")
        checks["cache"] = "error"
    healthy = all(v == "ok" for v in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )


# ---------------------------------------------------------------- error pages
# 404 and 500 are Django's own views with templates/404.html and 500.html (500.html
# needs no request). 400 and 403 are rendered here with the request, so that their
# page shows the visitor's header and language; 413 comes from
# mpp.middleware.request_size_limit.


def _status_page(
    request: HttpRequest, template: str, status: int, context: dict | None = None
) -> HttpResponse:
    """`template` in the portal's layout; if the layout itself fails (the request is
    what is wrong), a plain text answer with the same status."""
    try:
        response = render(request, template, context, status=status)
    except Exception:  # noqa: BLE001 - the visitor still gets the right status
        logger.exception("The %s page could not be rendered", status)
        response = HttpResponse(
            _("The portal could not answer this request."),
            status=status,
            content_type="text/plain; charset=utf-8",
        )
    add_never_cache_headers(response)
    return response


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400: an unreadable request. A form body over DATA_UPLOAD_MAX_MEMORY_SIZE is a
    request too large (413), as one over MPP_MAX_REQUEST_BYTES is."""
    if isinstance(exception, RequestDataTooBig):
        return request_too_large(request)
    return _status_page(request, "400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _status_page(request, "403.html", 403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """403 for a form without a valid CSRF token (CSRF_FAILURE_VIEW): in the layout
    and the visitor's language, saying what to do, instead of Django's English page."""
    return _status_page(request, "403_csrf.html", 403)


def request_too_large(request: HttpRequest) -> HttpResponse:
    """413, with a link back to the form the upload came from (same site only)."""
    from applications.uploads import DEFAULT_MAX_BYTES

    return _status_page(
        request,
        "413.html",
        413,
        {
            "message": _("The upload is too large (more than %(limit)d MB in one go).")
            % {"limit": settings.MPP_MAX_REQUEST_BYTES // (1024 * 1024)},
            "document_mb": DEFAULT_MAX_BYTES // (1024 * 1024),
            "back_url": _same_site_referer(request),
        },
    )


def _same_site_referer(request: HttpRequest) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except DisallowedHost:
        return ""
    if url_has_allowed_host_and_scheme(
        referer, allowed_hosts={host}, require_https=request.is_secure()
    ):
        return referer
    return ""
