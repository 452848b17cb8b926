"""Issue 6 §1: the admin's sign-in goes through the portal's throttled sign-in; the
throttle counts per account, per address and per known device, with a cool-off and
never a permanent lock; sign-up does not tell whether a NIK has an account."""

import time

import pytest

from django.core import mail
from django.test import Client

from accounts import throttle
from accounts.models import User
from tests.accounts.factories import PASSWORD, UserFactory
from tests.staff_auth import enrol_totp, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.issue(6)]
WRONG = "bukan-kata-sandinya"


def _verified(**kwargs) -> User:
    user = UserFactory(**kwargs)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _login(client: Client, email: str, password: str, address="10.0.0.1", **extra):
    return client.post(
        "/akun/login/",
        {"login": email, "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


def _sign_out(client: Client) -> None:
    """Sign out as a browser does: the session ends, the device cookie stays (the
    test client's logout() would drop every cookie)."""
    device = client.cookies[throttle.DEVICE_COOKIE].value
    client.post("/akun/logout/")
    assert not _signed_in(client)
    client.cookies[throttle.DEVICE_COOKIE] = device


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


# ---------------------------------------------------------------- /admin/login/
def test_admin_login_post_never_checks_a_password():
    staff = _verified(provincial_admin=True)
    client = Client()
    for _ in range(15):
        client.post("/admin/login/", {"username": staff.email, "password": WRONG})
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": staff.email, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/akun/login/?next=%2Fadmin%2F"
    assert not _signed_in(client)


def test_the_admin_sends_visitors_to_the_throttled_sign_in_and_back():
    staff = _verified(provincial_admin=True)
    client = Client()
    first = client.get("/admin/", follow=True)
    assert first.redirect_chain[-1][0] == "/akun/login/?next=%2Fadmin%2F"

    enrol_totp(staff)  # staff need their second factor too (issue 7 §3)

    response = client.post(
        "/akun/login/?next=%2Fadmin%2F", {"login": staff.email, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/akun/2fa/authenticate/"
    response = client.post("/akun/2fa/authenticate/", {"code": totp_code()})
    assert response.headers["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_staff_are_throttled_on_the_only_sign_in_there_is():
    staff = _verified(provincial_admin=True)
    client = Client()
    for _ in range(5):
        _login(client, staff.email, WRONG)
    refused = _login(client, staff.email, PASSWORD)
    assert refused.status_code == 200
    assert "Terlalu banyak percobaan masuk yang gagal" in refused.content.decode()
    assert not _signed_in(client)


def test_an_offsite_next_is_dropped():
    response = Client().get("/admin/login/?next=https://evil.example/")
    assert response.headers["Location"] == "/akun/login/?next=%2Fadmin%2F"


def test_a_signed_in_citizen_is_not_bounced_between_admin_and_sign_in():
    citizen = _verified()
    client = Client()
    client.force_login(citizen)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/"
    assert "tidak memiliki akses" in response.content.decode()


# ---------------------------------------------------------------- throttle scopes
def test_other_accounts_failures_behind_one_address_do_not_block_a_known_device():
    citizen = _verified(email="warga@example.id")
    phone = Client()
    assert _login(phone, citizen.email, PASSWORD).status_code == 302
    _sign_out(phone)

    attacker = Client()
    for n in range(40):  # one CGNAT address, many accounts
        _login(attacker, f"orang{n}@example.id", WRONG)

    assert _login(phone, citizen.email, PASSWORD).status_code == 302
    assert _signed_in(phone)


def test_a_new_device_behind_a_flooded_address_cools_off_then_signs_in(monkeypatch):
    citizen = _verified()
    attacker = Client()
    for n in range(31):
        _login(attacker, f"orang{n}@example.id", WRONG)

    newcomer = Client()
    assert _login(newcomer, citizen.email, PASSWORD).status_code == 200
    assert not _signed_in(newcomer)
    # From another address (another carrier, Wi-Fi) the same citizen is not held.
    again = _login(newcomer, citizen.email, PASSWORD, address="10.9.9.9")
    assert again.status_code == 302
    assert _signed_in(newcomer)

    newcomer = Client()  # the same citizen on a new device, after the cool-off
    later = time.time() + 5 * 60 + 1
    monkeypatch.setattr("accounts.throttle._now", lambda: later)
    assert _login(newcomer, citizen.email, PASSWORD).status_code == 302


def test_guessing_one_account_does_not_lock_its_owners_device():
    citizen = _verified()
    phone = Client()
    _login(phone, citizen.email, PASSWORD)
    _sign_out(phone)

    for n in range(10):  # from many addresses
        _login(Client(), citizen.email, WRONG, address=f"10.1.0.{n}")
    stranger = _login(Client(), citizen.email, PASSWORD, address="10.2.0.1")
    assert stranger.status_code == 200  # the account cools off for new devices
    assert _login(phone, citizen.email, PASSWORD).status_code == 302


def test_a_known_device_has_its_own_limit():
    citizen = _verified()
    phone = Client()
    _login(phone, citizen.email, PASSWORD)
    _sign_out(phone)
    for _ in range(5):
        _login(phone, citizen.email, WRONG)
    assert _login(phone, citizen.email, PASSWORD).status_code == 200
    assert not _signed_in(phone)


def test_a_forged_device_cookie_is_ignored():
    citizen = _verified()
    client = Client()
    client.cookies[throttle.DEVICE_COOKIE] = "eyJpZCI6IngiLCJhY2NvdW50cyI6W119:forged"
    for _ in range(5):
        _login(client, citizen.email, WRONG)
    assert _login(client, citizen.email, PASSWORD).status_code == 200


def test_a_correct_password_gives_its_slot_back():
    citizen = _verified()
    client = Client()
    for _ in range(20):
        assert _login(client, citizen.email, PASSWORD).status_code == 302
        client.logout()
        client.cookies.pop(throttle.DEVICE_COOKIE, None)


def test_a_password_reset_ends_the_accounts_cool_off():
    citizen = _verified()
    for _ in range(5):
        _login(Client(), citizen.email, WRONG)
    throttle.clear_account(citizen.email)
    assert _login(Client(), citizen.email, PASSWORD).status_code == 302


def test_device_cookie_is_httponly_and_secure_in_production(settings):
    settings.SESSION_COOKIE_SECURE = True
    citizen = _verified()
    client = Client()
    response = _login(client, citizen.email, PASSWORD)
    cookie = response.cookies[throttle.DEVICE_COOKIE]
    assert cookie["httponly"] and cookie["secure"]
    assert citizen.email not in cookie.value


# ---------------------------------------------------------------- NIK enumeration
SIGNUP = {
    "full_name": "Siti Aminah",
    "nik": "2171014101900001",
    "birth_date": "1990-01-01",
    "phone": "081270001234",
    "password1": "ombak-laut-natuna-2026",
    "password2": "ombak-laut-natuna-2026",
}


def test_signup_with_a_registered_nik_answers_as_for_a_free_one():
    free = Client().post("/akun/signup/", {**SIGNUP, "email": "baru@example.id"})
    User.objects.filter(email="baru@example.id").update(nik=None)
    holder = _verified(nik="2171014101900001", email="pemilik@example.id")
    mail.outbox.clear()

    taken = Client().post("/akun/signup/", {**SIGNUP, "email": "penyelidik@example.id"})

    assert taken.status_code == free.status_code == 302
    assert taken.headers["Location"] == free.headers["Location"]
    page = Client().get(taken.headers["Location"]).content.decode()
    assert "NIK" not in page
    assert not User.objects.filter(email="penyelidik@example.id").exists()
    holder.refresh_from_db()
    assert holder.nik == "2171014101900001"
    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"pemilik@example.id", "penyelidik@example.id"}
    assert "2171********0001" in sent["pemilik@example.id"].body
    assert "2171014101900001" not in sent["pemilik@example.id"].body
    assert "KTP" in sent["penyelidik@example.id"].body
