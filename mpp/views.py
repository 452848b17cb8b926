import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
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
