"""A Redis cache that degrades instead of failing: a cache or throttle is never worth
a 500 page (RELIABILITY 25). Reads miss and writes are dropped while Redis is down."""

import logging
import uuid

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _tolerant(name: str, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(ResilientRedisCache, self), name)(*args, **kwargs)
        except Exception:  # noqa: BLE001 - redis.exceptions.* and socket errors
            logger.warning("Cache %s failed: Redis unavailable", name)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = name
    return method


class ResilientRedisCache(RedisCache):
    get = _tolerant("get", lambda key, default=None, version=None: default)
    get_many = _tolerant("get_many", {})
    set = _tolerant("set", None)
    # True: a lock or counter "taken" while Redis is down lets the request through
    # (allauth locks its throttle with add(); failing closed would lock everyone out).
    add = _tolerant("add", True)
    delete = _tolerant("delete", False)
    touch = _tolerant("touch", False)
    has_key = _tolerant("has_key", False)
    set_many = _tolerant("set_many", [])
    delete_many = _tolerant("delete_many", None)


# ---------------------------------------------------------------- version tokens
# A cached value keyed by a token that every write of its source replaces is never
# served stale: the public pages (mpp/pagecache.py) and the dashboards' summaries
# (reports/selectors.py). applications/versions.py keeps one token per mall.


def token_bump(key: str) -> None:
    """A new token under `key`: whatever was cached under the old one is a miss."""
    from django.core.cache import cache

    cache.set(key, uuid.uuid4().hex, timeout=None)


def token_current(key: str) -> str | None:
    """The token under `key`, made if there is none yet (the first read since the
    cache started; add() keeps one a concurrent writer set in between). Read it
    BEFORE computing what is cached under it, so that a write committed meanwhile
    leaves the value under an old token. None while the cache is down: cache
    nothing."""
    from django.core.cache import cache

    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token
