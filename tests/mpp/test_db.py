"""mpp.db.execute_prepared on PostgreSQL: planned once per connection, kept through
a rolled-back transaction, prepared again on a new connection."""

import pytest

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from mpp.db import execute_prepared

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PREPARE is PostgreSQL's"
    ),
]
SQL = "SELECT %s::int + %s::int"


def _run(*params) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured, connection.cursor() as cursor:
        execute_prepared(cursor, SQL, list(params))
        (value,) = cursor.fetchone()
    return value, [q["sql"].split()[0] for q in captured]


def test_planned_once_then_only_executed():
    assert _run(1, 2) == (3, ["PREPARE", "EXECUTE"])
    assert _run(40, 2) == (42, ["EXECUTE"])


def test_still_prepared_after_a_rollback():
    with transaction.atomic():
        assert _run(1, 1) == (2, ["PREPARE", "EXECUTE"])
        transaction.set_rollback(True)
    assert _run(2, 2) == (4, ["EXECUTE"])


def test_a_new_connection_prepares_again():
    assert _run(1, 2)[1] == ["PREPARE", "EXECUTE"]
    connection.close()
    assert _run(3, 4) == (7, ["PREPARE", "EXECUTE"])


def test_another_text_is_another_statement():
    assert _run(1, 2)[1] == ["PREPARE", "EXECUTE"]
    with CaptureQueriesContext(connection) as captured, connection.cursor() as cursor:
        execute_prepared(cursor, "SELECT %s::int * %s::int", [6, 7])
        assert cursor.fetchone() == (42,)
    assert [q["sql"].split()[0] for q in captured] == ["PREPARE", "EXECUTE"]
