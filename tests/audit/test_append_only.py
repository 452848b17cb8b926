"""Issue 7 §4: the audit trail is append-only, through the ORM on every database
and, on PostgreSQL, in the database itself (raw SQL too)."""

import pytest

from django.db import DatabaseError, connection, transaction

from audit.actions import audit_record
from audit.models import AuditAction, AuditEvent, AuditLogIsAppendOnly
from tests.accounts.factories import UserFactory
from tests.audit.helpers import needs_postgresql, request_by

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]


@pytest.fixture
def event() -> AuditEvent:
    return audit_record(
        action=AuditAction.VIEW_APPLICATION,
        request=request_by(UserFactory(provincial_admin=True)),
        citizen=UserFactory(),
        object_repr="BTM-7KQ2-94XD",
    )


def _unchanged(event: AuditEvent) -> None:
    stored = AuditEvent.objects.get()
    assert (stored.pk, stored.action, stored.object_repr, stored.at) == (
        event.pk,
        AuditAction.VIEW_APPLICATION,
        "BTM-7KQ2-94XD",
        event.at,
    )


def test_a_saved_row_cannot_be_saved_again(event):
    # when
    event.object_repr = "something else"
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()
    with pytest.raises(AuditLogIsAppendOnly):
        event.save(update_fields=["object_repr"])
    loaded = AuditEvent.objects.get()
    loaded.action = AuditAction.EXPORT
    with pytest.raises(AuditLogIsAppendOnly):
        loaded.save()

    # then
    _unchanged(event)


def test_a_row_cannot_be_deleted(event):
    # when / then
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.get().delete()
    _unchanged(event)


@pytest.mark.parametrize(
    "_case, change",
    [
        ("update", lambda: AuditEvent.objects.all().update(object_repr="x")),
        ("delete", lambda: AuditEvent.objects.all().delete()),
        ("filtered_delete", lambda: AuditEvent.objects.filter(pk__gt=0).delete()),
        ("base_manager", lambda: AuditEvent._base_manager.all().update(role="system")),
        (
            "bulk_update",
            lambda: AuditEvent.objects.bulk_update(
                list(AuditEvent.objects.all()), ["object_repr"]
            ),
        ),
        (
            "update_or_create",
            lambda: AuditEvent.objects.update_or_create(
                pk=AuditEvent.objects.get().pk, defaults={"object_repr": "x"}
            ),
        ),
    ],
)
def test_no_bulk_path_changes_or_deletes_rows(event, _case, change):
    # when / then
    with pytest.raises(AuditLogIsAppendOnly):
        change()
    _unchanged(event)


def test_a_row_with_a_chosen_id_is_still_an_insert(event):
    """save() on a new object always INSERTs: an existing id is an error, never an
    overwrite."""
    # when
    copy = AuditEvent(pk=event.pk, action=AuditAction.EXPORT, role="system")
    with pytest.raises(DatabaseError), transaction.atomic():
        copy.save()

    # then
    _unchanged(event)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditevent SET object_repr = 'edited'",
        "UPDATE audit_auditevent SET object_repr = 'edited' WHERE id = -1",
        "DELETE FROM audit_auditevent",
        "DELETE FROM audit_auditevent WHERE id = -1",
    ],
)
def test_postgresql_refuses_raw_updates_and_deletes(event, sql):
    needs_postgresql()
    # when / then
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    _unchanged(event)


def test_postgresql_has_the_triggers_in_place():
    """The TRUNCATE refusal cannot be shown in a test database (the trigger lets the
    test runner empty tables there: see migration 0002), so check it is attached."""
    needs_postgresql()
    # when
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgname FROM pg_trigger "
            "WHERE tgrelid = 'audit_auditevent'::regclass AND NOT tgisinternal "
            "ORDER BY tgname"
        )
        names = [name for (name,) in cursor.fetchall()]

    # then
    assert names == [
        "audit_auditevent_no_truncate",
        "audit_auditevent_no_update_or_delete",
    ]
