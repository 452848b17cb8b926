"""One answer to "may this person touch this record?" for the whole portal.

Four staff roles, read once per request into an `Actor`:

* **officer** and **booth supervisor**: the booths they work at (a booth is one
  agency at one mall). They see and process the applications of those booths; a
  supervisor also assigns them and manages the agency's services in the admin.
* **mall manager**: their malls. They see every application there (to watch
  workload and deadlines) and manage booths, counters and staff, but do not decide
  applications: deciding is the agency's.
* **provincial admin**: everything, and sees every application; deciding stays with
  the agencies' staff.

The admin (`mpp/admin.py`), the selectors and the actions all ask this module; no
other place queries `BoothStaff` or `MallManager` to decide access.

A staff member's roles (their managed malls and booth seats) are read on every
request they make, so they are cached per user under one roles token
(`ROLES_VERSION_KEY`) that every save or delete of a booth seat, a mall manager, a
booth, a mall or an agency replaces, at once and again on commit (`connect_signals`):
a removed officer loses access on their next request. The user's own flags
(active, staff, provincial admin) come from the request's user, never the cache.
Redis down: the roles are read from the database, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils.translation import gettext as _

from agencies.constants import BoothRole
from agencies.models import BoothStaff, MallManager
from mpp.cache import (
    cached_under_token,
    on_every_write,
    token_bump_now_and_on_commit,
)
from mpp.exceptions import DomainError

PROVINCIAL_ADMIN = "provincial_admin"
MALL_MANAGER = "mall_manager"
SUPERVISOR = "supervisor"
OFFICER = "officer"
CITIZEN = "citizen"
ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class BoothSeat:
    """A booth someone works at: (mall, agency) is the booth's natural key."""

    booth_id: int
    mall_id: int
    agency_id: int
    role: str
    # For headers (read in the same query as the seat).
    mall_name: str = ""
    agency_short_name: str = ""


@dataclass(frozen=True)
class Actor:
    """What one user may see and do, read once per request."""

    user_id: int | None = None
    is_authenticated: bool = False
    is_staff: bool = False
    is_provincial_admin: bool = False
    managed_mall_ids: frozenset[int] = frozenset()
    seats: tuple[BoothSeat, ...] = field(default_factory=tuple)

    # ------------------------------------------------------------ roles
    @property
    def booth_ids(self) -> frozenset[int]:
        return frozenset(s.booth_id for s in self.seats)

    @property
    def supervised_booth_ids(self) -> frozenset[int]:
        return frozenset(s.booth_id for s in self.seats if s.role == SUPERVISOR)

    @property
    def supervised_agency_ids(self) -> frozenset[int]:
        return frozenset(s.agency_id for s in self.seats if s.role == SUPERVISOR)

    @property
    def is_mall_manager(self) -> bool:
        return bool(self.managed_mall_ids)

    @property
    def is_booth_supervisor(self) -> bool:
        return any(s.role == SUPERVISOR for s in self.seats)

    @property
    def is_booth_staff(self) -> bool:
        return bool(self.seats)

    @property
    def is_staff_member(self) -> bool:
        """Anyone who works for the malls (reaches the back office)."""
        return (
            self.is_staff
            or self.is_provincial_admin
            or self.is_mall_manager
            or self.is_booth_staff
        )

    @property
    def role(self) -> str:
        """The highest role, for audit rows and headers."""
        if self.is_provincial_admin:
            return PROVINCIAL_ADMIN
        if self.is_mall_manager:
            return MALL_MANAGER
        if self.is_booth_supervisor:
            return SUPERVISOR
        if self.is_booth_staff:
            return OFFICER
        return CITIZEN if self.is_authenticated else ANONYMOUS

    @property
    def scope_mall_ids(self) -> frozenset[int] | None:
        """The malls whose applications this actor sees (None: all of them)."""
        if self.is_provincial_admin:
            return None
        return self.managed_mall_ids | {s.mall_id for s in self.seats}

    @property
    def scope_key(self) -> str:
        """Names what `application_q()` selects, for cache keys: two actors with the
        same key see the same applications."""
        if self.is_provincial_admin:
            return "province"
        seats = ",".join(sorted({f"{s.mall_id}.{s.agency_id}" for s in self.seats}))
        malls = ",".join(str(m) for m in sorted(self.managed_mall_ids))
        return f"seats={seats};malls={malls}"

    # ------------------------------------------------------------ applications
    def seat_for(self, *, mall_id: int, agency_id: int) -> BoothSeat | None:
        for seat in self.seats:
            if seat.mall_id == mall_id and seat.agency_id == agency_id:
                return seat
        return None

    def application_q(self, prefix: str = "") -> Q:
        """The applications (sent ones: drafts are the citizen's alone) this actor
        may see as staff, as a filter on Application (`prefix` for a relation)."""
        sent = Q(**{f"{prefix}tracking_number__isnull": False})
        if self.is_provincial_admin:
            return sent
        parts = [
            Q(
                **{
                    f"{prefix}mall_id": s.mall_id,
                    f"{prefix}service__agency_id": s.agency_id,
                }
            )
            for s in self.seats
        ]
        if self.managed_mall_ids:
            parts.append(Q(**{f"{prefix}mall_id__in": self.managed_mall_ids}))
        if not parts:
            return Q(pk__in=[])
        return sent & reduce(or_, parts)

    def may_view_application(self, application) -> bool:
        if not application.tracking_number or not self.is_staff_member:
            return False
        return (
            self.is_provincial_admin
            or application.mall_id in self.managed_mall_ids
            or self._seat(application) is not None
        )

    def may_process_application(self, application) -> bool:
        """Review, ask for fixes, decide, complete, message: the booth's staff."""
        return self._seat(application) is not None

    def may_assign_application(self, application) -> bool:
        seat = self._seat(application)
        return seat is not None and seat.role == SUPERVISOR

    def _seat(self, application) -> BoothSeat | None:
        return self.seat_for(
            mall_id=application.mall_id, agency_id=application.service.agency_id
        )


def actor_for(user) -> Actor:
    """The actor of `user`, computed once and kept on the user object (so once per
    request: the request's user is one object). Its roles come from the cache (one
    round trip) or two queries; none for anonymous visitors."""
    cached = getattr(user, "_mpp_actor", None)
    if cached is not None:
        return cached
    if not (user.is_authenticated and user.is_active):
        actor = Actor(is_authenticated=bool(user.is_authenticated))
    else:
        actor = Actor(
            user_id=user.pk,
            is_authenticated=True,
            is_staff=user.is_staff,
            is_provincial_admin=bool(
                user.is_staff and (user.is_superuser or user.is_provincial_admin)
            ),
            **_roles(user),
        )
    user._mpp_actor = actor
    return actor


#: Replaced by every write of what `_roles` reads (see the module docstring).
ROLES_VERSION_KEY = "permissions:roles:version"
#: The longest cached roles live whatever the token (a bulk write that forgets
#: `bump_roles()` is at most this late).
ROLES_SECONDS = 300


def _read_roles(user) -> dict:
    """The two role queries: managed malls (staff only) and booth seats."""
    return {
        "managed_mall_ids": frozenset(
            MallManager.objects.filter(user=user).values_list("mall_id", flat=True)
        )
        if user.is_staff
        else frozenset(),
        "seats": tuple(
            BoothSeat(*row)
            for row in BoothStaff.objects.filter(
                user=user,
                booth__is_active=True,
                role__in=[BoothRole.OFFICER, BoothRole.SUPERVISOR],
            )
            .order_by("booth__mall__name", "booth__agency__short_name")
            .values_list(
                "booth_id",
                "booth__mall_id",
                "booth__agency_id",
                "role",
                "booth__mall__name",
                "booth__agency__short_name",
            )
        ),
    }


def _roles(user) -> dict:
    """`_read_roles(user)`, from the cache while the roles token is unchanged (one
    round trip for the token and the roles)."""
    return cached_under_token(
        ROLES_VERSION_KEY,
        f"permissions:roles:{user.pk}:{int(user.is_staff)}",
        lambda: _read_roles(user),
        timeout=ROLES_SECONDS,
    )


def bump_roles() -> None:
    """Every cached role is a miss from now on, and again on commit."""
    token_bump_now_and_on_commit(ROLES_VERSION_KEY)


def _on_roles_write(sender, **kwargs) -> None:
    bump_roles()


#: What `_read_roles` reads: a write to any of them changes someone's roles.
ROLE_MODELS = (
    "agencies.BoothStaff",
    "agencies.MallManager",
    "agencies.Booth",
    "agencies.Mall",
    "agencies.Agency",
)


def connect_signals() -> None:
    """Called once from agencies.apps.AgenciesConfig.ready()."""
    on_every_write(ROLE_MODELS, _on_roles_write, "permissions")


def forget(user) -> None:
    """Drop the cached actor (after roles changed within one request or test)."""
    user.__dict__.pop("_mpp_actor", None)


def ensure_may_process(user, application) -> Actor:
    actor = actor_for(user)
    if not actor.may_process_application(application):
        raise DomainError(_("You do not work at this service's booth."))
    return actor


def ensure_may_assign(user, application) -> Actor:
    actor = actor_for(user)
    if not actor.may_assign_application(application):
        raise DomainError(_("Only the booth's supervisor assigns applications."))
    return actor
