"""An officer takes an application from the inbox to "Selesai" in Chromium, and the
citizen follows every step on their own phone (issue 7, "Proof")."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.accounts.factories import PASSWORD
from tests.applications import badfiles
from tests.applications.factories import ApplicationFactory, officer_for
from tests.staff_auth import enrol_totp, totp_code

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(7)]
PHONE = {"width": 360, "height": 780}
TABLET = {"width": 800, "height": 1100}


def _file(upload) -> dict:
    upload.seek(0)
    return {
        "name": upload.name,
        "mimeType": upload.content_type,
        "buffer": upload.read(),
    }


def _verified(user):
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _sign_in(page: Page, url: str, email: str) -> None:
    page.goto(url + "/akun/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()


def test_officer_asks_a_fix_approves_and_completes_while_the_citizen_follows(
    live_server, browser: Browser, page: Page, screenshot
):
    application = ApplicationFactory(
        submitted=True, citizen__full_name="Siti Aminah", citizen__password=PASSWORD
    )
    citizen = _verified(application.citizen)
    officer = _verified(officer_for(application))
    enrol_totp(officer)
    agency = application.service.agency.short_name
    ktp, letter = application.documents.order_by("requirement__position")

    # the officer signs in with a code and lands in the back office
    page.set_viewport_size(TABLET)
    _sign_in(page, live_server.url, officer.email)
    page.get_by_label("Kode").fill(totp_code())
    page.get_by_role("button", name="Masuk").click()
    expect(page).to_have_url(live_server.url + "/petugas/")
    screenshot("back-office-inbox-tablet")
    page.get_by_role("link", name=re.compile(application.tracking_number)).click()
    expect(page.get_by_text(citizen.masked_nik)).to_be_visible()
    page.get_by_role("button", name="Mulai periksa").click()
    expect(page.get_by_text("Anda mulai memeriksa permohonan ini.")).to_be_visible()

    # one document needs a fix, with the reason; the other is fine
    letter_card = page.locator(f"#document-{letter.pk}")
    letter_card.get_by_label(re.compile("Yang harus diperbaiki")).fill(
        "Stempel RT tidak terbaca."
    )
    letter_card.get_by_role("button", name="Perlu diperbaiki").click()
    expect(letter_card.get_by_text("Stempel RT tidak terbaca.").first).to_be_visible()
    page.locator(f"#document-{ktp.pk}").get_by_role("button", name="Terima").click()
    page.get_by_role("button", name="Minta perbaiki 1 dokumen").click()
    expect(page.get_by_text("Pemohon diminta memperbaiki")).to_be_visible()
    screenshot("back-office-review-tablet")

    # the citizen, on their phone, replaces the document
    phone = browser.new_context(viewport=PHONE).new_page()
    _sign_in(phone, live_server.url, citizen.email)
    phone.goto(live_server.url + application.get_absolute_url())
    expect(phone.get_by_text("Stempel RT tidak terbaca.")).to_be_visible()
    phone.get_by_role("link", name="Perbaiki dokumen").click()
    phone.get_by_label(letter.requirement.name).set_input_files(
        _file(badfiles.good_pdf(name="surat-rt-baru.pdf"))
    )
    phone.get_by_role("button", name="Kirim dokumen perbaikan").click()

    # the officer approves and completes with the output document
    page.reload()
    page.get_by_role("button", name="Setujui").click()
    expect(page.get_by_text("Permohonan disetujui.")).to_be_visible()
    page.get_by_label("Dokumen hasil (PDF, JPEG, atau PNG)").set_input_files(
        _file(badfiles.good_pdf(name="surat-keterangan.pdf"))
    )
    page.get_by_role("button", name="Selesaikan dengan dokumen ini").click()
    expect(page.get_by_text("Selesai: pemohon dapat mengunduh")).to_be_visible()

    # the citizen sees "Selesai", downloads the result and who handled it
    phone.goto(live_server.url + application.get_absolute_url())
    expect(phone.get_by_text("Selesai", exact=True).first).to_be_visible()
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Unduh hasil").click()
    assert download.value.suggested_filename.endswith(".pdf")
    opened = phone.get_by_role("region", name="Siapa yang membuka permohonan Anda")
    expect(opened.get_by_text(re.compile(agency)).first).to_be_visible()
    phone.screenshot(path="test-results/screenshots/citizen-completed-360.png")
    widths = phone.evaluate("document.documentElement.scrollWidth")
    assert widths <= PHONE["width"], "the citizen's page scrolls sideways"
