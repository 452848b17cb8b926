"""Issue 7 §3: staff sign in with a second factor (TOTP, with recovery codes) to reach
the back office (/petugas/) and the administration (/admin/); citizens may opt in."""

import io
import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from accounts import mfa
from accounts.models import User
from mpp.demo import seed
from tests.accounts.factories import PASSWORD, UserFactory
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.staff_auth import TOTP_SECRET, enrol_totp, sign_in_staff, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]

ACTIVATE = "/akun/2fa/totp/activate/"
CODE_AT_SIGN_IN = "/akun/2fa/authenticate/"
CODE_AGAIN = "/akun/2fa/reauthenticate/"


def _verified(**kwargs) -> User:
    user = UserFactory(**kwargs)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _staff(**kwargs) -> User:
    return _verified(provincial_admin=True, **kwargs)


def _password(client: Client, user: User, next_url: str = "/admin/"):
    return client.post(
        f"/akun/login/?next={next_url}", {"login": user.email, "password": PASSWORD}
    )


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


# ---------------------------------------------------------------- who and where
@pytest.mark.parametrize(
    "_case, make_user, expected",
    [
        ("citizen", lambda: UserFactory(), False),
        ("officer", lambda: BoothStaffFactory().user, True),
        ("booth supervisor", lambda: BoothStaffFactory(supervisor=True).user, True),
        ("mall manager", lambda: MallManagerFactory().user, True),
        ("provincial admin", lambda: UserFactory(provincial_admin=True), True),
        ("staff flag only", lambda: UserFactory(is_staff=True), True),
    ],
)
def test_every_staff_role_requires_a_second_factor(_case, make_user, expected):
    assert mfa.requires_second_factor(make_user()) is expected


def test_anonymous_visitors_require_no_second_factor():
    from django.contrib.auth.models import AnonymousUser

    assert mfa.requires_second_factor(AnonymousUser()) is False


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/admin/", True),
        ("/admin/services/service/1/change/", True),
        ("/en/admin/", True),
        ("/petugas/", True),
        ("/petugas", True),
        ("/petugas/permohonan/BTM-7KQ2-94XD/", True),
        ("/en/petugas/antrian/", True),
        ("/admin/logout/", False),
        ("/en/admin/logout/", False),
        ("/akun/2fa/totp/activate/", False),
        ("/akun/logout/", False),
        ("/petugasan/", False),
        ("/layanan/admin/", False),
        ("/", False),
        ("/en/", False),
    ],
)
def test_the_back_office_and_admin_paths_are_guarded_in_every_language(path, expected):
    assert mfa.is_staff_path(path) is expected


# ---------------------------------------------------------------- no authenticator
@pytest.mark.parametrize(
    "url, activate",
    [
        ("/admin/", ACTIVATE),
        ("/en/admin/", "/en" + ACTIVATE),
        ("/petugas/", ACTIVATE),
        ("/en/petugas/antrian/", "/en" + ACTIVATE),
    ],
)
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, url, activate):
    # given: signed in with the password only, no authenticator
    staff = _staff()
    client.force_login(staff)

    # when
    response = client.get(url)

    # then: to allauth's activation, and back here afterwards
    assert response.status_code == 302
    assert response.headers["Location"] == f"{activate}?next={url.replace('/', '%2F')}"
    translation.activate("en" if url.startswith("/en/") else "id")
    expected = (
        "Staff accounts must use a second factor."
        if url.startswith("/en/")
        else "Akun petugas wajib memakai faktor kedua."
    )
    assert [m for m in _messages(response) if m.startswith(expected)] != []
    assert Authenticator.objects.filter(user=staff).count() == 0


def test_staff_set_up_their_authenticator_and_go_on_to_the_admin(client):
    # given: a real sign-in with the password, no authenticator yet
    staff = _staff()
    assert _password(client, staff).headers["Location"] == "/admin/"
    to_activate = client.get("/admin/")

    # when: allauth confirms the password first, then shows the secret
    to_password = client.get(to_activate.headers["Location"])
    assert to_password.headers["Location"].startswith("/akun/reauthenticate/")
    back = client.post(to_password.headers["Location"], {"password": PASSWORD})
    assert back.headers["Location"] == f"{ACTIVATE}?next=%2Fadmin%2F"
    page = client.get(back.headers["Location"])
    secret = page.context["form"].secret
    activated = client.post(ACTIVATE, {"code": totp_code(secret), "next": "/admin/"})

    # then: the recovery codes, a way on, and the admin without a second code
    assert activated.headers["Location"] == "/akun/2fa/recovery-codes/?next=%2Fadmin%2F"
    codes_page = client.get(activated.headers["Location"])
    assert 'href="/admin/"' in codes_page.content.decode()
    assert len(codes_page.context["unused_codes"]) == 10
    for code in codes_page.context["unused_codes"]:
        assert code in codes_page.content.decode()
    assert Authenticator.objects.filter(user=staff).count() == 2
    assert client.get("/admin/").status_code == 200


def test_the_recovery_codes_page_never_links_off_site(client):
    staff = _staff()
    sign_in_staff(client, staff)
    client.post("/akun/reauthenticate/", {"password": PASSWORD})  # allauth asks

    page = client.get("/akun/2fa/recovery-codes/?next=https://evil.example/")

    assert page.status_code == 200
    assert page.context["next_url"] == ""
    assert 'href="https://evil.example/"' not in page.content.decode()


# ---------------------------------------------------------------- signing in
def test_staff_with_an_authenticator_sign_in_with_their_code_and_reach_the_admin(
    client,
):
    # given
    staff = _staff()
    enrol_totp(staff)

    # when: the password, then the code the phone shows
    to_code = _password(client, staff)
    assert to_code.headers["Location"] == CODE_AT_SIGN_IN
    assert "_auth_user_id" not in client.session  # not signed in after a password
    response = client.post(CODE_AT_SIGN_IN, {"code": totp_code()})

    # then
    assert response.headers["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_and_a_sixth_try_waits_for_the_cool_off(
    client, monkeypatch
):
    # given
    staff = _staff()
    enrol_totp(staff)
    _password(client, staff)

    # when: five wrong codes, then the right one
    for _ in range(5):
        wrong = client.post(CODE_AT_SIGN_IN, {"code": "000000"})
        assert wrong.status_code == 200
        assert "Kode salah." in wrong.content.decode()
    throttled = client.post(CODE_AT_SIGN_IN, {"code": totp_code()})

    # then: refused even though it is right, until the 5-minute window has passed
    assert "Terlalu banyak percobaan masuk yang gagal" in throttled.content.decode()
    assert "_auth_user_id" not in client.session
    later = time.time() + 5 * 60 + 1
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.post(CODE_AT_SIGN_IN, {"code": totp_code(at=later)})
    assert response.headers["Location"] == "/admin/"


def test_a_code_is_used_once(client):
    staff = _staff()
    enrol_totp(staff)
    code = totp_code()
    _password(client, staff)
    assert client.post(CODE_AT_SIGN_IN, {"code": code}).status_code == 302
    client.post("/akun/logout/")

    _password(client, staff)
    replayed = client.post(CODE_AT_SIGN_IN, {"code": code})

    assert "Kode salah." in replayed.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_recovery_code_signs_in_once(client):
    # given
    staff = _staff()
    enrol_totp(staff)
    recovery = Authenticator.objects.get(
        user=staff, type=Authenticator.Type.RECOVERY_CODES
    )
    code = RecoveryCodes(recovery).get_unused_codes()[0]

    # when
    _password(client, staff)
    first = client.post(CODE_AT_SIGN_IN, {"code": code})
    reached = client.get("/admin/").status_code
    client.post("/akun/logout/")
    _password(client, staff)
    second = client.post(CODE_AT_SIGN_IN, {"code": code})

    # then
    assert first.headers["Location"] == "/admin/"
    assert reached == 200
    assert "Kode salah." in second.content.decode()
    assert "_auth_user_id" not in client.session
    recovery.refresh_from_db()
    assert len(RecoveryCodes(recovery).get_unused_codes()) == 9


def test_a_session_without_the_second_factor_is_asked_for_the_code_once(client):
    # given: an authenticator, but signed in without it (an old session, a bug)
    staff = _staff()
    enrol_totp(staff)
    client.force_login(staff)

    # when
    response = client.get("/admin/services/service/")

    # then: to allauth's code page, which is reachable, and back
    assert response.headers["Location"] == (
        f"{CODE_AGAIN}?next=%2Fadmin%2Fservices%2Fservice%2F"
    )
    assert [m for m in _messages(response) if "kode pemulihan" in m] != []
    assert client.get(response.headers["Location"]).status_code == 200
    confirmed = client.post(
        CODE_AGAIN, {"code": totp_code(), "next": "/admin/services/service/"}
    )
    assert confirmed.headers["Location"] == "/admin/services/service/"
    assert client.get("/admin/services/service/").status_code == 200


def test_a_password_is_not_taken_instead_of_the_code(client):
    staff = _staff()
    enrol_totp(staff)
    client.force_login(staff)

    page = client.get(f"{CODE_AGAIN}?next=%2Fadmin%2F").content.decode()
    client.post("/akun/reauthenticate/", {"password": PASSWORD})

    assert "/akun/reauthenticate/" not in page  # no "use your password instead"
    assert client.get("/admin/").headers["Location"].startswith(CODE_AGAIN)


def test_staff_can_always_sign_out(client):
    staff = _staff()
    client.force_login(staff)

    response = client.post("/akun/logout/")

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_htmx_requests_are_sent_to_the_code_page_as_a_whole(client):
    staff = _staff()
    enrol_totp(staff)
    client.force_login(staff)

    response = client.get("/petugas/antrian/", headers={"HX-Request": "true"})

    assert (
        response.headers["HX-Redirect"] == f"{CODE_AGAIN}?next=%2Fpetugas%2Fantrian%2F"
    )


# ---------------------------------------------------------------- citizens
def test_citizens_are_never_asked_for_a_second_factor(client):
    citizen = _verified()
    client.force_login(citizen)

    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/"
    assert all("/2fa/" not in url for url, _status in response.redirect_chain)
    assert client.get("/permohonan/").status_code == 200


def test_citizens_may_turn_on_an_authenticator_from_their_profile(client):
    # given
    citizen = _verified()
    _password(client, citizen, next_url="/akun/profil/")
    profile = client.get("/akun/profil/").content.decode()
    assert 'href="/akun/2fa/"' in profile

    # when: recently signed in, allauth still confirms the password first
    client.post("/akun/reauthenticate/", {"password": PASSWORD})
    secret = client.get(ACTIVATE).context["form"].secret
    response = client.post(ACTIVATE, {"code": totp_code(secret)})

    # then: from now on, their sign-in asks for the code
    assert response.headers["Location"] == "/akun/2fa/recovery-codes/"
    client.post("/akun/logout/")
    assert _password(client, citizen, "/").headers["Location"] == CODE_AT_SIGN_IN


DEACTIVATE = "/akun/2fa/totp/deactivate/"


def test_staff_cannot_turn_their_authenticator_off(client):
    """A session that passed the second factor is not asked again (no query per
    page), so staff must not be able to drop the factor it rests on."""
    officer = BoothStaffFactory().user
    sign_in_staff(client, officer)
    client.post("/akun/reauthenticate/", {"password": PASSWORD})

    response = client.post(DEACTIVATE)

    assert Authenticator.objects.filter(
        user=officer, type=Authenticator.Type.TOTP
    ).exists()
    assert response.status_code == 200  # the form again, with allauth's refusal
    assert response.context["form"].errors


def test_citizens_may_turn_their_authenticator_off(client):
    citizen = _verified()
    enrol_totp(citizen)
    sign_in_staff(client, citizen)  # a password and the code, as a citizen would
    client.post("/akun/reauthenticate/", {"password": PASSWORD})

    client.post(DEACTIVATE)

    assert not Authenticator.objects.filter(
        user=citizen, type=Authenticator.Type.TOTP
    ).exists()


def test_a_session_that_passed_the_second_factor_costs_no_authenticator_query(
    client, django_assert_num_queries
):
    officer = BoothStaffFactory().user
    sign_in_staff(client, officer)
    client.get("/petugas/")
    # user; no authenticator, and the actor's roles come from the cache (no page
    # query: the booth has no application)
    with django_assert_num_queries(1):
        assert client.get("/petugas/").status_code == 200


# ---------------------------------------------------------------- the demo
DEMO_STAFF = {
    "admin@demo.mpp.id",
    "manajer.batam@demo.mpp.id",
    "supervisor.imigrasi@demo.mpp.id",
    "petugas.imigrasi@demo.mpp.id",
    "petugas.dukcapil@demo.mpp.id",
    "petugas.samsat@demo.mpp.id",
}


def _demo_authenticators() -> list[tuple]:
    return list(
        Authenticator.objects.order_by("pk").values_list(
            "pk", "user__email", "type", "data"
        )
    )


def test_the_demo_staff_share_the_published_secret_and_have_recovery_codes():
    # when
    call_command("seed_demo", "--quiet-logins")
    first = _demo_authenticators()
    call_command("seed_demo", "--quiet-logins")

    # then: enrolled once; a second run changes nothing
    assert _demo_authenticators() == first
    totps = Authenticator.objects.filter(type=Authenticator.Type.TOTP)
    assert set(totps.values_list("user__email", flat=True)) == DEMO_STAFF
    assert {t.data["secret"] for t in totps} == {seed.DEMO_TOTP_SECRET}
    recovery = Authenticator.objects.filter(type=Authenticator.Type.RECOVERY_CODES)
    assert set(recovery.values_list("user__email", flat=True)) == DEMO_STAFF
    for user in User.objects.filter(email__in=DEMO_STAFF):
        assert mfa.requires_second_factor(user) is True
    citizen = User.objects.get(email="warga@demo.mpp.id")
    assert Authenticator.objects.filter(user=citizen).count() == 0


def test_the_seed_sets_a_changed_demo_secret_back():
    call_command("seed_demo", "--quiet-logins")
    totp = Authenticator.objects.get(
        user__email="admin@demo.mpp.id", type=Authenticator.Type.TOTP
    )
    totp.data = {"secret": TOTP_SECRET}
    totp.save()

    call_command("seed_demo", "--quiet-logins")

    totp.refresh_from_db()
    assert totp.data == {"secret": seed.DEMO_TOTP_SECRET}


def test_demo_totp_prints_a_code_that_signs_the_demo_admin_in(client):
    # given
    call_command("seed_demo", "--quiet-logins")
    out = io.StringIO()

    # when
    call_command("demo_totp", stdout=out)
    printed = out.getvalue()
    code = re.search(r"code: (\d{6})", printed).group(1)

    # then
    assert re.search(r"valid for \d+ s", printed)
    assert seed.DEMO_TOTP_SECRET in printed
    client.post(
        "/akun/login/?next=/admin/",
        {"login": "admin@demo.mpp.id", "password": seed.DEMO_PASSWORD},
    )
    assert client.post(CODE_AT_SIGN_IN, {"code": code}).headers["Location"] == (
        "/admin/"
    )
    assert client.get("/admin/").status_code == 200


def test_the_demo_code_follows_the_clock():
    code, seconds_left = seed.demo_totp_code(now=59.0)

    assert (code, seconds_left) == (totp_code(seed.DEMO_TOTP_SECRET, at=59.0), 1)
    assert seed.demo_totp_code(now=60.0)[1] == 30
