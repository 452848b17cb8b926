"""The display board (issue 8): the page, its JSON with ETag and 304, its query
budget, no personal data, Indonesian and English labels."""

import datetime as dt
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from queueing import actions, selectors
from queueing.views.board import _mall_with_version
from tests.accounts.factories import UserFactory
from tests.agencies.factories import MallFactory
from tests.queueing.factories import make_floor

pytestmark = pytest.mark.django_db


def _urls(mall, language: str = "id") -> tuple[str, str]:
    with translation.override(language):
        return (
            reverse("queueing:board", args=[mall.slug]),
            reverse("queueing:board_data", args=[mall.slug]),
        )


def _call_both(floor):
    return [
        actions.ticket_call_next(counter=counter, officer=officer)
        for counter, officer in zip(floor.counters, floor.officers, strict=True)
    ]


def _version(mall) -> int:
    return selectors.board_version(mall=mall, day=timezone.localdate())


# ---------------------------------------------------------------- the page
def test_the_board_page_shows_the_calls_and_the_queue_without_javascript(client):
    floor = make_floor(counters=2)
    floor.issue(3)
    floor.issue(2, service=floor.services[1])
    one, two = _call_both(floor)
    mall = floor.booth.mall
    page, data = _urls(mall)

    response = client.get(page)

    assert response.status_code == 200
    html = response.content.decode()
    assert mall.name in html
    # The newest call is the big one, the other counter's in the list below.
    now = html.split('id="board-now-call"')[1].split("</div>")[0]
    assert two.display_number in now and "Loket" in now
    calls = html.split('id="board-calls"')[1].split("</ol>")[0]
    assert one.display_number in calls
    # People waiting per service: A has 3 - 2 called = 1, B has 2.
    waiting = html.split('id="board-waiting"')[1].split("</ul>")[0]
    assert re.sub(r"\s+", " ", waiting).count('data-slot="people">') == 2
    assert floor.services[1].name in waiting
    assert 'data-slot="people">2</span>' in waiting
    # board.js starts from here: its first poll is a 304.
    assert f'data-version="{_version(mall)}"' in html
    assert f'data-url="{data}"' in html
    assert "Sedang dipanggil" in html
    assert response.headers["Cache-Control"] == "no-cache"


def test_an_empty_board_says_so(client):
    floor = make_floor(counters=1)
    response = client.get(_urls(floor.booth.mall)[0])
    assert response.status_code == 200
    assert 'data-version="0"' in response.content.decode()
    assert "Belum ada panggilan hari ini." in response.content.decode()


def test_the_board_page_has_no_inline_script_or_style(client):
    """CSP: script-src and style-src 'self' block both."""
    floor = make_floor(counters=1)
    floor.issue()
    _call_both(floor)
    html = client.get(_urls(floor.booth.mall)[0]).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "<style" not in html
    assert " style=" not in html


def test_the_board_page_js_and_css_stay_small(client):
    floor = make_floor(counters=2)
    floor.issue(30)
    _call_both(floor)
    html = client.get(_urls(floor.booth.mall)[0]).content
    static = Path(settings.BASE_DIR) / "static"
    weight = (
        len(html)
        + (static / "js" / "board.js").stat().st_size
        + (static / "css" / "board.css").stat().st_size
    )
    assert weight < 60 * 1024


@pytest.mark.parametrize("name", ["queueing:board", "queueing:board_data"])
def test_an_unknown_or_inactive_mall_is_404(client, name):
    assert client.get(reverse(name, args=["no-such-mall"])).status_code == 404
    mall = MallFactory(is_active=False)
    make_floor(counters=1, mall=mall).issue()
    assert client.get(reverse(name, args=[mall.slug])).status_code == 404


def test_the_board_shows_no_personal_data(client):
    floor = make_floor(counters=2)
    citizen = UserFactory(full_name="Siti Rahmawati Kepri", nik="2171015505900001")
    (booked,) = floor.issue(citizen=citizen, source="online")
    floor.issue()
    actions.ticket_check_in(ticket=booked)
    _call_both(floor)
    booked.refresh_from_db()
    assert booked.status == "called"
    page, data = _urls(floor.booth.mall)
    for response in (client.get(page), client.get(data)):
        assert response.status_code == 200
        body = response.content.decode()
        assert booked.display_number in body  # the ticket itself is shown
        for personal in ("Siti", "Rahmawati", citizen.nik, citizen.email):
            assert personal not in body
        assert booked.check_in_code not in body
        assert str(booked.uuid) not in body


def test_english_labels_under_en(client):
    floor = make_floor(counters=1)
    floor.issue(2)
    _call_both(floor)
    page, data = _urls(floor.booth.mall, "en")
    assert page.startswith("/en/") and data.startswith("/en/")

    html = client.get(page).content.decode()

    assert '<html lang="en">' in html
    assert "Now serving" in html and "Counter" in html and "Waiting" in html
    assert "Click to enable sound" in html and "Reconnecting" in html
    assert "Sedang dipanggil" not in html
    # One waits for A (2 issued, 1 called): "1 person", and board.js's two forms.
    assert "<small data-plural>person</small>" in html
    assert 'data-person="person" data-people="people"' in html
    assert f'data-url="{data}"' in html  # board.js polls in the page's language
    indonesian = client.get(_urls(floor.booth.mall)[0]).content.decode()
    assert '<html lang="id">' in indonesian
    assert "Klik untuk mengaktifkan suara" in indonesian
    assert "Menghubungkan ulang" in indonesian


# ---------------------------------------------------------------- the JSON
def test_board_data_has_the_calls_the_queue_and_an_etag(client):
    floor = make_floor(counters=2)
    floor.issue(3)
    (b,) = floor.issue(service=floor.services[1])
    one, two = _call_both(floor)
    mall = floor.booth.mall

    response = client.get(_urls(mall)[1])

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    version = _version(mall)
    assert response.headers["ETag"] == f'"{version}"'
    assert response.headers["Cache-Control"] == "no-cache"
    data = response.json()
    assert data["version"] == version
    assert [(c["counter"], c["ticket"]) for c in data["calls"]] == [
        (2, two.display_number),
        (1, one.display_number),
    ]
    newest = data["calls"][0]
    assert newest["service"] == floor.services[0].name
    assert newest["status"] == "called" and newest["active"] is True
    assert newest["announcement"] == ("Nomor antrean A dua, silakan menuju loket dua")
    two.refresh_from_db()
    assert dt.datetime.fromisoformat(newest["called_at"]) == two.last_called_at.replace(
        microsecond=two.last_called_at.microsecond // 1000 * 1000
    )
    assert data["waiting"] == [
        {
            "service_id": floor.services[0].pk,
            "service": floor.services[0].name,
            "prefix": "A",
            "people": 1,
        },
        {
            "service_id": floor.services[1].pk,
            "service": floor.services[1].name,
            "prefix": "B",
            "people": 1,
        },
    ]
    assert data["waiting_total"] == 2
    server_time = dt.datetime.fromisoformat(data["server_time"])
    assert abs((server_time - timezone.now()).total_seconds()) < 5
    assert set(data["calls"][0]) == {
        "counter",
        "ticket",
        "service",
        "status",
        "status_label",
        "active",
        "announcement",
        "called_at",
    }


@pytest.mark.parametrize("etag", ['"{v}"', 'W/"{v}"', '"1", "{v}"', "*"])
def test_an_unchanged_board_is_304_with_no_body(client, etag):
    floor = make_floor(counters=1)
    floor.issue(2)
    _call_both(floor)
    mall = floor.booth.mall
    version = _version(mall)

    response = client.get(
        _urls(mall)[1], headers={"if-none-match": etag.format(v=version)}
    )

    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["ETag"] == f'"{version}"'
    assert response.headers["Cache-Control"] == "no-cache"


def test_a_call_or_a_recall_changes_the_etag(client, settings):
    settings.MPP_QUEUE_RECALL_COOLDOWN_SECONDS = 0
    floor = make_floor(counters=1)
    floor.issue(2)
    mall = floor.booth.mall
    url = _urls(mall)[1]
    first = client.get(url)
    assert first.json()["calls"] == []

    (ticket,) = _call_both(floor)
    called = client.get(url, headers={"if-none-match": first.headers["ETag"]})
    assert called.status_code == 200
    assert called.headers["ETag"] != first.headers["ETag"]
    assert called.json()["calls"][0]["ticket"] == ticket.display_number
    assert (
        client.get(url, headers={"if-none-match": called.headers["ETag"]}).status_code
        == 304
    )

    actions.ticket_recall(
        counter=floor.counters[0], officer=floor.officers[0], ticket_id=ticket.pk
    )
    recalled = client.get(url, headers={"if-none-match": called.headers["ETag"]})
    assert recalled.status_code == 200
    assert recalled.headers["ETag"] not in {
        first.headers["ETag"],
        called.headers["ETag"],
    }
    before, after = called.json()["calls"][0], recalled.json()["calls"][0]
    # Same ticket at the same counter, called again: board.js speaks it again.
    assert (after["ticket"], after["counter"]) == (before["ticket"], before["counter"])
    assert after["called_at"] > before["called_at"]


def test_the_version_is_the_selectors_one_for_its_mall_and_day():
    floor = make_floor(counters=1)
    other = make_floor(counters=1)
    mall, today = floor.booth.mall, timezone.localdate()
    assert _mall_with_version(slug=mall.slug, day=today).board_version == 0
    other.issue()
    assert _mall_with_version(slug=mall.slug, day=today).board_version == 0
    floor.issue(2)
    _call_both(floor)
    other.issue()  # a newer event, at another mall
    found = _mall_with_version(slug=mall.slug, day=today)
    assert found.pk == mall.pk
    assert found.board_version == _version(mall) > 0
    yesterday = today - dt.timedelta(days=1)
    assert _mall_with_version(slug=mall.slug, day=yesterday).board_version == 0


# ---------------------------------------------------------------- query budget
@pytest.mark.parametrize("size", [3, 30])
def test_the_board_costs_the_same_queries_whatever_the_tickets(
    client, size, django_assert_num_queries
):
    floor = make_floor(counters=2)
    floor.issue(size)
    floor.issue(size, service=floor.services[1])
    _call_both(floor)
    page, data = _urls(floor.booth.mall)
    etag = f'"{_version(floor.booth.mall)}"'

    # The mall and its version together, then the calls and the queue.
    with django_assert_num_queries(3):
        assert client.get(page).status_code == 200
    with django_assert_num_queries(3):
        full = client.get(data)
    assert full.status_code == 200
    assert len(full.json()["calls"]) == 2
    assert full.json()["waiting_total"] == 2 * size - 2
    # What every TV asks every second while nothing moves: one query.
    with django_assert_num_queries(1):
        assert client.get(data, headers={"if-none-match": etag}).status_code == 304
    # An unknown mall: the same one query, then 404.
    with django_assert_num_queries(1):
        assert (
            client.get(reverse("queueing:board_data", args=["none"])).status_code == 404
        )


# ---------------------------------------------------------------- early 304
def test_the_board_data_path_is_the_one_the_early_304_knows():
    """BoardNotModifiedMiddleware matches the URLconf's board_data in both
    languages (a moved URL would silently lose the early answer)."""
    from queueing.views.board import _BOARD_DATA_PATH

    for language in ("id", "en"):
        with translation.override(language):
            path = reverse("queueing:board_data", args=["mpp-kota-batam"])
        assert _BOARD_DATA_PATH.match(path)["mall"] == "mpp-kota-batam"


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_unchanged_board_is_answered_before_sessions_and_the_view(
    client, language, django_assert_num_queries
):
    floor = make_floor(counters=2)
    floor.issue(3)
    _call_both(floor)
    _page, data = _urls(floor.booth.mall, language)
    etag = f'"{_version(floor.booth.mall)}"'
    # A session cookie that no longer exists: the early answer does not read it.
    client.cookies[settings.SESSION_COOKIE_NAME] = "gone"
    with django_assert_num_queries(1):
        response = client.get(data, headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert "no-cache" in response["Cache-Control"]
    # A stale ETag: the full board, its mall and version read once (3 queries).
    with django_assert_num_queries(3):
        full = client.get(data, headers={"if-none-match": '"0"'})
    assert full.status_code == 200
    assert full["ETag"] == etag
    assert len(full.json()["calls"]) == 2
    # An unknown mall with an ETag: 404 as before.
    assert (
        client.get(
            reverse("queueing:board_data", args=["none"]),
            headers={"if-none-match": etag},
        ).status_code
        == 404
    )
