"""A small fixed-window rate limit on the shared cache (Redis in production, so the
limit holds across gunicorn processes and machines)."""

import time

from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    # Behind the proxy, gunicorn's --forwarded-allow-ips makes REMOTE_ADDR the client.
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limited(request: HttpRequest, *, key: str, limit: int, period: int) -> bool:
    """Count this request; True once `limit` requests were made in the window."""
    window = int(time.time() // period)
    cache_key = f"rl:{key}:{client_address(request)}:{window}"
    try:
        added = cache.add(cache_key, 1, timeout=period)
        count = 1 if added else cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=period)
        count = 1
    return count > limit
