"""Sign-in throttling: per account, per address and per known device (RELIABILITY 5).

Three counters of failed sign-ins, kept in the shared cache (Redis in production, so
they hold across gunicorn processes and machines):

* **per account**: a password guesser working on one account, from any address;
* **per address**: one address trying many accounts. Indonesian carriers put many
  phones behind one address (CGNAT), so this limit is generous, and it never applies
  to a device that signed in to the account before (below);
* **per known device**: a browser that signed in successfully gets a signed cookie
  naming the accounts it signed in to. An attempt from such a device on one of those
  accounts is counted against that device only, so neither an attacker's failures on
  the account nor other people's failures behind the same address lock its owner out.

Each counter is a fixed window: once it is full, attempts are refused until the
window ends (the cool-off), then counting starts again. Nothing ever locks an account
permanently. A counter is taken *before* the password is checked and given back when
the password was right, so a burst of parallel guesses cannot all slip past the check.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import secrets
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from mpp.ratelimit import client_address

logger = logging.getLogger(__name__)

DEVICE_COOKIE = "mpp_device"
_DEVICE_SALT = "accounts.throttle.device"
_DEVICE_MAX_ACCOUNTS = 5  # a family phone may be shared by a few citizens


@dataclass(frozen=True)
class Limit:
    scope: str
    attempts: int
    period: int  # seconds


def _limits() -> dict[str, Limit]:
    conf = settings.MPP_LOGIN_THROTTLE
    return {
        scope: Limit(scope, attempts, period)
        for scope, (attempts, period) in conf.items()
    }


def _now() -> float:
    return time.time()


def _digest(value: str) -> str:
    """Cache keys never hold an e-mail address or a device token in clear."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def account_key(login: str) -> str:
    return _digest(login.strip().lower())


@dataclass
class _Taken:
    cache_key: str
    limit: Limit
    window_end: float


@dataclass
class LoginAttempt:
    """One password check. `start()` takes a slot in each counter that applies, or
    reports how long to wait; `succeeded()` gives the slots back."""

    request: HttpRequest
    login: str
    taken: list[_Taken] = field(default_factory=list)
    trusted_device: str | None = None

    def _counters(self) -> list[tuple[Limit, str]]:
        limits = _limits()
        account = account_key(self.login)
        device = read_device(self.request)
        if device and account in device["accounts"]:
            self.trusted_device = device["id"]
            return [(limits["device"], _digest(device["id"]))]
        return [
            (limits["account"], account),
            (limits["address"], _digest(client_address(self.request))),
        ]

    def start(self) -> int:
        """Take a slot in every counter; 0 when the attempt may go on, else the
        seconds until the fullest counter cools off."""
        now = _now()
        wait = 0
        for limit, ident in self._counters():
            window = int(now // limit.period)
            window_end = (window + 1) * limit.period
            cache_key = f"login:{limit.scope}:{ident}:{window}"
            try:
                if cache.add(cache_key, 1, timeout=limit.period + 1):
                    count = 1
                else:
                    count = cache.incr(cache_key)
            except ValueError:  # expired between add() and incr()
                cache.add(cache_key, 1, timeout=limit.period + 1)
                count = 1
            except Exception:  # noqa: BLE001 - cache down: fail open (RELIABILITY 25)
                logger.warning("Login throttle skipped: cache unavailable")
                continue
            self.taken.append(_Taken(cache_key, limit, window_end))
            if count > limit.attempts:
                wait = max(wait, math.ceil(window_end - now))
                logger.info("Sign-in refused: %s limit reached", limit.scope)
        if wait:
            # A refused attempt checks no password, so it costs the counters nothing.
            self._give_back()
        return wait

    def succeeded(self) -> None:
        """The password was right: this attempt was no failure."""
        self._give_back()

    def _give_back(self) -> None:
        for taken in self.taken:
            # Expired meanwhile, or the cache is down: nothing to give back.
            with contextlib.suppress(Exception):
                cache.decr(taken.cache_key)
        self.taken = []


def clear_account(login: str) -> None:
    """After a password reset the account's own counter starts again (the reset
    proved control of the mailbox, and it is rate-limited itself)."""
    limit = _limits()["account"]
    window = int(_now() // limit.period)
    with contextlib.suppress(Exception):  # cache down: it cools off by itself
        cache.delete(f"login:account:{account_key(login)}:{window}")


# ---------------------------------------------------------------- known devices
def read_device(request: HttpRequest) -> dict | None:
    raw = request.COOKIES.get(DEVICE_COOKIE)
    if not raw:
        return None
    try:
        value = signing.loads(
            raw, salt=_DEVICE_SALT, max_age=settings.MPP_DEVICE_COOKIE_AGE
        )
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("accounts"), list):
        return None
    return {"id": str(value.get("id", "")), "accounts": value["accounts"]}


def remember_device(request: HttpRequest, response: HttpResponse, login: str) -> None:
    """Mark this browser as one that signed in to `login`."""
    device = read_device(request) or {"id": secrets.token_urlsafe(16), "accounts": []}
    account = account_key(login)
    accounts = [a for a in device["accounts"] if a != account] + [account]
    value = signing.dumps(
        {"id": device["id"], "accounts": accounts[-_DEVICE_MAX_ACCOUNTS:]},
        salt=_DEVICE_SALT,
    )
    response.set_cookie(
        DEVICE_COOKIE,
        value,
        max_age=settings.MPP_DEVICE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
