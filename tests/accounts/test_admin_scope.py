"""A mall manager manages their own staff only: never a privileged account, nor a
person who also works in another mall (regression for an account takeover found in
review: assigning a provincial admin a booth role made them "mall staff")."""

import pytest

from accounts.models import User
from agencies.constants import BoothRole
from agencies.models import BoothStaff
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, BoothStaffFactory, MallManagerFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client):
    manager = MallManagerFactory()
    sign_in_staff(client, manager.user)
    client.mall = manager.mall
    return client


@pytest.mark.parametrize(
    "_case",
    ["provincial_admin", "superuser", "other_mall_manager", "officer_elsewhere_too"],
)
def test_mall_manager_cannot_reach_accounts_beyond_their_mall(manager_client, _case):
    # given a person with a role at the manager's booth who is also privileged or
    # also works in another mall (put there by a provincial admin)
    booth = BoothFactory(mall=manager_client.mall)
    person = UserFactory(is_staff=True)
    if _case == "provincial_admin":
        User.objects.filter(pk=person.pk).update(is_provincial_admin=True)
    elif _case == "superuser":
        User.objects.filter(pk=person.pk).update(is_superuser=True)
    elif _case == "other_mall_manager":
        MallManagerFactory(user=person)
    else:
        BoothStaffFactory(user=person)  # a booth in another mall
    BoothStaffFactory(user=person, booth=booth)
    old_password = User.objects.get(pk=person.pk).password

    # when the manager tries to list, open or re-password that account
    listing = manager_client.get("/admin/accounts/user/")
    change = manager_client.get(f"/admin/accounts/user/{person.pk}/change/")
    password = manager_client.post(
        f"/admin/accounts/user/{person.pk}/password/",
        {"password1": "a-new-secret-2026", "password2": "a-new-secret-2026"},
    )

    # then the account is not there for them, and nothing changed
    assert person.email not in listing.content.decode()
    assert change.status_code == 302 and change.headers["Location"] == "/admin/"
    assert password.status_code in (302, 404)
    assert User.objects.get(pk=person.pk).password == old_password


def test_mall_manager_cannot_give_a_role_to_an_outside_account(manager_client):
    booth = BoothFactory(mall=manager_client.mall)
    outsider = UserFactory(is_staff=True, is_provincial_admin=True)
    citizen = UserFactory()

    for person in (outsider, citizen):
        response = manager_client.post(
            "/admin/agencies/boothstaff/add/",
            {"user": person.pk, "booth": booth.pk, "role": BoothRole.OFFICER},
        )
        assert response.status_code == 200
        assert "user" in response.context["adminform"].form.errors

    assert BoothStaff.objects.filter(booth=booth).count() == 0


def test_mall_manager_still_manages_their_own_officer(manager_client):
    officer = BoothStaffFactory(booth=BoothFactory(mall=manager_client.mall)).user
    response = manager_client.get(f"/admin/accounts/user/{officer.pk}/change/")
    assert response.status_code == 200
