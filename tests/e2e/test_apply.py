"""A citizen on an outer island does everything short of the counter visit from a
phone: register, verify the e-mail, apply with documents, send, and follow it."""

import re

import pytest
from playwright.sync_api import Page, expect

from django.core import mail

from services.constants import Channel
from tests.accounts.factories import PASSWORD
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications import badfiles
from tests.applications.factories import ApplicationFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _file(upload) -> dict:
    upload.seek(0)
    return {
        "name": upload.name,
        "mimeType": upload.content_type,
        "buffer": upload.read(),
    }


@pytest.fixture
def passport_service():
    mall = MallFactory(name="MPP Kota Batam", slug="batam", code="BTM")
    agency = AgencyFactory(name="Kantor Imigrasi Batam", short_name="Imigrasi")
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(
        agency=agency,
        slug="paspor-baru",
        name="Penerbitan Paspor Baru",
        channel=Channel.BOTH,
        booths=[booth],
    )
    RequirementFactory(service=service, name="KTP-el asli", position=1)
    RequirementFactory(service=service, name="Kartu Keluarga", position=2)
    RequirementFactory(
        service=service, name="Paspor lama", position=3, is_mandatory=False
    )
    return service


def test_register_verify_apply_submit_and_track(
    live_server, page: Page, passport_service, screenshot
):
    page.set_viewport_size({"width": 390, "height": 844})
    mail.outbox.clear()

    # register
    page.goto(live_server.url + "/akun/signup/")
    page.get_by_label("Email").fill("nelayan@example.id")
    page.get_by_label("Nama lengkap (sesuai KTP)").fill("Ahmad Nelayan")
    page.get_by_label("NIK").fill("2171 0101 0190 0001")
    page.get_by_label("Tanggal lahir").fill("1990-01-01")
    page.get_by_label("Nomor telepon").fill("0812 7000 1234")
    page.get_by_label(re.compile(r"^\s*Sandi\s*\*?\s*$")).fill("ombak-laut-natuna-2026")
    page.get_by_label(re.compile(r"^\s*Kata sandi \(lagi\)")).fill(
        "ombak-laut-natuna-2026"
    )
    screenshot("signup-mobile")
    page.get_by_role("button", name=re.compile("Daftar")).click()

    # verify the e-mail from the test mailbox
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot("signup-done-mobile")
    assert len(mail.outbox) == 1
    link = re.search(
        r"https?://[^\s]+/akun/confirm-email/[^\s]+/", mail.outbox[0].body
    ).group(0)
    page.goto(link)
    page.get_by_role("button", name=re.compile("Konfirmasi")).click()

    # apply from the service page
    page.goto(live_server.url + "/layanan/paspor-baru/")
    page.get_by_role("link", name="Ajukan permohonan").click()
    if page.get_by_label("Email").count():  # not logged in after confirmation
        page.get_by_label("Email").fill("nelayan@example.id")
        page.get_by_label(re.compile(r"^\s*Sandi")).fill("ombak-laut-natuna-2026")
        page.get_by_role("button", name="Masuk").click()
    page.get_by_label("MPP Kota Batam").check()
    page.get_by_role("button", name="Lanjut").click()

    # required and optional documents are marked, grouped and explained, and what
    # is still missing is said before the review step
    required = page.get_by_role("region", name=re.compile("Dokumen wajib|Required doc"))
    optional = page.get_by_role(
        "region", name=re.compile("Dokumen opsional|Optional doc")
    )
    expect(required.get_by_label("KTP-el asli")).to_be_visible()
    expect(required.get_by_label("Kartu Keluarga")).to_be_visible()
    expect(required.get_by_label("Paspor lama")).to_have_count(0)
    expect(optional.get_by_label("Paspor lama")).to_be_visible()
    mark = re.compile(r"^\s*KTP-el asli\s*\*\s*(wajib|required)\s*$")
    expect(page.locator("label", has_text="KTP-el asli")).to_have_text(mark)
    expect(page.locator("label", has_text="Paspor lama")).to_have_text(
        re.compile(r"^\s*Paspor lama\s*(opsional|optional)\s*$")
    )
    expect(page.get_by_test_id("form-legend")).to_be_visible()
    missing = page.get_by_test_id("missing-summary")
    expect(missing.get_by_role("link")).to_have_text(["KTP-el asli", "Kartu Keluarga"])
    screenshot("apply-form-mobile")

    # a web page renamed .pdf is refused by content; the good file is kept, and
    # shown under its field by its name, with a link to look at it
    page.get_by_label("KTP-el asli").set_input_files(
        _file(badfiles.good_pdf(name="ktp-ahmad.pdf"))
    )
    page.get_by_label("Kartu Keluarga").set_input_files(
        _file(badfiles.html_renamed_pdf())
    )
    page.get_by_role("button", name="Simpan dan tinjau").click()
    expect(
        page.get_by_text("Hanya berkas PDF, JPEG, atau PNG yang diterima").first
    ).to_be_visible()
    expect(page.get_by_text(re.compile("Terunggah|Uploaded")).first).to_be_visible()
    uploaded = page.get_by_role("link", name="ktp-ahmad.pdf")
    expect(uploaded).to_be_visible()
    expect(uploaded).to_have_attribute("href", re.compile(r"/dokumen/\d+/lihat/$"))
    expect(missing.get_by_role("link")).to_have_text(["Kartu Keluarga"])
    screenshot("apply-refused-file-mobile")

    # "Ajukan permohonan" again resumes this draft instead of starting another
    edit_url = page.url
    page.goto(live_server.url + "/layanan/paspor-baru/")
    page.get_by_role("link", name="Ajukan permohonan").click()
    page.get_by_label("MPP Kota Batam").check()
    page.get_by_role("button", name="Lanjut").click()
    expect(page).to_have_url(edit_url)
    expect(page.get_by_role("link", name="ktp-ahmad.pdf")).to_be_visible()

    page.get_by_label("Kartu Keluarga").set_input_files(_file(badfiles.good_png()))
    page.get_by_role("button", name="Simpan dan tinjau").click()
    expect(page.get_by_text("2171********0001")).to_be_visible()
    page.get_by_role("button", name="Kirim permohonan").click()

    # the tracking number and the timeline
    expect(page.get_by_role("heading", name="Permohonan terkirim")).to_be_visible()
    number = page.get_by_test_id("tracking-number").inner_text()
    assert re.fullmatch(r"BTM-[2-9A-Z]{4}-[2-9A-Z]{4}", number)
    screenshot("confirmation-mobile")
    page.get_by_role("link", name=re.compile("Ikuti permohonan|Pantau")).click()
    timeline = page.get_by_role("region", name="Riwayat")
    expect(timeline.get_by_text("Diajukan")).to_be_visible()
    screenshot("application-detail-mobile")

    # look it up publicly, signed out (a browser without the session cookie)
    page.context.clear_cookies()
    page.goto(live_server.url + "/lacak/")
    page.get_by_label("Nomor pelacakan").fill(number.lower())
    page.get_by_role("button", name="Cek status").click()
    result = page.get_by_role("region", name=number)
    expect(result.get_by_text("Penerbitan Paspor Baru")).to_be_visible()
    expect(result.get_by_text("Diajukan")).to_be_visible()
    expect(page.get_by_text("Ahmad Nelayan")).to_have_count(0)
    screenshot("track-mobile")


def test_upload_progress_shows_on_a_slow_link(live_server, page: Page, screenshot):
    draft = ApplicationFactory()
    citizen = draft.citizen
    citizen.emailaddress_set.create(email=citizen.email, verified=True, primary=True)
    page.goto(live_server.url + "/akun/login/")
    page.get_by_label("Email").fill(citizen.email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.goto(live_server.url + f"/permohonan/{draft.uuid}/isi/")
    progress = page.locator("[data-upload-progress-bar]")
    expect(progress).to_be_hidden()

    # a slow upload link, as on an outer island
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 100,
            "downloadThroughput": 512 * 1024,
            "uploadThroughput": 100 * 1024,
        },
    )
    page.get_by_label("KTP-el").set_input_files(
        _file(badfiles.good_pdf(300_000, name="ktp-pindaian.pdf"))
    )
    page.get_by_role("button", name="Simpan draf").click()

    # the bar shows how much is sent, and the buttons wait for it
    expect(progress).to_be_visible()
    expect(progress).to_contain_text(re.compile(r"\b[1-9]\d?%"))
    expect(page.get_by_role("button", name="Simpan draf")).to_be_disabled()
    screenshot("apply-upload-progress-mobile")
    expect(page.get_by_role("link", name="ktp-pindaian.pdf")).to_be_visible(
        timeout=20_000
    )
    expect(progress).to_be_hidden()
    expect(page.get_by_role("button", name="Simpan draf")).to_be_enabled()
