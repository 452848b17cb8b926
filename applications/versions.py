"""A version token per mall for its applications, so that what the back office reads
often and the same way for a whole booth (the inbox's counts per status, the
services in its filter) can be cached without ever being served stale.

Every save or delete of an application replaces its mall's token (and the
province-wide one) once the transaction commits, and its own token, which every
save or delete of its documents, status changes and messages also replaces. A
cached value is keyed by the tokens of what it covers, so any write there makes
the next read miss and recompute. A write that bypasses `Model.save()` (a
queryset `update()`, a `bulk_create`) must call `bump()` itself; `CACHE_SECONDS`
bounds the damage of one that forgets.

A signal, not a call in every action: applications are written by the citizens'
and officers' actions, the beat tasks, the admin and imports, and one path that
forgot to invalidate would show an officer wrong counts. Redis down: the cache
(mpp.cache.ResilientRedisCache) answers nothing, every read recomputes.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

from mpp.cache import token_bump, tokens_current

T = TypeVar("T")

#: The longest a cached value lives, whatever the tokens say.
CACHE_SECONDS = 300
ALL = "all"


def _key(mall_id: int | str) -> str:
    return f"applications:version:{mall_id}"


def bump(*mall_ids: int) -> None:
    """New tokens for these malls and the province, now (call it on commit)."""
    token = uuid.uuid4().hex
    cache.set_many(
        {_key(m): token for m in (*mall_ids, ALL)}, timeout=CACHE_SECONDS * 2
    )


def bump_on_commit(mall_id: int) -> None:
    transaction.on_commit(lambda: bump(mall_id))


def token_keys(mall_ids: Iterable[int] | None) -> list[str]:
    """The token keys of these malls (None: every mall, the province's token)."""
    return [_key(ALL)] if mall_ids is None else [_key(m) for m in sorted(mall_ids)]


def cached(name: str, mall_ids: Iterable[int] | None, compute: Callable[[], T]) -> T:
    """`compute()`, cached under `name` for the current tokens of `mall_ids` (None:
    every mall, as a provincial admin sees them). `name` must say everything else
    the value depends on (the actor's scope, the filters, the language)."""
    keys = token_keys(mall_ids)
    tokens = tokens_current(cache.get_many(keys), keys, timeout=CACHE_SECONDS * 2)
    if tokens is None:  # the cache is down: no caching
        return compute()
    signature = hashlib.blake2b(
        "|".join([name, *tokens]).encode(), digest_size=16
    ).hexdigest()
    key = f"applications:cached:{signature}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=CACHE_SECONDS)
    return value


def application_key(application_id: int) -> str:
    """The token of one application and what hangs from it (its documents, status
    changes and messages): the review page's (backoffice/views.py)."""
    return f"applications:version:one:{application_id}"


def _bump_application_on_commit(application_id: int) -> None:
    transaction.on_commit(
        lambda: token_bump(application_key(application_id), timeout=CACHE_SECONDS * 2)
    )


def on_application_saved(sender, instance, **kwargs) -> None:
    """post_save and post_delete of Application (wired in apps.py)."""
    if instance.mall_id:
        bump_on_commit(instance.mall_id)
    if instance.pk:
        _bump_application_on_commit(instance.pk)


def on_part_saved(sender, instance, **kwargs) -> None:
    """post_save and post_delete of a document, status change or message."""
    if instance.application_id:
        _bump_application_on_commit(instance.application_id)
