"""The whole-page cache of the public catalogue pages (mpp/pagecache.py): served
again without a query, never stale after an edit, never for a signed-in visitor."""

import datetime as dt

import pytest

from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from agencies.models import Closure
from mpp import pagecache
from tests.accounts.factories import UserFactory
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    booth = BoothFactory()
    return ServiceFactory(
        name="Paspor Baru Uji",
        agency=booth.agency,
        booths=[booth],
        with_standard=True,
    )


def _pages(service) -> list[str]:
    booth = service.booths.first()
    return [
        reverse("services:home"),
        reverse("services:search") + "?q=paspor",
        service.get_absolute_url(),
        reverse("agencies:mall_detail", kwargs={"slug": booth.mall.slug}),
        reverse("agencies:agency_list"),
        reverse("agencies:agency_detail", kwargs={"slug": booth.agency.slug}),
    ]


def test_every_public_page_is_served_again_without_a_query(
    client, service, django_assert_num_queries
):
    for url in _pages(service):
        first = client.get(url)
        assert first.status_code == 200, url
        assert "X-Page-Cache" not in first, url
        if "?" in url:  # a search is stored the second time it is asked
            first = client.get(url)
            assert "X-Page-Cache" not in first
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.status_code == 200
        assert again["X-Page-Cache"] == "hit", url
        assert again.content == first.content
        assert again["Content-Type"] == first["Content-Type"]
        assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_stored_page_sets_no_cookie(service):
    first_visitor = Client()
    first = first_visitor.get(service.get_absolute_url())
    assert settings.CSRF_COOKIE_NAME in first.cookies  # theirs
    second = Client().get(service.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert not second.cookies


def test_an_edit_of_the_service_shows_at_once(client, service):
    url = service.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    service.name = "Paspor Elektronik Uji"
    service.save()
    page = client.get(url)
    assert "X-Page-Cache" not in page
    assert "Paspor Elektronik Uji" in page.text
    assert "Paspor Baru Uji" not in page.text


@pytest.mark.parametrize(
    "edit",
    [
        "requirement",
        "step",
        "offered_at_new_booth",
        "agency_renamed",
        "mall_renamed",
        "closure",
    ],
)
def test_every_catalogue_write_drops_the_stored_pages(client, service, edit):
    pages = _pages(service)
    for url in pages:
        client.get(url)
    booth = service.booths.first()
    if edit == "requirement":
        RequirementFactory(service=service, name="Surat rekomendasi")
    elif edit == "step":
        service.steps.create(position=9, description="Ambil paspor")
    elif edit == "offered_at_new_booth":
        service.booths.add(BoothFactory(agency=service.agency))
    elif edit == "agency_renamed":
        service.agency.name = "Kantor Imigrasi Baru"
        service.agency.save()
    elif edit == "mall_renamed":
        booth.mall.name = "MPP Baru"
        booth.mall.save()
    else:
        Closure.objects.create(
            mall=booth.mall, date=dt.date(2030, 1, 2), reason="Renovasi"
        )
    for url in pages:
        assert "X-Page-Cache" not in client.get(url), (edit, url)


def test_a_write_bumps_again_when_it_commits(
    service, django_capture_on_commit_callbacks
):
    """A reader between the write and its commit may store the old rows under the
    token of the moment: the commit replaces that token too."""
    cache.set(pagecache.VERSION_KEY, "before")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        service.name = "Nama Baru"
        service.save()
        during = cache.get(pagecache.VERSION_KEY)
        assert during != "before"
    assert callbacks
    for callback in callbacks:
        callback()
    assert cache.get(pagecache.VERSION_KEY) not in ("before", during)


def test_signed_in_visitors_are_never_served_a_stored_page(client, service):
    url = service.get_absolute_url()
    Client().get(url)  # stored by an anonymous visitor
    citizen = UserFactory(full_name="Siti Warga Uji")
    client.force_login(citizen)
    page = client.get(url)
    assert "X-Page-Cache" not in page
    assert "Siti Warga Uji" in page.text
    # ... and what a signed-in visitor saw is not stored for the next anonymous one.
    anonymous = Client().get(url)
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Siti Warga Uji" not in anonymous.text


def test_languages_and_htmx_fragments_are_stored_apart(client, service):
    search = reverse("services:search") + "?q=paspor"
    htmx = {"HX-Request": "true", "HX-Target": "search-results"}
    for _ in range(2):  # a search is stored the second time it is asked
        indonesian = client.get(search)
        english = client.get("/en" + search)
        fragment = client.get(search, headers=htmx)
    assert english["Content-Language"] == "en"
    assert "<html" not in fragment.text
    again = client.get(search)
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Language"] == "id"
    assert again.content == indonesian.content
    assert client.get("/en" + search).content == english.content
    assert client.get(search, headers=htmx).content == fragment.content


def test_a_pending_message_skips_the_cache(client, service):
    url = reverse("services:home")
    client.get(url)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(url)


def test_only_gets_of_public_pages_with_a_short_query_are_stored(client, service):
    long_query = reverse("services:search") + "?q=" + "paspor+" * 40
    client.get(long_query)
    assert "X-Page-Cache" not in client.get(long_query)
    track = reverse("applications:track")  # public, but not a catalogue page
    client.get(track)
    assert "X-Page-Cache" not in client.get(track)
    missing = "/layanan/tidak-ada/"
    assert client.get(missing).status_code == 404
    assert "X-Page-Cache" not in client.get(missing)


def test_a_new_day_is_a_new_page(client, service, monkeypatch):
    url = reverse("services:home")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    monkeypatch.setattr(pagecache.timezone, "localdate", lambda: tomorrow)
    assert "X-Page-Cache" not in client.get(url)


def test_a_new_release_never_serves_the_old_releases_pages(client, service):
    url = reverse("services:home")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    with override_settings(MPP_RELEASE="2026.12.05-abc1234"):
        assert "X-Page-Cache" not in client.get(url)


def test_the_language_switch_works_from_a_stored_page(service):
    url = service.get_absolute_url()
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(url)
    assert page["X-Page-Cache"] == "hit"
    switched = visitor.post(reverse("set_language"), {"language": "en", "next": url})
    assert switched.status_code == 302
    assert switched.url.startswith("/en/")
    assert visitor.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "mpp.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
)
def test_pages_still_render_with_the_cache_down(client, service):
    for _ in range(2):
        page = client.get(service.get_absolute_url())
        assert page.status_code == 200
        assert "Paspor Baru Uji" in page.text
        assert "X-Page-Cache" not in page


@override_settings(MPP_PUBLIC_PAGE_CACHE_SECONDS=0)
def test_the_cache_can_be_turned_off(service):
    url = service.get_absolute_url()
    Client().get(url)
    assert "X-Page-Cache" not in Client().get(url)


def test_agency_page_change_in_another_agency_is_seen(client, service):
    """Home counts services per agency: a new agency shows at once."""
    home = reverse("services:home")
    client.get(home)
    agency = AgencyFactory(name="Badan Uji Baru", short_name="BUBARU")
    booth = BoothFactory(agency=agency, mall=MallFactory())
    ServiceFactory(agency=agency, booths=[booth])
    assert "BUBARU" in client.get(home).text


def test_each_host_has_its_own_pages(client, service, settings):
    settings.ALLOWED_HOSTS = ["mpp.kepriprov.go.id", "testserver"]
    url = service.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    other = client.get(url, headers={"Host": "mpp.kepriprov.go.id"})
    assert "X-Page-Cache" not in other


def test_made_up_searches_leave_markers_not_pages(client, service):
    """A flood of one-off queries stores no page; a query asked twice is stored."""
    for n in range(5):
        client.get(reverse("services:search") + f"?q=paspor+{n}")
    search = reverse("services:search") + "?q=paspor+0"
    assert "X-Page-Cache" not in client.get(search)  # nothing stored the first time
    assert client.get(search)["X-Page-Cache"] == "hit"  # stored the second time
