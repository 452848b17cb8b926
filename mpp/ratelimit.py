"""A small fixed-window rate limit on the shared cache (Redis in production, so the
limit holds across gunicorn processes and machines)."""

import logging
import time

from allauth.core.internal.httpkit import get_client_ip

from django.core.cache import cache
from django.http import HttpRequest

logger = logging.getLogger(__name__)


def client_address(request: HttpRequest) -> str:
    """The client's address. Behind the TLS proxy REMOTE_ADDR is the proxy's, so this
    reads X-Forwarded-For as far as ALLAUTH_TRUSTED_PROXY_COUNT trusts it (the same
    rule allauth's login throttle uses)."""
    return get_client_ip(request) or "unknown"


def rate_limited(request: HttpRequest, *, key: str, limit: int, period: int) -> bool:
    """Count this request; True once `limit` requests were made in the window.
    Fails open: with the cache down the page still answers (RELIABILITY 25)."""
    window = int(time.time() // period)
    cache_key = f"rl:{key}:{client_address(request)}:{window}"
    try:
        added = cache.add(cache_key, 1, timeout=period)
        count = 1 if added else cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        count = 1
    except Exception:  # noqa: BLE001 - cache unreachable
        logger.warning("Rate limit %s skipped: cache unavailable", key)
        return False
    return count > limit
