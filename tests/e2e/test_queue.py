"""The queue in Chromium (issue 8, "Proof"): the kiosk issues a ticket, an officer
calls it on the counter console, the board shows it and speaks its announcement, the
officer finishes it, and the board rides out a dropped connection; a citizen books a
ticket for their application on their phone and checks in at the kiosk.

Screenshots of the key states go to /tmp/e2e_queue_*.png (not committed)."""

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from django.utils import timezone, translation
from django.utils.formats import date_format

from agencies import calendar
from agencies.models import OpeningHours
from queueing.announce import announcement
from queueing.models import Ticket, TicketStatus
from tests.accounts.factories import PASSWORD
from tests.applications.factories import ApplicationFactory, OnlineServiceFactory
from tests.queueing.factories import make_floor
from tests.staff_auth import enrol_totp, totp_code

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.issue(8)]

KIOSK = {"width": 1280, "height": 800}
TV = {"width": 1920, "height": 1080}
TABLET = {"width": 1024, "height": 900}
PHONE = {"width": 360, "height": 740}

# The kiosk prints by itself (kiosk.js calls window.print): no dialog in a test.
NO_PRINT = "window.print = () => {};"
# What the board would say aloud: speechSynthesis records each utterance's text and
# ends it at once, so board.js's announcement queue moves on.
RECORD_SPEECH = """
window.__spoken = [];
Object.defineProperty(window, "speechSynthesis", {
  configurable: true,
  value: {
    speak(utterance) {
      window.__spoken.push(utterance.text);
      setTimeout(() => utterance.onend && utterance.onend(), 0);
    },
    cancel() {},
    pause() {},
    resume() {},
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
    onvoiceschanged: null,
  },
});
"""
OFFLINE_BANNER = "Menghubungkan ulang…"


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=f"/tmp/e2e_queue_{name}.png")


@pytest.fixture
def new_page(browser: Browser):
    """A page in a browser context of its own (another device), closed afterwards."""
    contexts = []

    def open_page(viewport: dict, *init_scripts: str) -> Page:
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        for script in init_scripts:
            context.add_init_script(script)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.set_default_navigation_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


#: The mall's closing time in the booking test: as late as a day goes, so the test
#: can book today's next half-hour slot until 23:28.
CLOSES = dt.time(23, 59)


def _open_all_day(mall, monkeypatch) -> None:
    """The mall is open 00:00–CLOSES every day, today included, whatever the date."""
    OpeningHours.objects.filter(mall=mall).delete()
    OpeningHours.objects.bulk_create(
        OpeningHours(mall=mall, weekday=day, opens_at=dt.time(0), closes_at=CLOSES)
        for day in range(1, 8)
    )
    today = timezone.localdate()
    if today in calendar.national_days_off(today.year):
        # A national day off (e.g. 25 December) would close the mall today.
        monkeypatch.setattr(calendar, "national_days_off", lambda year: {})


def _verified(user):
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _sign_in(page: Page, url: str, email: str) -> None:
    page.goto(url + "/akun/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()


def _floor():
    """One booth with one counter, closed, and its officer; readable names."""
    floor = make_floor(counters=1, open_counters=False)
    agency = floor.booth.agency
    agency.short_name, agency.name = "DPMPTSP", "Dinas Penanaman Modal dan PTSP"
    agency.save()
    for service, name in zip(
        floor.services, ["Izin Usaha Mikro", "Izin Reklame"], strict=True
    ):
        service.name = name
        service.save()
    return floor


def _take_a_number(kiosk: Page, agency: str, service: str) -> str:
    """At the kiosk's first step: agency, service, "Ambil nomor"; the number printed."""
    kiosk.get_by_role("link", name=re.compile(agency)).click()
    expect(kiosk.get_by_role("heading", name="Pilih layanan")).to_be_visible()
    kiosk.get_by_role("link", name=re.compile(service)).click()
    expect(kiosk.get_by_label("Tidak, antrean umum")).to_be_checked()
    kiosk.get_by_role("button", name="Ambil nomor").click()
    expect(kiosk.get_by_text("Nomor antrean", exact=True)).to_be_visible()
    # (the QR code on the slip carries the number as its title too)
    number = kiosk.get_by_text(re.compile(r"^[A-Z]{1,2}-\d{3}$")).first.inner_text()
    expect(kiosk.get_by_text(service)).to_be_visible()
    return number


def _spoken(board: Page, text: str) -> None:
    board.wait_for_function(
        "text => window.__spoken.includes(text)", arg=text, timeout=6_000
    )


def test_kiosk_console_and_board_through_a_dropped_connection(
    live_server, page: Page, new_page
):
    floor = _floor()
    mall, service = floor.booth.mall, floor.services[0]
    officer = _verified(floor.officers[0])
    enrol_totp(officer)
    kiosk_url = f"{live_server.url}/antrean/{mall.slug}/kiosk/"

    # A: the kiosk issues the day's first number, then the next citizen's ("Selesai"
    # on the print page returns to the start, as the page itself does after 15 s)
    kiosk = page
    kiosk.set_viewport_size(KIOSK)
    kiosk.add_init_script(NO_PRINT)
    kiosk.goto(kiosk_url)
    expect(kiosk.get_by_role("heading", name="Pilih instansi")).to_be_visible()
    first = _take_a_number(kiosk, "DPMPTSP", service.name)
    assert first == "A-001"
    _shot(kiosk, "kiosk_ticket")
    kiosk.get_by_role("link", name="Selesai").click()
    expect(kiosk.get_by_role("heading", name="Pilih instansi")).to_be_visible()
    second = _take_a_number(kiosk, "DPMPTSP", service.name)
    assert second == "A-002"

    # B: the TV board, no sign-in: no call yet, two people waiting
    board = new_page(TV, RECORD_SPEECH)
    board.goto(f"{live_server.url}/antrean/{mall.slug}/layar/")
    now_serving = board.get_by_role("region", name="Sedang dipanggil")
    expect(now_serving.get_by_text("Belum ada panggilan hari ini.")).to_be_visible()
    waiting = board.get_by_role("region", name=re.compile("Menunggu"))
    expect(waiting.get_by_role("listitem")).to_have_text(
        re.compile(rf"A\s*{re.escape(service.name)}\s*2 orang")
    )
    sound = board.get_by_role("button", name="Klik untuk mengaktifkan suara")
    if sound.is_visible():  # the browser wants a click before it plays sound
        sound.click()
        expect(sound).to_be_hidden()
    board.evaluate("window.__sameDocument = true")  # gone if the page reloads

    # C: the officer signs in with a code, opens counter 1 and calls the next number
    console = new_page(TABLET)
    _sign_in(console, live_server.url, officer.email)
    console.get_by_label("Kode").fill(totp_code())
    console.get_by_role("button", name="Masuk").click()
    expect(console).to_have_url(live_server.url + "/petugas/")
    console.goto(live_server.url + "/petugas/loket/")
    console.get_by_role("link", name=re.compile(r"Loket 1\b")).click()
    for each in floor.services:
        expect(
            console.get_by_label(f"{each.queue_prefix} · {each.name}")
        ).to_be_checked()
    console.get_by_role("button", name="Buka loket").click()
    expect(console.get_by_text("Loket 1 dibuka.")).to_be_visible()
    # the "Today" panel loads itself: two people wait for this counter's services
    today = console.locator("#console-today")
    expect(today.get_by_role("heading", name="Hari ini")).to_be_visible()
    expect(today.get_by_role("definition").first).to_have_text("2")
    console.get_by_role("button", name="Panggil berikutnya").click()

    # B: within 3 seconds, without a reload, and spoken in Indonesian
    expect(now_serving.get_by_text(first, exact=True)).to_be_visible(timeout=3_000)
    expect(now_serving).to_contain_text("Loket 1")
    expect(now_serving).to_contain_text(service.name)
    expect(console.get_by_text(f"{first} dipanggil.")).to_be_visible()
    expect(console.get_by_text(first, exact=True)).to_be_visible()
    # a click leaves the panel as it was (hx-preserve); it refreshes every 10 s
    expect(today.get_by_role("heading", name="Hari ini")).to_be_visible()
    expect(today.get_by_role("definition").first).to_have_text("1", timeout=15_000)
    said = announcement(prefix="A", number=1, counter=1)
    assert said == "Nomor antrean A satu, silakan menuju loket satu"
    _spoken(board, said)
    _shot(board, "board_call")
    _shot(console, "console_called")

    # C: serve and finish
    console.get_by_role("button", name="Mulai melayani").click()
    expect(console.get_by_text(f"Melayani {first}.")).to_be_visible()
    console.get_by_label("Hasil (opsional)").fill("Izin terbit.")
    console.get_by_role("button", name="Selesai", exact=True).click()
    expect(console.get_by_text(f"{first} selesai dilayani.")).to_be_visible()
    expect(console.get_by_text("Tidak ada antrean di loket ini.")).to_be_visible()
    done = Ticket.objects.get(mall=mall, prefix="A", number=1)
    assert done.status == TicketStatus.DONE
    assert done.outcome == "Izin terbit."
    assert done.officer_id == officer.pk and done.finished_at is not None

    # B: the TV loses its connection; it says so and keeps the last state
    board.context.set_offline(True)
    expect(board.get_by_text(OFFLINE_BANNER)).to_be_visible()
    expect(now_serving.get_by_text(first, exact=True)).to_be_visible()
    _shot(board, "board_offline")

    # C: meanwhile the officer calls the next number
    console.get_by_role("button", name="Panggil berikutnya").click()
    expect(console.get_by_text(f"{second} dipanggil.")).to_be_visible()
    expect(now_serving.get_by_text(first, exact=True)).to_be_visible()
    expect(board.get_by_text(OFFLINE_BANNER)).to_be_visible()

    # B: back online: the new call, its announcement, no banner, still no reload
    board.context.set_offline(False)
    expect(now_serving.get_by_text(second, exact=True)).to_be_visible(timeout=8_000)
    expect(now_serving).to_contain_text("Loket 1")
    expect(board.get_by_text(OFFLINE_BANNER)).to_be_hidden()
    said_again = announcement(prefix="A", number=2, counter=1)
    _spoken(board, said_again)
    spoken = [text for text in board.evaluate("window.__spoken") if text.strip()]
    assert spoken == [said, said_again], "each call is spoken once, in order"
    assert board.evaluate("window.__sameDocument") is True
    _shot(board, "board_reconnected")


def test_citizen_books_for_an_application_and_checks_in_at_the_kiosk(
    live_server, page: Page, new_page, settings, monkeypatch
):
    settings.MPP_QUEUE_ONLINE_CUTOFF_MINUTES = 0
    floor = _floor()
    mall = floor.booth.mall
    _open_all_day(mall, monkeypatch)
    application = ApplicationFactory(
        in_review=True,
        service=OnlineServiceFactory(
            at_mall=mall, name="Izin Usaha Perdagangan", queue_prefix="C"
        ),
    )
    citizen = _verified(application.citizen)
    assert application.mall == mall and application.service.daily_quota is None

    # Today's next half-hour slot, a little ahead of now.
    now = timezone.localtime()
    soon = now + dt.timedelta(minutes=2)
    slot = now.replace(minute=0, second=0, microsecond=0)
    while slot < soon:
        slot += dt.timedelta(minutes=30)
    if slot.date() != now.date() or slot.time() >= CLOSES:
        pytest.skip("Too late in the day: no booking slot is left today.")
    with translation.override("id"):
        today_label = date_format(now.date(), "l, j F Y")

    # D: the citizen, on their phone, books from the application's page
    phone = new_page(PHONE)
    _sign_in(phone, live_server.url, citizen.email)
    phone.goto(live_server.url + application.get_absolute_url())
    phone.get_by_role("link", name="Pesan nomor antrean").click()
    expect(phone.get_by_role("heading", name="Pesan nomor antrean")).to_be_visible()
    expect(phone.get_by_text(application.tracking_number)).to_be_visible()
    phone.get_by_label("Hari").select_option(label=today_label)
    phone.get_by_label("Jam").select_option(label=slot.strftime("%H:%M"))
    phone.get_by_role("button", name="Pesan", exact=True).click()
    expect(phone.get_by_text("Nomor antrean C-001 dipesan.")).to_be_visible()
    expect(phone.get_by_text("Pesanan daring: belum masuk antrean")).to_be_visible()
    shown = phone.get_by_text(re.compile(r"^[2-9A-Z]{3}-[2-9A-Z]{3}$")).inner_text()
    code = shown.replace("-", "")
    _shot(phone, "phone_booked")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the ticket page scrolls sideways"
    booked = Ticket.objects.get(check_in_code=code)
    assert booked.queued_at is None and booked.application_id == application.pk

    # A: at the mall, the kiosk checks the booking in with the on-screen keys
    kiosk = page
    kiosk.set_viewport_size(KIOSK)
    kiosk.add_init_script(NO_PRINT)
    kiosk.goto(f"{live_server.url}/antrean/{mall.slug}/kiosk/")
    kiosk.get_by_role("link", name="Sudah pesan online? Check-in").click()
    expect(kiosk.get_by_role("heading", name="Check-in pesanan online")).to_be_visible()
    for key in code:
        kiosk.get_by_role("button", name=key, exact=True).click()
    expect(kiosk.get_by_label("Kode check-in")).to_have_value(code)
    kiosk.get_by_role("button", name="Check-in", exact=True).click()
    expect(kiosk.get_by_text("C-001", exact=True).first).to_be_visible()
    expect(kiosk.get_by_text("Izin Usaha Perdagangan")).to_be_visible()
    expect(kiosk.get_by_text("Jadwal pesanan")).to_be_visible()
    _shot(kiosk, "kiosk_check_in_ticket")

    checked_in = Ticket.objects.get(pk=booked.pk)
    assert checked_in.status == TicketStatus.WAITING
    assert checked_in.queued_at is not None and checked_in.checked_in_at is not None
    assert checked_in.application_id == application.pk
    assert checked_in.citizen_id == citizen.pk

    # D: the ticket page now shows a place in the queue
    phone.reload()
    expect(phone.get_by_text("Pesanan daring: belum masuk antrean")).to_be_hidden()
    expect(phone.get_by_text("Anda berikutnya")).to_be_visible()
