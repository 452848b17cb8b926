"""Staff reach the administration through the portal's one, throttled sign-in
(issue 6): the admin's own password form no longer exists."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(6)]


def _admin():
    admin = UserFactory(provincial_admin=True, email="admin@example.id")
    admin.emailaddress_set.create(email=admin.email, verified=True, primary=True)
    return admin


def _sign_in(page: Page, email: str, password: str) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(password)
    page.get_by_role("button", name="Masuk").click()


def test_an_admin_signs_in_through_the_portal_and_lands_in_the_admin(
    live_server, page: Page
):
    admin = _admin()
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(live_server.url + "/admin/")
    expect(page).to_have_url(re.compile(r"/akun/login/\?next=%2Fadmin%2F$"))
    _sign_in(page, admin.email, PASSWORD)

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
