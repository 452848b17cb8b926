"""A Redis cache that degrades instead of failing: a cache or throttle is never worth
a 500 page (RELIABILITY 25). Reads miss and writes are dropped while Redis is down."""

import logging
import uuid

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

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


class _ClientPerPool(RedisCacheClient):
    """Django builds a new `redis.Redis` for every cache call, and each one fills its
    table of ~170 reply callbacks: about 0.1 ms a call, paid twice by a signed-in
    page (session, page cache). A `redis.Redis` is thread-safe and holds no
    connection of its own (its pool does), so one per pool serves every call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ClientPerPool

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


def token_bump(key: str, *, timeout: int | None = None) -> None:
    """A new token under `key`: whatever was cached under the old one is a miss.
    `timeout`: as for `token_current`."""
    from django.core.cache import cache

    cache.set(key, uuid.uuid4().hex, timeout=timeout)


def token_current(key: str, *, timeout: int | None = None) -> str | None:
    """The token under `key`, made if there is none yet (the first read since the
    cache started; add() keeps one a concurrent writer set in between). Read it
    BEFORE computing what is cached under it, so that a write committed meanwhile
    leaves the value under an old token. None while the cache is down: cache
    nothing. `timeout`: how long a token made here lives (None: until replaced);
    one per application or mall must expire, or such keys pile up. A token that
    expires only makes what was cached under it a miss."""
    from django.core.cache import cache

    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=timeout)
        token = cache.get(key)
    return token


def tokens_current(
    found: dict, keys: list[str], *, timeout: int | None = None
) -> tuple[str, ...] | None:
    """The token under each of `keys`, taken from `found` (a `get_many` that read
    them with what is cached under them) or made (`token_current`); None while the
    cache is down."""
    values = []
    for key in keys:
        value = found.get(key) or token_current(key, timeout=timeout)
        if value is None:
            return None
        values.append(value)
    return tuple(values)


def token_bump_now_and_on_commit(key: str) -> None:
    """A new token at once and again when the transaction commits: a reader between
    the write and the commit may cache the old rows under the first new token; the
    second one drops them."""
    from django.db import transaction

    token_bump(key)
    transaction.on_commit(lambda: token_bump(key), robust=True)


def on_every_write(labels, receiver, uid: str) -> None:
    """Connect `receiver` to the post_save and post_delete of each model in `labels`
    ("app_label.ModelName")."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    for label in labels:
        model = apps.get_model(label)
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}:{label}:save")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}:{label}:del")


def cached_under_token(token_key: str, key: str, compute, *, timeout: int):
    """`compute()`, cached under `key` while the token under `token_key` is
    unchanged: the token and the value come back in one round trip. A None from
    `compute()` is not stored. Cache down: computed every time."""
    from django.core.cache import cache

    found = cache.get_many([token_key, key])
    token = found.get(token_key) or token_current(token_key, timeout=timeout * 2)
    stored = found.get(key)
    if stored is not None and token is not None and stored[0] == token:
        return stored[1]
    value = compute()
    if token is not None and value is not None:
        cache.set(key, (token, value), timeout=timeout)
    return value


def release() -> str:
    """What names the deployed code in cache keys of rendered pages: MPP_RELEASE and
    the static files' manifest (a page names hashed files a new release may not
    have)."""
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage

    manifest = getattr(staticfiles_storage, "manifest_hash", "") or ""
    return f"{settings.MPP_RELEASE}:{manifest}"
