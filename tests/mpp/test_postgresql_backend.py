"""mpp.postgresql: Django's health check of a persistent connection is skipped when
the connection served the last request without error a moment ago, and done as
before otherwise (a database restart then costs no request); `prepared_cursor()`
prepares its statements once per connection."""

from unittest import mock

import psycopg
import pytest

from django.db import DataError, connections, transaction

from mpp.postgresql.base import HEALTH_CHECK_BYPASS_SECONDS

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connections["default"].vendor != "postgresql", reason="PostgreSQL's backend"
    ),
]


@pytest.fixture
def db():
    """The default connection, persistent as in production (CONN_MAX_AGE > 0)."""
    wrapper = connections["default"]
    wrapper.ensure_connection()
    wrapper.close_at = None
    yield wrapper
    wrapper.close()


def _request(wrapper) -> int:
    """One request as Django runs it: the connection is tidied at its start, used,
    and tidied at its end (django.db.close_old_connections). Returns the server
    process that answered."""
    wrapper.close_if_unusable_or_obsolete()
    with wrapper.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    wrapper.close_if_unusable_or_obsolete()
    return pid


def _checks(wrapper, **kwargs):
    return mock.patch.object(type(wrapper), "is_usable", autospec=True, **kwargs)


def test_the_settings_use_it(db):
    assert type(db).__module__ == "mpp.postgresql.base"
    assert db.health_check_enabled


def test_a_connection_that_just_answered_is_not_checked(db):
    _request(db)
    with _checks(db, return_value=True) as is_usable:
        _request(db)
        _request(db)
    assert is_usable.call_count == 0


def test_an_idle_connection_is_checked_first(db):
    _request(db)
    db.answered_at -= HEALTH_CHECK_BYPASS_SECONDS + 0.1
    with _checks(db, return_value=True) as is_usable:
        _request(db)
    assert is_usable.call_count == 1


def test_after_a_failed_request_the_next_one_checks_at_once(db):
    """Django checks a connection at the end of a request that had a database
    error and leaves it marked checked; the next request, however soon and
    however late, checks it again: nothing vouches for it."""
    _request(db)
    db.close_if_unusable_or_obsolete()  # a request begins
    with db.cursor() as cursor:
        cursor.execute("SELECT 1")
    db.errors_occurred = True  # what Django sets on a database error
    db.close_if_unusable_or_obsolete()  # ... and ends (Django's own check: alive)
    assert db.answered_at is None
    with _checks(db, return_value=True) as is_usable:
        _request(db)  # at once, well within the window
    assert is_usable.call_count == 1


def test_a_pooler_in_transaction_mode_turns_preparing_off(db, monkeypatch):
    """OPTIONS prepare_threshold=None (as for pgbouncer in transaction mode): the
    kiosk takes its general path, which prepares nothing."""
    assert db.prepares
    monkeypatch.setitem(db.settings_dict["OPTIONS"], "prepare_threshold", None)
    assert not db.prepares


def test_a_connection_the_server_dropped_while_idle_is_replaced(db):
    _request(db)
    pid = db.connection.info.backend_pid
    settings = db.get_connection_params()
    with psycopg.connect(
        **{k: v for k, v in settings.items() if k != "cursor_factory"}, autocommit=True
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    db.answered_at -= HEALTH_CHECK_BYPASS_SECONDS + 0.1

    # the check finds it dead, and a new connection answers
    assert _request(db) not in {pid, None}


# ---------------------------------------------------------------- prepared_cursor
SUM = "SELECT %s::int + %s::int"


def _prepared(wrapper) -> int:
    with wrapper.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql "
            "AND statement LIKE 'SELECT $1::int + $2::int'"
        )
        return cursor.fetchone()[0]


def _sum(wrapper, a: int, b: int) -> int:
    with wrapper.prepared_cursor() as cursor:
        cursor.execute(SUM, [a, b])
        return cursor.fetchone()[0]


def test_a_prepared_cursor_plans_a_statement_once_per_connection(
    db, django_assert_num_queries
):
    with django_assert_num_queries(2) as captured:  # logged and counted as any
        assert (_sum(db, 1, 2), _sum(db, 40, 2)) == (3, 42)
    assert [q["sql"] for q in captured] == [SUM, SUM]
    assert _prepared(db) == 1  # once, for both


def test_after_a_rollback_a_statement_is_prepared_again(db):
    """psycopg deallocates a connection's statements after a rollback (an object
    they use may have been dropped and made again); the next use prepares it."""
    assert _sum(db, 1, 1) == 2
    with transaction.atomic(), db.cursor() as cursor:
        cursor.execute("SELECT 1")  # the transaction begins
        transaction.set_rollback(True)
    assert _prepared(db) == 0
    assert _sum(db, 2, 2) == 4
    assert _prepared(db) == 1


def test_a_new_connection_prepares_again(db):
    assert _sum(db, 1, 2) == 3
    db.close()
    assert _prepared(db) == 0
    assert _sum(db, 3, 4) == 7
    assert _prepared(db) == 1


def test_a_prepared_cursors_errors_are_djangos(db):
    with pytest.raises(DataError), db.prepared_cursor() as cursor:
        cursor.execute("SELECT %s::int / %s::int", [1, 0])
    assert _sum(db, 1, 2) == 3  # the connection is still good


def test_djangos_own_cursors_still_prepare_nothing(db):
    with db.cursor() as cursor:
        for _ in range(20):
            cursor.execute(SUM, [1, 2])
    assert _prepared(db) == 0
