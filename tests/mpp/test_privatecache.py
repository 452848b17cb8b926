"""The back office's cached pages (mpp/privatecache.py): the inbox, the review page
and the dashboards are rendered once and served again only to the same person,
while nothing they show has changed; the access checks and the review page's audit
row run on every request."""

from unittest import mock

import pytest

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from agencies.models import BoothStaff
from applications import actions
from applications.models import ApplicationStatus
from audit.models import AuditAction, AuditEvent
from notifications.actions import notification_create
from reports import selectors as report_selectors
from tests.accounts.factories import UserFactory
from tests.agencies.factories import MallFactory, MallManagerFactory
from tests.applications.factories import ApplicationFactory, officer_for
from tests.staff_auth import sign_in_staff

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.issue(7)]
INBOX = reverse("backoffice:inbox")
DASHBOARD = "/petugas/dasbor/"


def _client_for(user) -> Client:
    client = Client()
    sign_in_staff(client, user)
    return client


def _hit(response) -> bool:
    return response.headers.get("X-Page-Cache") == "hit"


def _stored(client, url) -> None:
    """Look at `url` until its page is stored: the first answer sets the CSRF
    cookie, the second is stored, the third comes from the cache."""
    client.get(url)
    client.get(url)
    assert _hit(client.get(url))


def _review_url(application) -> str:
    return reverse("backoffice:review", kwargs={"uuid": application.uuid})


@pytest.fixture
def booth():
    application = ApplicationFactory(submitted=True)
    return application, officer_for(application)


# ---------------------------------------------------------------- hits
def test_the_second_look_at_the_inbox_is_served_from_the_cache(
    booth, django_assert_max_num_queries
):
    application, officer = booth
    client = _client_for(officer)
    first = client.get(INBOX)  # sets the CSRF cookie the page's forms carry
    assert first.status_code == 200 and not _hit(first)
    second = client.get(INBOX)
    assert not _hit(second)  # the first answer was rendered without the cookie
    with django_assert_max_num_queries(2):  # user and the session row at most
        third = client.get(INBOX)
    assert _hit(third) and third.content == second.content
    assert application.tracking_number.encode() in third.content
    # never stored by a browser or a shared cache, like every signed-in page
    assert "no-store" in third.headers["Cache-Control"]


def test_a_page_without_a_csrf_cookie_is_never_stored(booth):
    _application, officer = booth
    client = _client_for(officer)
    for _ in range(3):
        client.cookies.pop("csrftoken", None)
        response = client.get(INBOX)
        assert not _hit(response)
        assert "csrftoken" in response.cookies  # the page set it, as without a cache


def test_another_person_never_gets_someone_elses_page(booth):
    application, officer = booth
    colleague = UserFactory(is_staff=False)
    BoothStaff.objects.create(
        booth=officer.booth_roles.first().booth, user=colleague, role="officer"
    )
    mine = _client_for(officer)
    _stored(mine, INBOX)
    theirs = _client_for(colleague)
    theirs.cookies["csrftoken"] = mine.cookies["csrftoken"].value  # even this
    page = theirs.get(INBOX)
    assert not _hit(page)
    assert colleague.full_name.encode() in page.content


def test_each_language_and_filter_is_its_own_page(booth):
    _application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    assert not _hit(client.get("/en" + INBOX))
    assert not _hit(client.get(INBOX, {"status": "all"}))
    assert not _hit(client.get(INBOX, HTTP_HX_REQUEST="true"))


# ---------------------------------------------------------------- never stale
def test_another_officers_action_shows_at_once(
    booth, django_capture_on_commit_callbacks
):
    application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    # the application is taken into review (another tab, a colleague), through
    # the action, whose transaction commits
    with django_capture_on_commit_callbacks(execute=True):
        actions.application_start_review(
            application=application,
            officer=officer,
            expected_status=ApplicationStatus.SUBMITTED,
        )
    page = client.get(INBOX)
    assert not _hit(page)
    assert b"Diperiksa" in page.content or b"review" in page.content


def test_a_document_check_shows_at_once_on_the_review_page(
    booth, django_capture_on_commit_callbacks
):
    application, officer = booth
    document = application.documents.first()
    assert document is not None
    client = _client_for(officer)
    url = _review_url(application)
    _stored(client, url)
    document.review_note = "Foto buram, unggah ulang"
    with django_capture_on_commit_callbacks(execute=True):  # as a request commits
        document.save()
    page = client.get(url)
    assert not _hit(page)
    assert b"Foto buram, unggah ulang" in page.content


def test_a_removed_officer_is_refused_at_once(booth):
    _application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    BoothStaff.objects.filter(user=officer).delete()
    assert client.get(INBOX).status_code == 404


def test_every_look_at_the_review_page_is_audited_even_from_the_cache(booth):
    application, officer = booth
    client = _client_for(officer)
    url = _review_url(application)
    answers = [client.get(url) for _ in range(4)]
    assert [_hit(a) for a in answers] == [False, False, True, True]
    looks = AuditEvent.objects.filter(
        action=AuditAction.VIEW_APPLICATION,
        application_id=application.pk,
        actor_id=officer.pk,
    )
    assert looks.count() == 4


def test_another_booths_application_is_not_found_even_when_cached(booth):
    application, officer = booth
    other = ApplicationFactory(submitted=True)
    client = _client_for(officer)
    for _ in range(3):
        assert client.get(_review_url(other)).status_code == 404
    assert client.get(_review_url(application)).status_code == 200


def test_a_pending_message_is_shown_not_a_cached_page(booth):
    application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    # a refused action (a stale form) changes nothing but leaves a message
    response = client.post(
        reverse("backoffice:act", kwargs={"uuid": application.uuid, "action": "mulai"}),
        {"expected_status": ApplicationStatus.APPROVED},
    )
    assert response.status_code == 302
    page = client.get(INBOX)
    assert not _hit(page)
    assert b"alert alert-danger" in page.content
    # shown once; then the stored page again
    assert _hit(client.get(INBOX))


def test_the_dashboard_is_recomputed_after_a_refresh():
    admin = UserFactory(provincial_admin=True)
    client = _client_for(admin)
    _stored(client, DASHBOARD)
    report_selectors.bump_version()  # what reports.figures.refresh does
    assert not _hit(client.get(DASHBOARD))


def test_a_demoted_admin_never_gets_the_provinces_page_again(
    django_capture_on_commit_callbacks,
):
    """The user's own flags are edited in the admin and watched by no token: what
    the person may see is part of the page's key."""
    manager = MallManagerFactory()
    admin = manager.user
    admin.is_staff = admin.is_provincial_admin = True
    admin.save()
    other = MallFactory(name="MPP Lain di Provinsi")
    client = _client_for(admin)
    _stored(client, DASHBOARD)
    assert other.name.encode() in client.get(DASHBOARD).content  # the province's
    admin.is_provincial_admin = False
    admin.save()
    page = client.get(DASHBOARD)
    assert not _hit(page)
    assert other.name.encode() not in page.content  # their own mall only


def test_a_new_notification_shows_on_the_bell_at_once(
    booth, django_capture_on_commit_callbacks
):
    _application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    with django_capture_on_commit_callbacks(execute=True):
        notification_create(
            recipient=officer, subject="Tenggat", body="Permohonan jatuh tempo besok"
        )
    page = client.get(INBOX)
    assert not _hit(page)
    assert b'text-bg-danger">1<span class="visually-hidden">' in page.content
    assert _hit(client.get(INBOX))  # and stored again with the new count


def test_a_new_release_never_serves_the_old_releases_pages(booth, settings):
    _application, officer = booth
    client = _client_for(officer)
    _stored(client, INBOX)
    settings.MPP_RELEASE = "2026.12.05-abc1234"
    assert not _hit(client.get(INBOX))


def test_redis_down_renders_every_page(booth):
    _application, officer = booth
    client = _client_for(officer)
    client.get(INBOX)
    with (
        mock.patch.object(cache, "get_many", return_value={}),
        mock.patch("mpp.cache.token_current", return_value=None),
    ):
        for _ in range(3):
            page = client.get(INBOX)
            assert page.status_code == 200 and not _hit(page)
