"""Writes for malls, booths and staff roles."""

from django.db import transaction

from accounts.models import User
from agencies.constants import BoothRole
from agencies.models import Booth, BoothStaff, Mall, MallManager


def _grant_staff_status(user: User) -> None:
    # Supervisors and mall managers work in the administration site.
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])


@transaction.atomic
def booth_staff_assign(*, user: User, booth: Booth, role: str) -> BoothStaff:
    """Give `user` the `role` at `booth` (replacing another role there)."""
    assignment, _created = BoothStaff.objects.update_or_create(
        user=user, booth=booth, defaults={"role": role}
    )
    if role == BoothRole.SUPERVISOR:
        _grant_staff_status(user)
    return assignment


@transaction.atomic
def booth_staff_after_save(*, assignment: BoothStaff) -> None:
    """Keep the user's staff status in line with a role saved through a form."""
    if assignment.role == BoothRole.SUPERVISOR:
        _grant_staff_status(assignment.user)


@transaction.atomic
def mall_manager_assign(*, user: User, mall: Mall) -> MallManager:
    manager, _created = MallManager.objects.get_or_create(user=user, mall=mall)
    _grant_staff_status(user)
    return manager
