"""Staff reach the administration through the portal's one, throttled sign-in
(issue 6): the admin's own password form no longer exists. They need their second
factor too (issue 7 §3): a code from an authenticator app, set up on first use."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.accounts.factories import PASSWORD, UserFactory
from tests.staff_auth import enrol_totp, totp_code

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(6)]


def _admin():
    admin = UserFactory(provincial_admin=True, email="admin@example.id")
    admin.emailaddress_set.create(email=admin.email, verified=True, primary=True)
    return admin


def _sign_in(page: Page, email: str, password: str) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(password)
    page.get_by_role("button", name="Masuk").click()


@pytest.mark.issue(7)
def test_an_admin_signs_in_through_the_portal_with_a_code_and_lands_in_the_admin(
    live_server, page: Page, screenshot
):
    admin = _admin()
    enrol_totp(admin)
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(live_server.url + "/admin/")
    expect(page).to_have_url(re.compile(r"/akun/login/\?next=%2Fadmin%2F$"))
    _sign_in(page, admin.email, PASSWORD)

    expect(page).to_have_url(live_server.url + "/akun/2fa/authenticate/")
    expect(page.get_by_role("heading", name="Autentikasi Dua Faktor")).to_be_visible()
    screenshot("staff-sign-in-code-360")
    page.get_by_label("Kode").fill(totp_code())
    page.get_by_role("button", name="Masuk").click()

    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", name="Administrasi")).to_be_visible()


@pytest.mark.issue(7)
def test_staff_without_an_authenticator_set_one_up_before_the_admin(
    live_server, page: Page, screenshot
):
    admin = _admin()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/admin/")
    _sign_in(page, admin.email, PASSWORD)

    # sent to set it up, with the reason; allauth confirms the password first
    expect(page.get_by_text("Akun petugas wajib memakai faktor kedua")).to_be_visible()
    page.get_by_label(re.compile(r"sandi", re.IGNORECASE)).fill(PASSWORD)
    page.get_by_role("button", name="Konfirmasi").click()

    expect(page).to_have_url(re.compile(r"/akun/2fa/totp/activate/\?next=%2Fadmin%2F$"))
    expect(page.get_by_role("img", name=re.compile(r"^[A-Z2-7]{32}$"))).to_be_visible()
    screenshot("staff-totp-activate-360")
    secret = page.get_by_label("Rahasia autentikator").input_value()
    page.get_by_label("Kode autentikator").fill(totp_code(secret))
    page.get_by_role("button", name="Aktifkan").click()

    expect(page.get_by_role("heading", name="Kode Pemulihan")).to_be_visible()
    screenshot("staff-recovery-codes-360")
    page.get_by_role("link", name="Sudah saya simpan, lanjutkan").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", name="Administrasi")).to_be_visible()


def test_wrong_passwords_cool_off_with_a_clear_message(
    live_server, page: Page, screenshot
):
    admin = _admin()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/admin/")
    for _ in range(5):
        _sign_in(page, admin.email, "bukan-kata-sandinya")
    _sign_in(page, admin.email, PASSWORD)

    throttled = page.get_by_text("Terlalu banyak percobaan masuk yang gagal")
    expect(throttled).to_be_visible()
    expect(page).to_have_url(re.compile(r"/akun/login/"))
    screenshot("staff-sign-in-throttled-360")
