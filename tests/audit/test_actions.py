"""Issue 7 §4: audit_record writes one row per look, refusal, sign-in and status
change, with who (id, snapshot, role), from where, about whom; status-change rows
go with their transaction, the others outlive a rollback."""

import contextlib
import datetime as dt

import pytest

from django.db import connection, transaction
from django.utils import timezone

from audit.actions import audit_record, role_of
from audit.models import AuditAction, AuditEvent, AuditRole
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.audit.helpers import ADDRESS, Boom, needs_postgresql, request_by

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]


def test_an_officers_look_at_an_application_is_recorded_with_its_citizen():
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    before = timezone.now()

    # when
    event = audit_record(
        action=AuditAction.VIEW_APPLICATION,
        request=request_by(officer),
        application=application,
    )

    # then
    stored = AuditEvent.objects.get()
    assert stored.pk == event.pk
    assert stored.action == AuditAction.VIEW_APPLICATION
    assert stored.actor_id == officer.pk
    assert stored.actor_label == f"{officer.full_name} <{officer.email}>"
    assert stored.role == AuditRole.OFFICER
    assert stored.ip == ADDRESS
    assert stored.application_id == application.pk
    assert stored.citizen_id == application.citizen_id
    assert stored.object_repr == application.tracking_number
    assert stored.detail == {}
    assert before <= stored.at <= timezone.now()
    assert stored.at.tzinfo == dt.UTC


def test_a_given_actor_role_and_object_win_over_the_defaults():
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    document = application.documents.order_by("pk").first()

    # when
    event = audit_record(
        action=AuditAction.VIEW_DOCUMENT,
        request=request_by(UserFactory()),
        actor=officer,
        role=AuditRole.SUPERVISOR,
        application=application,
        object_repr=f"ApplicationDocument {document.pk}",
        detail={"document": document.pk},
    )

    # then
    event.refresh_from_db()
    assert event.actor_id == officer.pk
    assert event.role == AuditRole.SUPERVISOR
    assert event.object_repr == f"ApplicationDocument {document.pk}"
    assert event.detail == {"document": document.pk}


def test_a_citizen_without_an_application_can_be_the_subject():
    # given
    citizen = UserFactory()
    admin = UserFactory(provincial_admin=True)

    # when
    event = audit_record(
        action=AuditAction.EXPORT, request=request_by(admin), citizen=citizen
    )

    # then
    event.refresh_from_db()
    assert (event.citizen_id, event.application_id) == (citizen.pk, None)
    assert event.role == AuditRole.PROVINCIAL_ADMIN


def test_a_task_without_request_or_actor_is_the_system():
    # given
    application = ApplicationFactory(submitted=True)

    # when
    event = audit_record(action=AuditAction.STATUS_CHANGE, application=application)

    # then
    event.refresh_from_db()
    assert (event.role, event.actor_id, event.actor_label, event.ip) == (
        AuditRole.SYSTEM,
        None,
        "",
        None,
    )


def test_an_anonymous_request_is_anonymous_and_a_missing_address_is_empty():
    # when
    event = audit_record(
        action=AuditAction.ACCESS_DENIED, request=request_by(address=None)
    )

    # then
    event.refresh_from_db()
    assert (event.role, event.actor_id, event.ip) == (AuditRole.ANONYMOUS, None, None)


def test_no_nik_is_stored_in_the_object_or_the_detail():
    # given
    citizen = UserFactory(nik="2171010101900001")

    # when
    event = audit_record(
        action=AuditAction.REVEAL_NIK,
        request=request_by(UserFactory(provincial_admin=True)),
        citizen=citizen,
        object_repr=f"NIK {citizen.nik}",
        detail={
            "shown": citizen.nik,
            "nested": ["2171 0101 0190 0001", {"as_number": int(citizen.nik)}],
            "document": 17,
            "at": dt.datetime(2026, 5, 4, 2, 0, tzinfo=dt.UTC),
        },
    )

    # then
    event.refresh_from_db()
    assert event.object_repr == "NIK 2171********0001"
    assert event.detail == {
        "shown": "2171********0001",
        "nested": ["2171********0001", {"as_number": "2171********0001"}],
        "document": 17,
        "at": "2026-05-04T02:00:00Z",
    }


def test_an_unknown_action_or_role_writes_nothing():
    # when / then
    with pytest.raises(ValueError):
        audit_record(action="peek", request=request_by())
    with pytest.raises(ValueError):
        audit_record(action=AuditAction.EXPORT, role="janitor")
    assert AuditEvent.objects.count() == 0


def test_a_citizen_who_is_not_the_applications_is_refused():
    # given
    application = ApplicationFactory(submitted=True)

    # when / then
    with pytest.raises(ValueError, match="not the citizen"):
        audit_record(
            action=AuditAction.VIEW_APPLICATION,
            application=application,
            citizen=UserFactory(),
        )
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize(
    "_case, make_user, role",
    [
        (
            "provincial_admin",
            lambda: UserFactory(provincial_admin=True),
            "provincial_admin",
        ),
        (
            "superuser",
            lambda: UserFactory(is_staff=True, is_superuser=True),
            "provincial_admin",
        ),
        ("mall_manager", lambda: MallManagerFactory().user, "mall_manager"),
        ("supervisor", lambda: BoothStaffFactory(supervisor=True).user, "supervisor"),
        ("officer", lambda: BoothStaffFactory().user, "officer"),
        ("citizen", lambda: UserFactory(), "citizen"),
    ],
)
def test_the_role_is_the_highest_the_user_has(_case, make_user, role):
    assert role_of(make_user()) == role


def test_a_manager_who_also_works_at_a_booth_is_a_mall_manager():
    # given
    manager = MallManagerFactory().user
    BoothStaffFactory(user=manager)

    # then
    assert role_of(manager) == AuditRole.MALL_MANAGER


def test_recording_a_look_costs_two_queries(django_assert_num_queries):
    """One for the role, one INSERT: the back office's query budgets count on it."""
    # given
    application = ApplicationFactory(submitted=True)
    request = request_by(officer_for(application))

    # when / then
    with django_assert_num_queries(2):
        audit_record(
            action=AuditAction.VIEW_APPLICATION,
            request=request,
            application=application,
        )


# ---------------------------------------------------------------- transactions


def test_a_status_change_row_is_rolled_back_with_the_change():
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)

    # when
    with contextlib.suppress(Boom), transaction.atomic():
        audit_record(
            action=AuditAction.STATUS_CHANGE,
            actor=officer,
            application=application,
            detail={"from": "submitted", "to": "in_review"},
        )
        raise Boom

    # then
    assert AuditEvent.objects.count() == 0


def test_inside_a_test_cases_transaction_nothing_escapes_it():
    """A row committed on another connection would outlive the test: within a test
    case's transaction every row stays in it (tests below use transaction=True)."""
    # given
    application = ApplicationFactory(submitted=True)

    # when
    with contextlib.suppress(Boom), transaction.atomic():
        audit_record(
            action=AuditAction.ACCESS_DENIED,
            actor=UserFactory(),
            application=application,
        )
        raise Boom

    # then
    assert AuditEvent.objects.count() == 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "action",
    [
        AuditAction.ACCESS_DENIED,
        AuditAction.VIEW_APPLICATION,
        AuditAction.VIEW_DOCUMENT,
        AuditAction.REVEAL_NIK,
        AuditAction.EXPORT,
        AuditAction.SIGN_IN,
        AuditAction.SIGN_IN_FAILED,
    ],
)
def test_a_look_refusal_or_sign_in_outlives_a_rolled_back_transaction(action):
    needs_postgresql()
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)

    # when
    with contextlib.suppress(Boom), transaction.atomic():
        event = audit_record(
            action=action, request=request_by(officer), application=application
        )
        raise Boom

    # then
    stored = AuditEvent.objects.get()
    assert (stored.pk, stored.action, stored.actor_id) == (event.pk, action, officer.pk)
    assert event._state.db == "default"


@pytest.mark.django_db(transaction=True)
def test_a_status_change_in_a_real_transaction_goes_with_it():
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)

    # when
    with contextlib.suppress(Boom), transaction.atomic():
        audit_record(
            action=AuditAction.STATUS_CHANGE, actor=officer, application=application
        )
        audit_record(
            action=AuditAction.VIEW_APPLICATION, actor=officer, application=application
        )
        raise Boom

    # then
    # (SQLite, development only, keeps every row in the one transaction: the module
    # docstring of audit.actions says why.)
    on_postgresql = connection.vendor == "postgresql"
    expected = [AuditAction.VIEW_APPLICATION] if on_postgresql else []
    assert list(AuditEvent.objects.values_list("action", flat=True)) == expected


@pytest.mark.django_db(transaction=True)
def test_independent_rows_commit_in_order_and_the_transaction_goes_on():
    needs_postgresql()
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)

    # when
    with transaction.atomic():
        first = audit_record(
            action=AuditAction.VIEW_APPLICATION, actor=officer, application=application
        )
        second = audit_record(
            action=AuditAction.STATUS_CHANGE, actor=officer, application=application
        )
        third = audit_record(
            action=AuditAction.VIEW_DOCUMENT, actor=officer, application=application
        )

    # then
    assert list(AuditEvent.objects.order_by("pk").values_list("pk", flat=True)) == [
        first.pk,
        second.pk,
        third.pk,
    ]
