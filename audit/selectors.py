"""Reads of the audit trail: who looked at a citizen's data, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Case, Exists, IntegerField, Max, OuterRef, QuerySet, When
from django.db.models.functions import TruncDate

from accounts.models import User
from agencies.models import BoothStaff
from audit.models import LOOK_ACTIONS, STAFF_ROLES, AuditEvent, AuditRole
from services.models import Service

if TYPE_CHECKING:
    from applications.models import Application


def access_trail_for_citizen(*, citizen: User) -> QuerySet[AuditEvent]:
    """Every look by staff at `citizen`'s data (views, revealed NIK, exports),
    newest first: for a provincial admin and for the citizen's own data export."""
    return AuditEvent.objects.filter(
        citizen_id=citizen.pk, role__in=STAFF_ROLES, action__in=LOOK_ACTIONS
    ).order_by("-at", "-pk")


@dataclass(frozen=True)
class StaffView:
    """One line of "who looked at my application": `who` is the agency of the
    officer's booth ("Disdukcapil Batam") or, for staff without a booth, their
    role ("Mall manager"); `at` is their last look that day."""

    who: str
    at: dt.datetime


def staff_views_of_application(*, application: Application) -> list[StaffView]:
    """Staff looks at `application`, newest first, one line per person per day (in
    the portal's time zone). Two queries whatever the number of looks: the looks
    grouped by person and day, then the booths of those people.

    The agency is that of the person's booth now, not when they looked: the agency
    that answers for them. For a person with several booths, the booth serving
    this application wins, then a booth of the same agency, then one in the same
    mall, then the first by agency name."""
    looks = list(
        AuditEvent.objects.filter(
            application_id=application.pk,
            role__in=STAFF_ROLES,
            action__in=LOOK_ACTIONS,
            actor_id__isnull=False,
        )
        .annotate(day=TruncDate("at"))  # the current time zone's day
        .values("actor_id", "day")
        .annotate(last_at=Max("at"), role=Max("role"))
        .order_by("-last_at", "actor_id")
    )
    if not looks:
        return []
    serves_this_application = Exists(
        Service.objects.filter(
            pk=application.service_id, agency_id=OuterRef("booth__agency_id")
        )
    )
    seats = (
        BoothStaff.objects.filter(user_id__in={look["actor_id"] for look in looks})
        .annotate(
            in_this_mall=Case(
                When(booth__mall_id=application.mall_id, then=1),
                default=0,
                output_field=IntegerField(),
            ),
        )
        .order_by(
            serves_this_application.desc(), "-in_this_mall", "booth__agency__short_name"
        )
        .values_list("user_id", "booth__agency__short_name")
    )
    agency_of: dict[int, str] = {}
    for user_id, agency_name in seats:
        agency_of.setdefault(user_id, agency_name)
    return [
        StaffView(
            who=agency_of.get(look["actor_id"]) or str(AuditRole(look["role"]).label),
            at=look["last_at"],
        )
        for look in looks
    ]
