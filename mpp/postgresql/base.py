"""Django's PostgreSQL backend, with a connection that answered a moment ago taken
as alive.

With persistent connections (`CONN_MAX_AGE`) and `CONN_HEALTH_CHECKS`, Django sends
`SELECT 1` before the first query of every request: one more round trip on every
page, 13 % of a kiosk tap (now a single statement) on the benchmark machine. Like
HikariCP's `aliveBypassWindowMs` (500 ms by default), this backend skips that check
when the connection served the previous request without error less than
`HEALTH_CHECK_BYPASS_SECONDS` ago; an idle connection is checked as before. So a
database restart costs at most the requests that reach a worker within that half
second after it, instead of none; without health checks it would cost one request
per worker whenever it came.
"""

from __future__ import annotations

import time

from django.db.backends.postgresql import base

#: A connection that served a request this recently is not health-checked again.
HEALTH_CHECK_BYPASS_SECONDS = 0.5


class DatabaseWrapper(base.DatabaseWrapper):
    #: time.monotonic() at the end of the last request the connection served
    #: without error (None: not yet, or since reconnecting)
    answered_at: float | None = None

    def connect(self):
        self.answered_at = None
        super().connect()

    def close_if_unusable_or_obsolete(self):
        # Django calls this at the start and at the end of every request. At the
        # end, `health_check_done` says the request used the connection (checked
        # it, or found it fresh), `errors_occurred` whether anything failed.
        served = (
            self.connection is not None
            and self.health_check_done
            and not self.errors_occurred
        )
        super().close_if_unusable_or_obsolete()
        if served and self.connection is not None:
            self.answered_at = time.monotonic()

    def close_if_health_check_failed(self):
        if (
            self.connection is not None
            and self.health_check_enabled
            and not self.health_check_done
            and self.answered_at is not None
            and time.monotonic() - self.answered_at < HEALTH_CHECK_BYPASS_SECONDS
        ):
            self.health_check_done = True
            return
        super().close_if_health_check_failed()
