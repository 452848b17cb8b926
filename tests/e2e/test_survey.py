"""A citizen's application is completed by an officer in the back office; the
citizen rates it on their phone and the mall's public page shows the new IKM
(issue 10 §1, "Proof")."""

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from playwright.sync_api import Browser, Page, expect

from django.conf import settings
from django.test import Client
from django.utils import translation

from surveys.questionnaire import ELEMENTS
from tests.applications import badfiles
from tests.applications.factories import ApplicationFactory, officer_for
from tests.staff_auth import sign_in_staff

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(10)]
PHONE = {"width": 360, "height": 780}
#: The answer (1–4) given to each of the nine elements, in order.
CHOSEN = (4, 3, 4, 4, 3, 4, 4, 3, 4)


def _page_as(browser: Browser, live_server, user, *, staff: bool, **context) -> Page:
    """A browser page carrying a session made the way the portal requires."""
    client = Client()
    if staff:
        sign_in_staff(client, user)
    else:
        client.force_login(user)
    browser_context = browser.new_context(**context)
    browser_context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    return page


def _expected_ikm(chosen) -> tuple[str, str]:
    """One respondent: each element's NRR is its answer; IKM = mean × 25, rounded
    half up to two decimals only at the end; the grade per PermenPAN-RB 14/2017."""
    exact = Fraction(sum(chosen), len(chosen)) * 25
    value = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    if value >= Decimal("88.31"):
        grade = "A"
    elif value >= Decimal("76.61"):
        grade = "B"
    elif value >= Decimal("65.00"):
        grade = "C"
    else:
        grade = "D"
    # Indonesian figures use a decimal comma.
    return str(value).replace(".", ","), grade


def _no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways ({width}px)"


def test_a_citizen_rates_a_completed_service_and_the_mall_page_shows_the_ikm(
    live_server, browser: Browser
):
    application = ApplicationFactory(submitted=True)
    citizen = application.citizen
    officer = officer_for(application)
    service, mall = application.service, application.mall

    # the officer reviews, approves and completes the application
    desk = _page_as(browser, live_server, officer, staff=True)
    desk.goto(live_server.url + "/petugas/")
    desk.get_by_role("link", name=re.compile(application.tracking_number)).click()
    desk.get_by_role("button", name="Mulai periksa").click()
    expect(desk.get_by_text("Anda mulai memeriksa permohonan ini.")).to_be_visible()
    desk.get_by_role("button", name="Setujui").click()
    expect(desk.get_by_text("Permohonan disetujui.")).to_be_visible()
    upload = badfiles.good_pdf(name="hasil.pdf")
    upload.seek(0)
    desk.get_by_label("Dokumen hasil (PDF, JPEG, atau PNG)").set_input_files(
        {"name": upload.name, "mimeType": "application/pdf", "buffer": upload.read()}
    )
    desk.get_by_role("button", name="Selesaikan dengan dokumen ini").click()
    expect(desk.get_by_text("Selesai: pemohon dapat mengunduh")).to_be_visible()

    # the citizen opens the application on their phone and is invited to rate it
    phone = _page_as(browser, live_server, citizen, staff=False, viewport=PHONE)
    phone.goto(live_server.url + application.get_absolute_url())
    invite = phone.get_by_test_id("survey-invite")
    expect(invite).to_contain_text("Seberapa puas Anda dengan layanan ini?")
    invite.get_by_role("link", name="Nilai layanan ini").click()
    expect(phone.get_by_role("heading", name="Nilai layanan ini")).to_be_visible()

    # they answer the nine questions, each in its own group, as a person would
    with translation.override("id"):
        for element, value in zip(ELEMENTS, CHOSEN, strict=True):
            group = phone.get_by_role(
                "group", name=re.compile(rf"^{element.number}\. ")
            )
            group.get_by_label(str(element.answers[value - 1]), exact=True).check()
    phone.get_by_label("Komentar atau saran (tidak wajib)").fill("Petugasnya ramah.")
    phone.screenshot(path="/tmp/survey-form-360.png", full_page=True)
    _no_sideways_scroll(phone)
    phone.get_by_role("button", name="Kirim jawaban saya").click()
    expect(phone.get_by_role("heading", name="Terima kasih")).to_be_visible()

    # a second visit to the form says it was already rated, with no form
    phone.goto(live_server.url + application.get_absolute_url())
    expect(phone.get_by_test_id("survey-invite")).to_contain_text(
        "sudah menilai layanan ini"
    )
    phone.goto(live_server.url + f"/survei/permohonan/{application.uuid}/")
    expect(phone.get_by_test_id("survey-state")).to_have_text(
        "Kunjungan ini sudah dinilai. Terima kasih!"
    )
    expect(phone.get_by_role("button", name="Kirim jawaban saya")).to_have_count(0)

    # the mall's public page shows the service with its new IKM and grade
    value, grade = _expected_ikm(CHOSEN)
    visitor = browser.new_context(viewport=PHONE).new_page()
    visitor.goto(live_server.url + mall.get_absolute_url())
    visitor.get_by_role("link", name="Indeks Kepuasan Masyarakat (IKM)").click()
    expect(visitor).to_have_url(live_server.url + f"/mpp/{mall.slug}/ikm/")
    expect(
        visitor.get_by_role("heading", name="Indeks Kepuasan Masyarakat (IKM)")
    ).to_be_visible()
    row = visitor.get_by_role("row").filter(has_text=service.name)
    expect(row).to_contain_text(value)
    expect(row.locator(".badge").first).to_have_text(grade)
    expect(row).to_contain_text("Sangat baik")
    expect(row).to_contain_text("1 responden")
    expect(visitor.get_by_test_id("mall-ikm")).to_contain_text(value)
    visitor.screenshot(path="/tmp/mall-ikm-360.png", full_page=True)
    _no_sideways_scroll(visitor)
