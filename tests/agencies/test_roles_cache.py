"""A staff member's roles are cached per user (agencies/permissions.py) and dropped
by any write of what they are read from, so that a change of roles counts on the
very next request."""

from unittest import mock

import pytest

from django.core.cache import cache

from accounts.models import User
from agencies import permissions
from agencies.constants import BoothRole
from tests.agencies.factories import BoothStaffFactory, MallFactory, MallManagerFactory

pytestmark = pytest.mark.django_db


def _fresh(user) -> permissions.Actor:
    """The actor of a new request: a user object read again."""
    return permissions.actor_for(User.objects.get(pk=user.pk))


def test_the_second_request_reads_roles_from_the_cache(django_assert_num_queries):
    seat = BoothStaffFactory()
    user = User.objects.get(pk=seat.user_id)
    with django_assert_num_queries(1):  # booth seats (not staff: no managed malls)
        first = permissions.actor_for(user)
    with django_assert_num_queries(0):
        again = _fresh_without_query(user)
    assert first.seats == again.seats and first.booth_ids == {seat.booth_id}


def _fresh_without_query(user) -> permissions.Actor:
    user.__dict__.pop("_mpp_actor", None)
    return permissions.actor_for(user)


@pytest.mark.parametrize(
    "change",
    ["seat removed", "role changed", "booth closed", "mall renamed", "new seat"],
)
def test_every_change_of_roles_counts_at_once(
    change, django_capture_on_commit_callbacks
):
    seat = BoothStaffFactory(supervisor=True)
    user = seat.user
    assert _fresh(user).is_booth_supervisor
    with django_capture_on_commit_callbacks(execute=True):
        if change == "seat removed":
            seat.delete()
        elif change == "role changed":
            seat.role = BoothRole.OFFICER
            seat.save()
        elif change == "booth closed":
            seat.booth.is_active = False
            seat.booth.save()
        elif change == "mall renamed":
            seat.booth.mall.name = "MPP Baru"
            seat.booth.mall.save()
        else:
            BoothStaffFactory(user=user, role=BoothRole.OFFICER)
    actor = _fresh(user)
    if change == "seat removed" or change == "booth closed":
        assert actor.seats == ()
    elif change == "role changed":
        assert not actor.is_booth_supervisor and actor.booth_ids == {seat.booth_id}
    elif change == "mall renamed":
        assert actor.seats[0].mall_name == "MPP Baru"
    else:
        assert len(actor.seats) == 2


def test_a_new_mall_manager_counts_at_once():
    manager = MallManagerFactory()
    user = manager.user
    assert _fresh(user).managed_mall_ids == {manager.mall_id}
    other = MallFactory()
    MallManagerFactory(user=user, mall=other)
    assert _fresh(user).managed_mall_ids == {manager.mall_id, other.pk}


def test_the_users_own_flags_never_come_from_the_cache():
    seat = BoothStaffFactory()
    user = seat.user
    assert _fresh(user).is_staff_member
    User.objects.filter(pk=user.pk).update(is_active=False)  # no signal at all
    assert not _fresh(user).is_staff_member


def test_redis_down_reads_the_roles_from_the_database():
    seat = BoothStaffFactory()
    with (
        mock.patch.object(cache, "get_many", return_value={}),
        mock.patch("mpp.cache.token_current", return_value=None),
    ):
        assert _fresh(seat.user).booth_ids == {seat.booth_id}
