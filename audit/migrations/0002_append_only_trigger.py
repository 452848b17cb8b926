"""On PostgreSQL, the database itself refuses to change the audit trail.

A trigger raises on any UPDATE, DELETE or TRUNCATE of audit_auditevent, whoever
sends it (the ORM, raw SQL, psql). Only INSERT and SELECT remain. The model refuses
the same through the ORM on every database; SQLite (development) has no trigger.

A later migration that must change rows (retention, issue 7 §5) disables the
trigger in its own transaction, says why, and enables it again.

One exception: TRUNCATE in a Django test database (named test_<name>). Django's
test runner empties every table with one TRUNCATE after each transactional test,
and refusing it would break every such test on PostgreSQL. A production database
is never named test_*; UPDATE and DELETE are refused there too.

Statement-level triggers: a statement is refused even when it matches no row.
"""

from django.db import migrations

TABLE = "audit_auditevent"
FUNCTION = "audit_auditevent_append_only"

CREATE = [
    f"""
    CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' AND current_database() LIKE 'test\\_%' THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'The audit trail is append-only: % on {TABLE} refused.', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END;
    $$
    """,
    f"""
    CREATE TRIGGER {TABLE}_no_update_or_delete
    BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()
    """,
    f"""
    CREATE TRIGGER {TABLE}_no_truncate
    BEFORE TRUNCATE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()
    """,
]
DROP = [
    f"DROP TRIGGER IF EXISTS {TABLE}_no_truncate ON {TABLE}",
    f"DROP TRIGGER IF EXISTS {TABLE}_no_update_or_delete ON {TABLE}",
    f"DROP FUNCTION IF EXISTS {FUNCTION}()",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            # params=None: the SQL holds literal % signs, not placeholders.
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP), elidable=False)]
