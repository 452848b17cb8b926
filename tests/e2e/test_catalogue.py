import re

import pytest
from playwright.sync_api import Page, expect

from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def catalogue():
    batam = MallFactory(name="MPP Kota Batam", slug="batam")
    MallFactory(name="MPP Tanjungpinang", slug="tanjungpinang")
    imigrasi = AgencyFactory(
        name="Kantor Imigrasi Kelas I Khusus TPI Batam", short_name="Imigrasi"
    )
    booth = BoothFactory(mall=batam, agency=imigrasi, zone="Lantai 1, Zona A")
    passport = ServiceFactory(
        agency=imigrasi,
        slug="paspor-biasa-baru",
        name="Penerbitan Paspor Biasa Baru",
        fee=350000,
        output_product="Paspor biasa 48 halaman",
        booths=[booth],
    )
    for position, name in enumerate(
        ["KTP-el asli", "Kartu Keluarga", "Akta kelahiran"], 1
    ):
        RequirementFactory(service=passport, name=name, position=position)
    ServiceFactory(agency=imigrasi, name="Penggantian Paspor Hilang", booths=[booth])
    ServiceFactory(name="Akta Kematian")
    return passport


def test_visitor_finds_a_service_reads_requirements_and_switches_to_english(
    live_server, page: Page, catalogue, screenshot
):
    # A visitor on a phone opens the home page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot("home-mobile")

    # searches for a passport
    page.get_by_label("Cari layanan").fill("paspor")
    page.get_by_role("button", name="Cari").click()
    expect(page.get_by_text("Ditemukan 2 layanan untuk “paspor”.")).to_be_visible()
    screenshot("search-mobile")

    # opens the service
    page.get_by_role("link", name="Penerbitan Paspor Biasa Baru").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Penerbitan Paspor Biasa Baru"
    )
    requirements = page.get_by_role("region", name="Persyaratan")
    for name in ["KTP-el asli", "Kartu Keluarga", "Akta kelahiran"]:
        expect(requirements.get_by_text(name)).to_be_visible()
    expect(page.get_by_text("Rp 350.000").first).to_be_visible()
    # the checklist can be ticked off
    page.get_by_label("KTP-el asli").check()
    expect(page.get_by_label("KTP-el asli")).to_be_checked()
    screenshot("service-mobile")

    # switches the page to English and stays on the same service
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/layanan/paspor-biasa-baru/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("region", name="Requirements")).to_be_visible()
    expect(page.get_by_role("button", name="Bahasa Indonesia")).to_be_visible()


def test_live_search_updates_results_while_typing(
    live_server, page: Page, catalogue, screenshot
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/layanan/")
    expect(page.get_by_text("3 layanan.")).to_be_visible()

    page.get_by_label("Cari layanan").press_sequentially("akta kem", delay=30)

    expect(page.get_by_text("Ditemukan 1 layanan untuk “akta kem”.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"q=akta"))
    page.get_by_label("MPP", exact=True).select_option(label="MPP Kota Batam")
    expect(page.get_by_text("Ditemukan 0 layanan untuk “akta kem”.")).to_be_visible()
    screenshot("search-desktop")


def test_skip_link_and_landmarks(live_server, page: Page, catalogue):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke konten utama")
    expect(skip).to_be_focused()
    expect(page.get_by_role("main")).to_have_count(1)
    expect(page.get_by_role("banner")).to_have_count(1)
    expect(page.get_by_role("contentinfo")).to_have_count(1)
    expect(page.get_by_role("navigation", name="Menu utama")).to_have_count(1)
