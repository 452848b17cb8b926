"""Issue 7 §4: who looked at a citizen's data and when, for a provincial admin (and
the citizen's export), and for the citizen on their application's page."""

import datetime as dt

import pytest

from audit.models import AuditAction, AuditRole
from audit.selectors import (
    StaffView,
    access_trail_for_citizen,
    staff_views_of_application,
)
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallManagerFactory,
)
from tests.applications.factories import (
    ApplicationFactory,
    OnlineServiceFactory,
    officer_for,
)
from tests.audit.helpers import event_at

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]

UTC = dt.UTC


def _utc(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def application():
    """A submitted application for a Disdukcapil Batam service."""
    agency = AgencyFactory(short_name="Disdukcapil Batam")
    return ApplicationFactory(
        submitted=True, service=OnlineServiceFactory(agency=agency)
    )


# ---------------------------------------------------------------- access trail


def test_the_access_trail_holds_every_staff_look_about_the_citizen_newest_first(
    application,
):
    # given
    citizen = application.citizen
    officer = officer_for(application)
    admin = UserFactory(provincial_admin=True)
    viewed = event_at(_utc(4, 2), actor=officer, application=application)
    revealed = event_at(
        _utc(4, 3),
        actor=admin,
        role=AuditRole.PROVINCIAL_ADMIN,
        action=AuditAction.REVEAL_NIK,
        citizen=citizen,
    )
    document = event_at(
        _utc(5, 1),
        actor=officer,
        action=AuditAction.VIEW_DOCUMENT,
        application=application,
    )
    exported = event_at(
        _utc(6, 1),
        actor=admin,
        role=AuditRole.PROVINCIAL_ADMIN,
        action=AuditAction.EXPORT,
        citizen=citizen,
    )
    # not looks by staff at this citizen:
    event_at(_utc(7, 1), actor=citizen, role=AuditRole.CITIZEN, application=application)
    event_at(
        _utc(7, 2),
        actor=officer,
        action=AuditAction.STATUS_CHANGE,
        application=application,
    )
    event_at(
        _utc(7, 3), actor=officer, action=AuditAction.ACCESS_DENIED, citizen=citizen
    )
    event_at(
        _utc(7, 4), actor=citizen, role=AuditRole.CITIZEN, action=AuditAction.SIGN_IN
    )
    event_at(_utc(7, 5), actor=officer, citizen=UserFactory())
    event_at(
        _utc(7, 6), role=AuditRole.SYSTEM, action=AuditAction.EXPORT, citizen=citizen
    )

    # when
    trail = list(access_trail_for_citizen(citizen=citizen))

    # then
    assert trail == [exported, document, revealed, viewed]


def test_the_access_trail_of_a_citizen_nobody_looked_at_is_empty():
    assert list(access_trail_for_citizen(citizen=UserFactory())) == []


# ---------------------------------------------------------------- application page


def test_the_citizen_sees_the_agency_of_each_officer_once_a_day(application):
    """Days are the portal's (Asia/Jakarta, UTC+7): 16:59 and 17:01 UTC fall on two
    days there, 00:30 and 16:30 UTC on one."""
    # given
    officer = officer_for(application)
    event_at(_utc(4, 0, 30), actor=officer, application=application)
    event_at(_utc(4, 16, 30), actor=officer, application=application)
    event_at(
        _utc(4, 16, 59),
        actor=officer,
        action=AuditAction.VIEW_DOCUMENT,
        application=application,
    )
    event_at(_utc(4, 17, 1), actor=officer, application=application)

    # when
    views = staff_views_of_application(application=application)

    # then
    assert views == [
        StaffView(who="Disdukcapil Batam", at=_utc(4, 17, 1)),
        StaffView(who="Disdukcapil Batam", at=_utc(4, 16, 59)),
    ]


def test_staff_without_a_booth_are_named_by_their_role(application):
    # given
    manager = MallManagerFactory(mall=application.mall).user
    admin = UserFactory(provincial_admin=True)
    event_at(
        _utc(4, 2), actor=manager, role=AuditRole.MALL_MANAGER, application=application
    )
    event_at(
        _utc(4, 3),
        actor=admin,
        role=AuditRole.PROVINCIAL_ADMIN,
        application=application,
    )

    # when
    views = staff_views_of_application(application=application)

    # then
    assert views == [
        StaffView(who=str(AuditRole.PROVINCIAL_ADMIN.label), at=_utc(4, 3)),
        StaffView(who=str(AuditRole.MALL_MANAGER.label), at=_utc(4, 2)),
    ]


def test_an_officer_with_several_booths_is_named_by_the_one_serving_it(application):
    # given
    officer = officer_for(application)
    # Sorted first by name, in another mall: must not win.
    BoothStaffFactory(
        user=officer, booth=BoothFactory(agency=AgencyFactory(short_name="AAA Samsat"))
    )
    event_at(_utc(4, 2), actor=officer, application=application)

    # when
    views = staff_views_of_application(application=application)

    # then
    assert views == [StaffView(who="Disdukcapil Batam", at=_utc(4, 2))]


def test_only_staff_looks_at_this_application_are_listed(application):
    # given
    officer = officer_for(application)
    citizen = application.citizen
    event_at(_utc(4, 1), actor=citizen, role=AuditRole.CITIZEN, application=application)
    event_at(_utc(4, 2), role=AuditRole.SYSTEM, application=application)
    event_at(
        _utc(4, 3),
        actor=officer,
        action=AuditAction.STATUS_CHANGE,
        application=application,
    )
    event_at(
        _utc(4, 4),
        actor=officer,
        action=AuditAction.ACCESS_DENIED,
        application=application,
    )
    other = ApplicationFactory(submitted=True, service=application.service)
    event_at(_utc(4, 5), actor=officer, application=other)

    # when / then
    assert staff_views_of_application(application=application) == []


@pytest.mark.parametrize("officers", [1, 6])
def test_the_application_page_list_costs_two_queries(
    application, django_assert_num_queries, officers
):
    # given
    for n in range(officers):
        officer = officer_for(application)
        # A second booth elsewhere for each: rows to choose from.
        BoothStaffFactory(user=officer)
        for day in (4, 5):
            event_at(_utc(day, n), actor=officer, application=application)
            event_at(_utc(day, n, 30), actor=officer, application=application)

    # when
    with django_assert_num_queries(2):
        views = staff_views_of_application(application=application)

    # then
    assert len(views) == 2 * officers
    assert {view.who for view in views} == {"Disdukcapil Batam"}


def test_an_application_nobody_looked_at_costs_one_query(
    application, django_assert_num_queries
):
    with django_assert_num_queries(1):
        assert staff_views_of_application(application=application) == []
