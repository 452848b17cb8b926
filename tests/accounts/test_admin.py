import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from accounts.models import User
from agencies.constants import BoothRole
from agencies.models import BoothStaff
from tests.accounts.factories import PASSWORD, UserFactory
from tests.admin_helpers import gettext_id, missing_message, result_list
from tests.agencies.factories import (
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)
from tests.staff_auth import enrol_totp, sign_in_staff, totp_code

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Kepri-Gerai-2025!"


def user_add_form(**fields) -> dict:
    """What the user add form sends for a new account with a usable password."""
    return {
        "email": "rina.officer@example.id",
        "full_name": "Rina Marlina",
        "phone": "081277770000",
        "preferred_language": "id",
        "usable_password": "true",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "booth": "",
        "role": "",
        **fields,
    }


# ---------------------------------------------------------------- who may log in


@pytest.mark.parametrize(
    "_case, make_user",
    [
        ("citizen", lambda: UserFactory()),
        ("officer", lambda: BoothStaffFactory().user),
    ],
    ids=["citizen", "officer"],
)
def test_non_staff_cannot_use_the_admin(client, _case, make_user):
    # given
    user = make_user()
    sign_in_staff(client, user)

    # when
    response = client.get(reverse("admin:index"))

    # then
    assert user.is_staff is False
    assert response.status_code == 302
    assert response.url == f"{reverse('admin:login')}?next={reverse('admin:index')}"


@pytest.mark.parametrize(
    "_case, make_user",
    [
        ("citizen", lambda: UserFactory()),
        ("officer", lambda: BoothStaffFactory().user),
    ],
    ids=["citizen", "officer"],
)
def test_non_staff_is_refused_at_the_admin_login(client, _case, make_user):
    # given: signed in through the portal, the only sign-in there is (issue 6)
    sign_in_staff(client, make_user())

    # when
    response = client.get(reverse("admin:index"), follow=True)

    # then: sent home with a message, not bounced back to the sign-in page
    assert response.redirect_chain[-1][0] == reverse("services:home")
    assert "tidak memiliki akses" in response.content.decode()


def test_booth_supervisor_logs_in_to_the_admin(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    supervisor.user.emailaddress_set.create(
        email=supervisor.user.email, verified=True, primary=True
    )
    enrol_totp(supervisor.user)

    # when: the admin's sign-in link leads to the portal's sign-in, the code
    # (issue 7 §3) and back
    to_login = client.get(reverse("admin:login"), {"next": reverse("admin:index")})
    to_code = client.post(
        to_login.url, {"login": supervisor.user.email, "password": PASSWORD}
    )
    response = client.post(to_code.url, {"code": totp_code()})

    # then
    assert to_code.url == reverse("mfa_authenticate")
    assert response.status_code == 302
    assert response.url == reverse("admin:index")
    assert client.session["_auth_user_id"] == str(supervisor.user.pk)
    assert client.get(reverse("admin:index")).status_code == 200


# ---------------------------------------------------------------- provincial admin


def test_provincial_admin_user_changelist_searches_and_filters(client):
    # given
    sign_in_staff(
        client, UserFactory(provincial_admin=True, full_name="Admin Provinsi")
    )
    supervisor = BoothStaffFactory(supervisor=True, user__full_name="Siti Aminah")
    BoothStaffFactory(user__full_name="Siti Rahma")
    UserFactory(full_name="Siti Nurhaliza")

    # when
    response = client.get(
        reverse("admin:accounts_user_changelist"),
        {"q": "siti", "booth_roles__role": BoothRole.SUPERVISOR},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [supervisor.user]


def test_provincial_admin_user_changelist_filters_staff(client):
    # given
    admin = UserFactory(provincial_admin=True, full_name="Admin Provinsi")
    sign_in_staff(client, admin)
    manager = MallManagerFactory(user__full_name="Budi Manajer")
    UserFactory(full_name="Warga Biasa")

    # when
    response = client.get(
        reverse("admin:accounts_user_changelist"), {"is_staff__exact": "1"}
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [admin, manager.user]


def test_provincial_admin_adds_account_without_a_booth(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))

    # when
    response = client.post(reverse("admin:accounts_user_add"), user_add_form())

    # then
    assert response.status_code == 302
    user = User.objects.get(email="rina.officer@example.id")
    assert response.url == reverse("admin:accounts_user_change", args=[user.pk])
    assert (user.full_name, user.is_staff, user.check_password(NEW_PASSWORD)) == (
        "Rina Marlina",
        False,
        True,
    )
    assert BoothStaff.objects.filter(user=user).count() == 0


def test_provincial_admin_adds_supervisor_with_staff_status(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    booth = BoothFactory()

    # when
    response = client.post(
        reverse("admin:accounts_user_add"),
        user_add_form(booth=str(booth.pk), role=BoothRole.SUPERVISOR),
    )

    # then
    assert response.status_code == 302
    user = User.objects.get(email="rina.officer@example.id")
    assert user.is_staff is True
    assert list(user.booth_roles.values_list("booth", "role")) == [
        (booth.pk, BoothRole.SUPERVISOR)
    ]


def test_booth_without_role_is_refused_on_the_user_add_form(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    booth = BoothFactory()

    # when
    response = client.post(
        reverse("admin:accounts_user_add"), user_add_form(booth=str(booth.pk))
    )

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "role": [gettext_id("Choose the role at this booth.")]
    }
    assert User.objects.filter(email="rina.officer@example.id").count() == 0


# ---------------------------------------------------------------- mall manager


def test_mall_manager_sees_only_staff_of_their_malls_booths(client):
    # given
    manager = MallManagerFactory()
    officer = BoothStaffFactory(
        booth=BoothFactory(mall=manager.mall), user__full_name="Andi Petugas"
    )
    supervisor = BoothStaffFactory(
        supervisor=True,
        booth=BoothFactory(mall=manager.mall),
        user__full_name="Budi Pengawas",
    )
    BoothStaffFactory(booth=officer.booth, user=supervisor.user, role="officer")
    BoothStaffFactory(booth=BoothFactory(mall=MallFactory()))
    MallManagerFactory()
    UserFactory()
    sign_in_staff(client, manager.user)

    # when
    response = client.get(reverse("admin:accounts_user_changelist"))

    # then
    assert response.status_code == 200
    assert result_list(response) == [officer.user, supervisor.user]


def test_mall_manager_cannot_open_staff_of_another_mall(client):
    # given
    manager = MallManagerFactory()
    foreign = BoothStaffFactory(booth=BoothFactory(mall=MallFactory()))
    sign_in_staff(client, manager.user)

    # when
    response = client.get(reverse("admin:accounts_user_change", args=[foreign.user.pk]))

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:index")
    assert [m.message for m in get_messages(response.wsgi_request)] == [
        missing_message(User, foreign.user.pk)
    ]


def test_mall_manager_adds_an_officer_with_booth_and_role_in_one_step(client):
    # given
    manager = MallManagerFactory()
    booth = BoothFactory(mall=manager.mall)
    sign_in_staff(client, manager.user)

    # when
    response = client.post(
        reverse("admin:accounts_user_add"),
        user_add_form(booth=str(booth.pk), role=BoothRole.OFFICER),
    )

    # then
    assert response.status_code == 302
    user = User.objects.get(email="rina.officer@example.id")
    assert response.url == reverse("admin:accounts_user_change", args=[user.pk])
    assert list(BoothStaff.objects.filter(user=user).values_list("booth", "role")) == [
        (booth.pk, BoothRole.OFFICER)
    ]
    assert (user.is_staff, user.check_password(NEW_PASSWORD)) == (False, True)
    assert client.get(response.url).status_code == 200


def test_mall_manager_cannot_add_staff_at_another_malls_booth(client):
    # given
    manager = MallManagerFactory()
    foreign = BoothFactory(mall=MallFactory())
    sign_in_staff(client, manager.user)

    # when
    response = client.post(
        reverse("admin:accounts_user_add"),
        user_add_form(booth=str(foreign.pk), role=BoothRole.OFFICER),
    )

    # then
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["booth"]
    assert form.errors.as_data()["booth"][0].code == "invalid_choice"
    assert User.objects.filter(email="rina.officer@example.id").count() == 0
    assert BoothStaff.objects.count() == 0


def test_mall_manager_must_choose_a_booth_for_a_new_account(client):
    # given
    manager = MallManagerFactory()
    BoothFactory(mall=manager.mall)
    sign_in_staff(client, manager.user)

    # when
    response = client.post(reverse("admin:accounts_user_add"), user_add_form())

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "booth": [gettext_id("Choose the booth where this person works.")]
    }
    assert User.objects.filter(email="rina.officer@example.id").count() == 0


def test_mall_manager_gives_an_officer_a_supervisor_role_on_the_user_form(client):
    # given
    manager = MallManagerFactory()
    role = BoothStaffFactory(booth=BoothFactory(mall=manager.mall))
    second_booth = BoothFactory(mall=manager.mall)
    user = role.user
    sign_in_staff(client, manager.user)
    data = {
        "email": user.email,
        "full_name": user.full_name,
        "phone": user.phone,
        "preferred_language": "id",
        "is_active": "on",
        "booth_roles-TOTAL_FORMS": "2",
        "booth_roles-INITIAL_FORMS": "1",
        "booth_roles-MIN_NUM_FORMS": "0",
        "booth_roles-MAX_NUM_FORMS": "1000",
        "booth_roles-0-id": str(role.pk),
        "booth_roles-0-user": str(user.pk),
        "booth_roles-0-booth": str(role.booth.pk),
        "booth_roles-0-role": BoothRole.OFFICER,
        "booth_roles-1-id": "",
        "booth_roles-1-user": str(user.pk),
        "booth_roles-1-booth": str(second_booth.pk),
        "booth_roles-1-role": BoothRole.SUPERVISOR,
    }

    # when
    response = client.post(reverse("admin:accounts_user_change", args=[user.pk]), data)

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:accounts_user_changelist")
    assert sorted(user.booth_roles.values_list("booth", "role")) == [
        (role.booth.pk, BoothRole.OFFICER),
        (second_booth.pk, BoothRole.SUPERVISOR),
    ]
    user.refresh_from_db()
    assert user.is_staff is True


def test_mall_manager_cannot_delete_accounts(client):
    # given
    manager = MallManagerFactory()
    role = BoothStaffFactory(booth=BoothFactory(mall=manager.mall))
    sign_in_staff(client, manager.user)

    # when
    response = client.post(
        reverse("admin:accounts_user_delete", args=[role.user.pk]), {"post": "yes"}
    )

    # then
    assert response.status_code == 403
    assert User.objects.filter(pk=role.user.pk).count() == 1


# ---------------------------------------------------------------- booth supervisor


def test_booth_supervisor_cannot_reach_the_user_admin(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    colleague = BoothStaffFactory(booth=supervisor.booth)
    sign_in_staff(client, supervisor.user)

    # when
    changelist = client.get(reverse("admin:accounts_user_changelist"))
    add = client.get(reverse("admin:accounts_user_add"))
    change = client.get(reverse("admin:accounts_user_change", args=[colleague.user.pk]))

    # then
    assert (changelist.status_code, add.status_code, change.status_code) == (
        403,
        403,
        403,
    )
