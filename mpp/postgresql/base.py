"""Django's PostgreSQL backend, with a connection that answered a moment ago taken
as alive, and cursors that prepare their statements on request.

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

import sys
import time

import psycopg
from psycopg.pq import Format

from django.db.backends.postgresql import base

#: A connection that served a request this recently is not health-checked again.
HEALTH_CHECK_BYPASS_SECONDS = 0.5


class PreparedCursor(psycopg.Cursor):
    """Binds values on the server and prepares every statement it runs: PostgreSQL
    plans a statement once per connection, then only executes it (psycopg keeps a
    connection's prepared statements, up to its `prepared_max`, and deallocates
    them all after a rollback or a schema change, to be prepared again on next
    use). For hot statements whose planning costs more than their execution (the
    kiosk's tap: 0.63 ms to plan). Not for a pooler in transaction mode, which
    would hand a session's statements to another client."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True, binary=binary)


class DatabaseOperations(base.DatabaseOperations):
    def last_executed_query(self, cursor, sql, params):
        if isinstance(cursor, PreparedCursor):
            return sql  # bound on the server: the text as run, its values apart
        return super().last_executed_query(cursor, sql, params)


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations

    #: time.monotonic() at the end of the last request the connection served
    #: without error (None: not yet, or since reconnecting)
    answered_at: float | None = None

    def connect(self):
        self.answered_at = None
        super().connect()

    @property
    def prepares(self) -> bool:
        """Whether `prepared_cursor()` may prepare: not when OPTIONS set
        `prepare_threshold` to None (a pooler in transaction mode)."""
        options = self.settings_dict.get("OPTIONS", {})
        return options.get("prepare_threshold", sys.maxsize) is not None

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        # Django leaves this None unless OPTIONS set it, and psycopg then prepares
        # nothing, even when asked. Django's own cursors bind on the client and
        # never prepare, so with this only a PreparedCursor does.
        if self.prepares and connection.prepare_threshold is None:
            connection.prepare_threshold = sys.maxsize
        return connection

    def prepared_cursor(self):
        """A cursor like `cursor()` (logged, counted, Django's errors), whose
        statements are prepared: `PreparedCursor`."""
        self.close_if_health_check_failed()
        self.ensure_connection()
        with self.wrap_database_errors:
            cursor = PreparedCursor(self.connection)
            # As Django's create_cursor: its time zone, if the connection's differs.
            loader = self.connection.adapters.get_loader(
                base.TIMESTAMPTZ_OID, Format.TEXT
            )
            if self.timezone != loader.timezone:
                base.register_tzloader(self.timezone, cursor)
            return self._prepare_cursor(cursor)

    def close_if_unusable_or_obsolete(self):
        # Django calls this at the start and at the end of every request. At the
        # end, `health_check_done` says the request used the connection (checked
        # it, or found it fresh), `errors_occurred` whether anything failed.
        failed = self.errors_occurred
        served = self.connection is not None and self.health_check_done and not failed
        super().close_if_unusable_or_obsolete()
        if failed:
            # Django has just checked it and left `health_check_done` set; the next
            # request checks again whatever the time, and nothing vouches for it.
            self.health_check_done = False
            self.answered_at = None
        elif served and self.connection is not None:
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
