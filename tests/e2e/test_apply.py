"""A citizen on an outer island does everything short of the counter visit from a
phone: register, verify the e-mail, apply with documents, send, and follow it."""

import re

import pytest
from playwright.sync_api import Page, expect

from django.core import mail

from services.constants import Channel
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications import badfiles
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

    # a web page renamed .pdf is refused by content; the good file is kept
    page.get_by_label("KTP-el asli").set_input_files(_file(badfiles.good_pdf()))
    page.get_by_label("Kartu Keluarga").set_input_files(
        _file(badfiles.html_renamed_pdf())
    )
    page.get_by_role("button", name="Simpan dan tinjau").click()
    expect(
        page.get_by_text("Hanya berkas PDF, JPEG, atau PNG yang diterima").first
    ).to_be_visible()
    expect(page.get_by_text(re.compile("Terunggah|Uploaded")).first).to_be_visible()
    screenshot("apply-refused-file-mobile")

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

    # look it up publicly, signed out
    page.get_by_role("button", name="Keluar").click()
    page.goto(live_server.url + "/lacak/")
    page.get_by_label("Nomor pelacakan").fill(number.lower())
    page.get_by_role("button", name="Cek status").click()
    result = page.get_by_role("region", name=number)
    expect(result.get_by_text("Penerbitan Paspor Baru")).to_be_visible()
    expect(result.get_by_text("Diajukan")).to_be_visible()
    expect(page.get_by_text("Ahmad Nelayan")).to_have_count(0)
    screenshot("track-mobile")
