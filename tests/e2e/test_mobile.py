"""Every page fits a 360 px phone, and the header's menu reaches "Keluar" (issue 9 §3).

Each page is opened at 360×740 as a visitor, a citizen and an officer would; it must
not scroll sideways, and for a signed-in person "Keluar" (sign out) sits in the
account menu: hidden until the menu opens, then visible inside the screen.

Screenshots go to $MPP_SCREENSHOTS when it is set (e.g. /tmp/mobile), else to the
test's temporary folder.
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from agencies.constants import AgencyKind
from tests.accounts.factories import PASSWORD
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.services.factories import ServiceFactory
from tests.staff_auth import enrol_totp, totp_code

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(9)]
PHONE = {"width": 360, "height": 740}
# Long words are what push a phone page sideways: an e-mail address, an agency's
# full name, a service name.
LONG_EMAIL = "siti.aminah.binti.abdullah.rahman@kepulauan-riau.example.id"
LONG_AGENCY = (
    "Kantor Imigrasi Kelas I Khusus Tempat Pemeriksaan Imigrasi Batam "
    "Provinsi Kepulauan Riau"
)


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("MPP_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def catalogue():
    mall = MallFactory(name="MPP Kota Batam", slug="batam")
    agency = AgencyFactory(
        name=LONG_AGENCY, short_name="Imigrasi Batam", kind=AgencyKind.NATIONAL
    )
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(
        agency=agency,
        slug="paspor-biasa-baru",
        name="Penerbitan Paspor Biasa Baru untuk Warga Negara Indonesia",
        booths=[booth],
        with_standard=True,
    )
    for number in range(6):
        AgencyFactory(short_name=f"Dinas {number}", kind=AgencyKind.REGENCY)
    return {"mall": mall, "agency": agency, "service": service}


def _verified(user):
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _fits(page: Page, shots: Path, name: str) -> None:
    """The page does not scroll sideways; its screenshot is kept to look at."""
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert inner_width == PHONE["width"]
    assert scroll_width <= inner_width, f"{name} scrolls sideways ({scroll_width} px)"


def _visit(page: Page, shots: Path, base: str, pages: dict[str, str]) -> None:
    for name, path in pages.items():
        response = page.goto(base + path)
        assert response is not None and response.status < 400, (name, path)
        _fits(page, shots, name)


def _sign_out_is_reachable(page: Page, shots: Path, name: str) -> None:
    """The sign-out button ("Keluar") is hidden in the closed account menu; opening
    the menu shows it whole, inside the phone's screen."""
    sign_out = page.get_by_role("button", name="Keluar")
    expect(sign_out).to_be_hidden()
    page.locator("header details summary").click()
    expect(sign_out).to_be_visible()
    box = sign_out.bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    expect(page.get_by_role("link", name="Profil")).to_be_visible()
    _fits(page, shots, f"{name}-menu-open")


def _sign_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/akun/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()


def _public_pages(catalogue) -> dict[str, str]:
    return {
        "home": "/",
        "search": "/layanan/?q=paspor",
        "service": catalogue["service"].get_absolute_url(),
        "mall": catalogue["mall"].get_absolute_url(),
        "agencies": "/instansi/",
        "agency": catalogue["agency"].get_absolute_url(),
        "track": "/lacak/",
        "complain": "/pengaduan/baru/",
        "complaint-tracking": "/pengaduan/lacak/",
        "mall-ikm": catalogue["mall"].get_absolute_url() + "ikm/",
    }


def test_a_visitors_pages_fit_a_phone(live_server, page: Page, catalogue, shots):
    page.set_viewport_size(PHONE)
    pages = {
        **_public_pages(catalogue),
        "sign-in": "/akun/login/",
        "sign-up": "/akun/signup/",
        "verification-sent": "/akun/confirm-email/",
        "password-reset": "/akun/password/reset/",
    }
    _visit(page, shots, live_server.url, pages)
    _visit(
        page,
        shots,
        live_server.url,
        {f"en-{name}": f"/en{path}" for name, path in pages.items()},
    )
    # a visitor has no account menu: "Masuk" is in the header itself
    expect(page.locator("header details")).to_have_count(0)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("link", name="Masuk")).to_be_visible()


def test_a_citizens_pages_fit_a_phone_and_keluar_is_in_reach(
    live_server, page: Page, catalogue, shots
):
    application = ApplicationFactory(
        submitted=True,
        service=catalogue["service"],
        citizen__email=LONG_EMAIL,
        citizen__full_name="Siti Aminah binti Abdullah Rahman Syahputri",
        citizen__password=PASSWORD,
    )
    _verified(application.citizen)
    page.set_viewport_size(PHONE)
    _sign_in(page, live_server.url, LONG_EMAIL)
    expect(page).to_have_url(live_server.url + "/permohonan/")

    pages = {
        **_public_pages(catalogue),
        "profile": "/akun/profil/",
        "my-applications": "/permohonan/",
        "application": application.get_absolute_url(),
        "notifications": "/notifikasi/",
        "change-password": "/akun/password/change/",
        "two-factor": "/akun/2fa/",
        "authenticator-setup": "/akun/2fa/totp/activate/",
        "my-queue-tickets": "/antrean/saya/",
        "my-complaints": "/pengaduan/",
    }
    _visit(page, shots, live_server.url, pages)
    _visit(page, shots, live_server.url, {"en-profile": "/en/akun/profil/"})

    page.goto(live_server.url + "/akun/profil/")
    expect(page.get_by_text(LONG_EMAIL)).to_be_visible()
    _sign_out_is_reachable(page, shots, "citizen")
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("link", name="Masuk")).to_be_visible()


def test_an_officers_pages_fit_a_phone(live_server, page: Page, catalogue, shots):
    application = ApplicationFactory(submitted=True, service=catalogue["service"])
    officer = _verified(officer_for(application))
    enrol_totp(officer)
    page.set_viewport_size(PHONE)
    _sign_in(page, live_server.url, officer.email)
    page.get_by_label("Kode").fill(totp_code())
    page.get_by_role("button", name="Masuk").click()
    expect(page).to_have_url(live_server.url + "/petugas/")

    _visit(
        page,
        shots,
        live_server.url,
        {
            "back-office-inbox": "/petugas/",
            "back-office-application": f"/petugas/permohonan/{application.uuid}/",
            "back-office-complaints": "/petugas/pengaduan/",
            "officer-profile": "/akun/profil/",
            "officer-home": "/",
        },
    )
    page.goto(live_server.url + "/petugas/")
    _sign_out_is_reachable(page, shots, "officer")
    # the back office is one tap away in the menu too
    expect(page.get_by_role("link", name="Ruang petugas").first).to_be_visible()
