"""A Redis cache that degrades instead of failing: a cache or throttle is never worth
a 500 page (RELIABILITY 25). Reads miss and writes are dropped while Redis is down."""

import logging

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
