import re

import pytest
from playwright.sync_api import Page, expect

from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def passport():
    imigrasi = AgencyFactory(
        name="Kantor Imigrasi Kelas I Khusus TPI Batam",
        name_en="Batam Class I Special Immigration Office",
        short_name="Imigrasi",
    )
    booth = BoothFactory(mall=MallFactory(name="MPP Kota Batam"), agency=imigrasi)
    service = ServiceFactory(
        agency=imigrasi,
        slug="paspor-baru",
        name="Paspor baru",
        name_en="New passport",
        booths=[booth],
    )
    RequirementFactory(
        service=service, name="Kartu Keluarga", name_en="Family card (Kartu Keluarga)"
    )
    RequirementFactory(service=service, name="Surat baptis")  # not translated
    return service


def test_visitor_who_chose_english_is_offered_it_back_on_indonesian_pages(
    live_server, page: Page, passport, screenshot
):
    offer = page.get_by_role("status").filter(has_text="This page is also in English.")

    # A first visit: Indonesian, nothing offered
    page.goto(live_server.url + "/layanan/paspor-baru/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Paspor baru")
    page.wait_for_load_state()
    expect(offer).to_be_hidden()

    # The visitor chooses English with the language switch
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/layanan/paspor-baru/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("New passport")
    requirements = page.get_by_role("region", name="Requirements")
    expect(requirements.get_by_text("Family card (Kartu Keluarga)")).to_be_visible()
    expect(requirements.get_by_text("Surat baptis")).to_be_visible()

    # and later comes back to / (Indonesian): offered English, not switched
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(offer).to_be_visible()
    screenshot("language-offer")

    # follows the offer to the same page in English
    offer.get_by_role("link", name="View in English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # on a service page too
    page.goto(live_server.url + "/layanan/paspor-baru/")
    offer.get_by_role("link", name="View in English").click()
    expect(page).to_have_url(re.compile(r"/en/layanan/paspor-baru/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("New passport")


def test_dismissed_offer_stays_dismissed(live_server, page: Page, passport):
    offer = page.get_by_role("status").filter(has_text="This page is also in English.")
    page.goto(live_server.url + "/en/")
    page.get_by_role("button", name="Bahasa Indonesia").click()
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.wait_for_load_state()  # the offer's script has run
    # chose Indonesian: nothing offered
    expect(offer).to_be_hidden()

    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    page.goto(live_server.url + "/layanan/paspor-baru/")
    expect(offer).to_be_visible()

    offer.get_by_role("button", name="Dismiss").click()

    expect(offer).to_be_hidden()
    page.goto(live_server.url + "/")
    page.reload()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(offer).to_be_hidden()
