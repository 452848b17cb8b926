"""The citizen's notifications in the portal: /notifikasi/ lists their own, newest
first, paginated; a POST marks them read; the bell in the header shows the unread
count from the cache (one COUNT when the cache has none)."""

import datetime as dt

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notifications import actions
from notifications.models import Notification
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

BELL = "notification-bell"


def _notifications(recipient, count: int, **kwargs) -> list[Notification]:
    now = timezone.now()
    return [
        Notification.objects.create(
            recipient=recipient,
            channel="email",
            subject=f"Pesan {i}",
            body=f"Isi pesan {i}",
            created_at=now - dt.timedelta(minutes=count - i),
            **kwargs,
        )
        for i in range(count)
    ]


def _badge(html: str) -> str | None:
    """The number on the bell, or None without a badge."""
    bell = html.split(BELL, 1)[1].split("</a>", 1)[0]
    if "badge" not in bell:
        return None
    return bell.split('text-bg-danger">', 1)[1].split("<", 1)[0]


# ---------------------------------------------------------------- the page


def test_the_page_lists_only_the_citizens_own_newest_first(client):
    # given
    citizen, other = UserFactory(), UserFactory()
    mine = _notifications(citizen, 3)
    _notifications(other, 2)
    client.force_login(citizen)

    # when
    response = client.get("/notifikasi/")

    # then
    assert response.status_code == 200
    assert list(response.context["page"].object_list) == mine[::-1]
    html = response.content.decode()
    assert html.index("Pesan 2") < html.index("Pesan 1") < html.index("Pesan 0")
    assert "Tandai sudah dibaca" in html


def test_the_page_is_paginated(client, settings):
    # given
    settings.MPP_PAGE_SIZE = 2
    citizen = UserFactory()
    made = _notifications(citizen, 5)
    client.force_login(citizen)

    # when
    pages = [client.get("/notifikasi/", {"page": n}).context["page"] for n in (1, 3)]
    huge = client.get("/notifikasi/", {"page": "9" * 20}).context["page"]

    # then
    assert [list(p.object_list) for p in pages] == [made[:2:-1], [made[0]]]
    assert huge.number == 3


def test_the_page_needs_a_signed_in_user(client):
    response = client.get("/notifikasi/")
    assert response.status_code == 302
    assert response["Location"].startswith("/akun/login/?next=/notifikasi/")


def test_the_page_answers_head_like_get(client):
    client.force_login(UserFactory())
    get, head = client.get("/notifikasi/"), client.head("/notifikasi/")
    assert (get.status_code, head.status_code, head.content) == (200, 200, b"")


def test_an_empty_inbox_says_so(client):
    client.force_login(UserFactory())
    html = client.get("/notifikasi/").content.decode()
    assert "Belum ada notifikasi" in html
    assert "Tandai sudah dibaca" not in html


# ---------------------------------------------------------------- mark read


def test_mark_read_is_a_post_with_csrf():
    # given
    citizen = UserFactory()
    _notifications(citizen, 2)
    client = Client(enforce_csrf_checks=True)
    client.force_login(citizen)

    # when
    get = client.get("/notifikasi/dibaca/")
    head = client.head("/notifikasi/dibaca/")
    forged = client.post("/notifikasi/dibaca/")

    # then
    assert (get.status_code, head.status_code) == (405, 405)
    assert get["Allow"] == "POST"
    assert forged.status_code == 403
    assert Notification.objects.filter(read_at__isnull=True).count() == 2


def test_mark_read_marks_what_the_page_showed_and_only_the_citizens_own(client):
    # given
    citizen, other = UserFactory(), UserFactory()
    shown = _notifications(citizen, 3)
    theirs = _notifications(other, 1)
    client.force_login(citizen)
    newest = client.get("/notifikasi/").context["newest"]
    arrived_since = _notifications(citizen, 1)[0]

    # when
    response = client.post("/notifikasi/dibaca/", {"up_to": newest}, follow=True)

    # then
    assert response.redirect_chain == [("/notifikasi/", 302)]
    assert "Notifikasi ditandai sudah dibaca." in response.content.decode()
    assert all(
        n.read_at for n in Notification.objects.filter(pk__in=[n.pk for n in shown])
    )
    assert Notification.objects.get(pk=arrived_since.pk).read_at is None
    assert Notification.objects.get(pk=theirs[0].pk).read_at is None


def test_mark_read_without_a_number_marks_all(client):
    citizen = UserFactory()
    _notifications(citizen, 2)
    client.force_login(citizen)

    client.post("/notifikasi/dibaca/", {"up_to": "bukan angka"})

    assert not Notification.objects.filter(read_at__isnull=True).exists()


# ---------------------------------------------------------------- the bell


def test_the_bell_shows_the_unread_count_to_signed_in_users_only(client):
    # given
    citizen = UserFactory()
    _notifications(citizen, 2)
    _notifications(citizen, 1, read_at=timezone.now())

    # when
    anonymous = client.get("/").content.decode()
    client.force_login(citizen)
    signed_in = client.get("/").content.decode()

    # then
    assert BELL not in anonymous
    assert _badge(signed_in) == "2"
    assert "belum dibaca" in signed_in  # the badge's words for screen readers


def test_the_bell_follows_new_and_read_notifications(
    client, django_capture_on_commit_callbacks
):
    # given
    citizen = UserFactory()
    client.force_login(citizen)
    assert _badge(client.get("/").content.decode()) is None  # cached: 0

    # when a notification arrives
    with django_capture_on_commit_callbacks(execute=True):
        actions.notification_create(recipient=citizen, subject="Baru", body="Isi")

    # then
    assert _badge(client.get("/").content.decode()) == "1"

    # when it is read
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/notifikasi/dibaca/")

    # then
    assert _badge(client.get("/").content.decode()) is None


@pytest.mark.parametrize("size", [1, 30])
def test_inbox_query_count(client, django_assert_num_queries, size):
    citizen = UserFactory()
    _notifications(citizen, size)
    client.force_login(citizen)
    # user, count, page, unread count (the bell; then cached); the session comes
    # from the cache
    with django_assert_num_queries(4):
        assert client.get("/notifikasi/").status_code == 200
    with django_assert_num_queries(3):
        assert client.get("/notifikasi/").status_code == 200


def test_the_bell_costs_no_query_on_pages_that_do_not_show_it(client):
    """An htmx fragment renders no header: the count is never looked up."""
    client.force_login(UserFactory())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            "/layanan/",
            {"q": "x"},
            headers={"HX-Request": "true", "HX-Target": "search-results"},
        )
    assert response.status_code == 200
    assert BELL not in response.content.decode()
    assert not [q for q in queries if "notifications_notification" in q["sql"]]
