"""Reads of malls and agencies for the public catalogue and the admin."""

import datetime as dt

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from agencies.models import Agency, Booth, BoothStaff, Mall, MallManager, OpeningHours
from agencies.permissions import Actor


def today_local() -> dt.date:
    """Today in the portal's time zone (Asia/Jakarta unless overridden)."""
    return timezone.localdate()


def mall_list_with_today_hours(*, today: dt.date | None = None) -> QuerySet[Mall]:
    """Active malls, each with `today_hours` (a list of 0 or 1 OpeningHours) and the
    number of active booths."""
    today = today or today_local()
    return (
        Mall.objects.filter(is_active=True)
        .annotate(booth_count=Count("booths", filter=Q(booths__is_active=True)))
        .prefetch_related(
            Prefetch(
                "opening_hours",
                queryset=OpeningHours.objects.filter(weekday=today.isoweekday()),
                to_attr="today_hours",
            )
        )
        .order_by("name")
    )


def mall_list_for_choices() -> QuerySet[Mall]:
    return Mall.objects.filter(is_active=True).only("name", "slug").order_by("name")


def agency_list_with_service_counts() -> QuerySet[Agency]:
    """Agencies that have at least one active booth in an active mall, with the
    number of active services each publishes.

    Subqueries rather than joins: joining booths and services multiplies rows
    (booths × services) before counting.
    """
    from services.models import Service  # services depends on agencies, not back

    active_services = (
        Service.objects.filter(agency=OuterRef("pk"), is_active=True)
        .order_by()
        .values("agency")
        .annotate(count=Count("*"))
        .values("count")
    )
    public_booths = Booth.objects.filter(
        agency=OuterRef("pk"), is_active=True, mall__is_active=True
    )
    return (
        Agency.objects.filter(Exists(public_booths))
        .annotate(
            service_count=Coalesce(
                Subquery(active_services, output_field=IntegerField()), 0
            )
        )
        .order_by("short_name")
    )


def agency_list_for_choices() -> QuerySet[Agency]:
    return Agency.objects.only("name", "short_name", "slug").order_by("short_name")


def mall_get_public(*, slug: str) -> Mall:
    """An active mall with its week of opening hours and its active booths."""
    mall = (
        Mall.objects.filter(is_active=True, slug=slug)
        .prefetch_related(
            Prefetch(
                "opening_hours", queryset=OpeningHours.objects.order_by("weekday")
            ),
            Prefetch(
                "booths",
                queryset=Booth.objects.filter(is_active=True)
                .select_related("agency")
                .annotate(
                    service_count=Count(
                        "services", filter=Q(services__is_active=True), distinct=True
                    )
                )
                .order_by("agency__name"),
                to_attr="active_booths",
            ),
        )
        .first()
    )
    if mall is None:
        raise Http404
    return mall


def agency_get_public(*, slug: str) -> Agency:
    """An agency with its active booths (and their malls)."""
    agency = (
        Agency.objects.filter(slug=slug)
        .prefetch_related(
            Prefetch(
                "booths",
                queryset=Booth.objects.filter(is_active=True, mall__is_active=True)
                .select_related("mall")
                .order_by("mall__name"),
                to_attr="active_booths",
            )
        )
        .first()
    )
    if agency is None:
        raise Http404
    return agency


# ---------------------------------------------------------------- staff scope


def booths_managed_by(*, staff: Actor) -> QuerySet[Booth]:
    """Booths a staff member manages: every booth for a provincial admin, else the
    booths of their malls."""
    booths = Booth.objects.select_related("agency", "mall")
    if staff.is_provincial_admin:
        return booths
    return booths.filter(mall__in=staff.managed_mall_ids)


def users_managed_by(*, staff: Actor) -> QuerySet[User]:
    """Accounts a staff member may manage: all for a provincial admin; for a mall
    manager, the staff of their malls' booths, but never a privileged account
    (superuser, provincial admin, any mall manager) nor someone who also works in
    a mall they don't manage: either would let a manager take over an account
    beyond their mall by changing its password."""
    users = User.objects.all()
    if staff.is_provincial_admin:
        return users
    foreign_booths = Booth.objects.exclude(mall__in=staff.managed_mall_ids)
    return (
        users.filter(booth_roles__booth__mall__in=staff.managed_mall_ids)
        .exclude(is_superuser=True)
        .exclude(is_provincial_admin=True)
        .exclude(Exists(MallManager.objects.filter(user=OuterRef("pk"))))
        .exclude(
            Exists(
                BoothStaff.objects.filter(user=OuterRef("pk"), booth__in=foreign_booths)
            )
        )
        .distinct()
    )


def malls_offering(*, service) -> QuerySet[Mall]:
    """Active malls where an active booth offers `service` (where it can be applied
    for and served)."""
    return (
        Mall.objects.filter(
            is_active=True, booths__services=service, booths__is_active=True
        )
        .distinct()
        .order_by("name")
    )
