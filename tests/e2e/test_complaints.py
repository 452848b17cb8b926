"""A citizen complains, an officer of the booth classifies and answers it in the
back office, and the citizen reads the answer (issue 10 §2)."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from django.conf import settings
from django.test import Client

from tests.accounts.factories import UserFactory
from tests.complaints.helpers import make_desk
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db(transaction=True)


def _signed_in_page(browser: Browser, live_server, user, *, staff: bool) -> Page:
    """A browser page carrying a session made the way the portal requires."""
    client = Client()
    if staff:
        sign_in_staff(client, user)
    else:
        client.force_login(user)
    context = browser.new_context()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


def test_a_citizen_complains_an_officer_answers_the_citizen_reads_it(
    live_server, browser: Browser
):
    desk = make_desk()
    citizen = UserFactory(preferred_language="en")
    agency = desk.booth.agency.short_name

    # the citizen sends a complaint
    page = _signed_in_page(browser, live_server, citizen, staff=False)
    page.goto(live_server.url + "/en/pengaduan/baru/")
    page.get_by_label("Agency and mall").select_option(
        label=f"{agency} – {desk.booth.mall.name}"
    )
    page.get_by_label("Your complaint").fill("The counter closed an hour early.")
    page.get_by_role("button", name="Send the complaint").click()
    expect(page.get_by_role("heading", name="Complaint sent")).to_be_visible()
    number = page.locator("#tracking-number").inner_text()
    assert re.fullmatch(r"ADU-[2-9A-Z]{4}-[2-9A-Z]{4}", number)

    # the booth's officer classifies and answers it
    officer = _signed_in_page(browser, live_server, desk.officer, staff=True)
    officer.goto(live_server.url + "/en/petugas/pengaduan/")
    officer.get_by_role("link", name=number).click()
    expect(officer.get_by_text("The counter closed an hour early.")).to_be_visible()
    officer.get_by_label("Classification").select_option("light")
    officer.get_by_role("button", name="Classify").click()
    expect(officer.get_by_text("its due date is set")).to_be_visible()
    officer.get_by_label("Answer to the complainant").fill(
        "We are sorry: the officer has been reminded of the opening hours."
    )
    officer.get_by_role("button", name="Send the answer").click()
    expect(officer.get_by_text("The answer was sent.")).to_be_visible()

    # the citizen sees the answer in their list
    page.goto(live_server.url + "/en/pengaduan/")
    page.get_by_role("link", name=number).click()
    expect(page.locator(".complaint-status")).to_have_text("Answered")
    expect(
        page.get_by_text("the officer has been reminded of the opening hours")
    ).to_be_visible()
