"""HEAD is answered like GET on every page (issue 6), and no `?page=` or other
number from the query string reaches the database unbounded: a page number of 18
digits was an OFFSET past PostgreSQL's bigint, a 500 (`bigint out of range`)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from applications.models import Application, ApplicationStatus, ReviewStatus
from tests.accounts.factories import UserFactory
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.applications import badfiles
from tests.applications.factories import (
    ApplicationFactory,
    CitizenFactory,
    OnlineServiceFactory,
)
from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db

# Every named URL of the portal's own apps, by what it is. A new URL fails
# test_every_url_is_classified until it is put in one of these.
PUBLIC = {
    "ping",
    "health",
    "services:home",
    "services:search",
    "services:detail",
    "agencies:mall_detail",
    "agencies:agency_list",
    "agencies:agency_detail",
    "applications:track",
}
SIGNED_IN = {
    "applications:start",
    "applications:list",
    "applications:detail",
    "applications:edit",
    "applications:review",
    "applications:confirmation",
    "applications:fix",
    "applications:document",
    "applications:output",
    "applications:document_view",
    "accounts:profile",
    "notifications:list",
}
POST_ONLY = {"applications:submit", "applications:cancel", "notifications:mark_read"}
# Redirects, not pages: Django's language switch and the admin's sign-in.
OTHER = {"set_language", "admin_login"}
#: The officers' back office: HEAD, 404s and POST-only actions are tested in
#: tests/backoffice/test_views.py.
BACK_OFFICE = {
    "backoffice:inbox",
    "backoffice:review",
    "backoffice:reveal_nik",
    "backoffice:document",
    "backoffice:document_check",
    "backoffice:output",
    "backoffice:act",
    "backoffice:counters",
    "backoffice:console",
    "backoffice:console_today",
    "backoffice:console_act",
    "backoffice:queue_figures",
    # Access, periods and downloads in tests/reports/test_dashboards.py.
    "backoffice:dashboard",
    "backoffice:dashboard_download",
}
#: The queue's pages (kiosk, board, tickets, booking): HEAD and POST-only in
#: tests/queueing/test_head.py, access in tests/queueing/test_access.py.
QUEUE = {
    "queueing:kiosk",
    "queueing:kiosk_issue",
    "queueing:check_in",
    "queueing:board",
    "queueing:board_data",
    "queueing:ticket",
    "queueing:ticket_print",
    "queueing:ticket_place",
    "queueing:book",
    "queueing:my_tickets",
    "queueing:ticket_cancel",
}


def _named_urls(patterns=None, namespace: str = "") -> set[str]:
    """The names of the portal's URLs (not the admin's nor allauth's)."""
    names = set()
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_module, "__name__", "")
            if entry.namespace == "admin" or module.startswith("allauth"):
                continue
            inner = f"{entry.namespace}:" if entry.namespace else namespace
            names |= _named_urls(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(namespace + entry.name)
    return names


# HEAD, paging and access of these are tested in tests/complaints/.
COMPLAINTS = {
    "complaints:new",
    "complaints:track",
    "complaints:list",
    "complaints:confirmation",
    "complaints:detail",
    "complaints:staff_list",
    "complaints:staff_detail",
    "complaints:staff_attachment",
    "complaints:staff_act",
}


# HEAD and the year parameter of these are tested in tests/surveys/test_views.py.
SURVEYS = {
    "surveys:application",
    "surveys:ticket",
    "surveys:walk_in",
    "surveys:thanks",
    "surveys:mall_ikm",
    "surveys:follow_up",
}


def test_every_url_is_classified():
    assert _named_urls() == (
        PUBLIC
        | SIGNED_IN
        | POST_ONLY
        | OTHER
        | BACK_OFFICE
        | QUEUE
        | COMPLAINTS
        | SURVEYS
    )


# ---------------------------------------------------------------------------- data


@pytest.fixture
def catalogue():
    """A mall with a booth of an agency offering an online service (the seed's
    shape, from the factories)."""
    mall = MallFactory(slug="batam")
    agency = AgencyFactory(slug="imigrasi")
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(
        agency=agency, slug="paspor", booths=[booth], with_standard=True
    )
    return {"mall": mall, "agency": agency, "service": service}


@pytest.fixture
def citizen_data(catalogue):
    """A citizen with an application in every state a signed-in page shows."""
    citizen = CitizenFactory()
    draft = ApplicationFactory(citizen=citizen, complete=True)
    submitted = ApplicationFactory(citizen=citizen, submitted=True)
    to_fix = ApplicationFactory(citizen=citizen, changes_requested=True)
    to_fix.documents.update(
        review_status=ReviewStatus.NEEDS_FIX, review_note="Foto buram."
    )
    completed = ApplicationFactory(citizen=citizen, completed=True)
    completed.output_content_type = badfiles.PDF
    completed.output_file.save("hasil.pdf", badfiles.good_pdf(), save=False)
    completed.save(update_fields=["output_file", "output_content_type"])
    return {
        "citizen": citizen,
        "draft": draft,
        "submitted": submitted,
        "to_fix": to_fix,
        "completed": completed,
        "service": catalogue["service"],
    }


def _public_urls(catalogue) -> dict[str, str]:
    submitted = ApplicationFactory(submitted=True)
    return {
        "ping": "/-/ping/",
        "health": "/-/health/",
        "services:home": "/",
        "services:search": "/layanan/?q=layanan",
        "services:detail": catalogue["service"].get_absolute_url(),
        "agencies:mall_detail": "/mpp/batam/",
        "agencies:agency_list": "/instansi/",
        "agencies:agency_detail": "/instansi/imigrasi/",
        "applications:track": f"/lacak/?number={submitted.tracking_number}",
    }


def _signed_in_urls(data) -> dict[str, str]:
    draft, submitted = data["draft"].uuid, data["submitted"].uuid
    document = data["submitted"].documents.order_by("pk").first()
    return {
        "applications:start": f"/layanan/{data['service'].slug}/ajukan/",
        "applications:list": "/permohonan/",
        "applications:detail": f"/permohonan/{submitted}/",
        "applications:edit": f"/permohonan/{draft}/isi/",
        "applications:review": f"/permohonan/{draft}/tinjau/",
        "applications:confirmation": f"/permohonan/{submitted}/terkirim/",
        "applications:fix": f"/permohonan/{data['to_fix'].uuid}/perbaiki/",
        "applications:document": f"/permohonan/{submitted}/dokumen/{document.pk}/",
        "applications:output": f"/permohonan/{data['completed'].uuid}/hasil/",
        "applications:document_view": (
            f"/permohonan/{submitted}/dokumen/{document.pk}/lihat/"
        ),
        "accounts:profile": "/akun/profil/",
        "notifications:list": "/notifikasi/",
    }


def _post_only_urls(data) -> dict[str, str]:
    return {
        "applications:submit": f"/permohonan/{data['draft'].uuid}/kirim/",
        "applications:cancel": f"/permohonan/{data['draft'].uuid}/batal/",
        "notifications:mark_read": "/notifikasi/dibaca/",
    }


def _assert_head_like_get(client, url: str, status: int = 200):
    get = client.get(url)
    head = client.head(url)
    assert (head.status_code, get.status_code) == (status, status), url
    body = b"".join(head.streaming_content) if head.streaming else head.content
    assert body == b"", url
    assert head.get("Content-Type") == get.get("Content-Type"), url
    assert head.get("Location") == get.get("Location"), url
    # (no response.close(): it sends request_finished, which on PostgreSQL closes
    # the connection of the test's transaction)


# ------------------------------------------------------------------------- HEAD


def test_head_on_every_public_page_is_200_with_no_body(client, catalogue):
    urls = _public_urls(catalogue)
    assert set(urls) == PUBLIC
    for url in urls.values():
        _assert_head_like_get(client, url)


def test_head_on_search_results_fragment(client, catalogue):
    response = client.head(
        "/layanan/?q=layanan",
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )
    assert (response.status_code, response.content) == (200, b"")


def test_head_on_every_signed_in_page_answers_like_get(client, citizen_data):
    urls = _signed_in_urls(citizen_data)
    assert set(urls) == SIGNED_IN
    client.force_login(citizen_data["citizen"])
    for url in urls.values():
        _assert_head_like_get(client, url)


def test_head_on_a_signed_in_page_redirects_to_sign_in_like_get(client, citizen_data):
    for url in _signed_in_urls(citizen_data).values():
        _assert_head_like_get(client, url, status=302)
        assert client.head(url)["Location"].startswith("/akun/login/?next="), url


def test_head_changes_nothing(client, citizen_data):
    """HEAD runs the GET branch of a GET/POST view: no draft saved, no application
    started, nothing submitted or cancelled."""
    client.force_login(citizen_data["citizen"])
    draft = citizen_data["draft"]
    before = list(Application.objects.order_by("pk").values())
    urls = {**_signed_in_urls(citizen_data), **_post_only_urls(citizen_data)}
    for url in urls.values():
        client.head(url, {"review": "1", "mall": citizen_data["draft"].mall_id})
    assert list(Application.objects.order_by("pk").values()) == before
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT


@pytest.mark.parametrize("method", ["get", "head"])
def test_post_only_urls_refuse_get_and_head(client, citizen_data, method):
    urls = _post_only_urls(citizen_data)
    assert set(urls) == POST_ONLY
    client.force_login(citizen_data["citizen"])
    for url in urls.values():
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
        assert response["Allow"] == "POST", url
    assert Application.objects.get(pk=citizen_data["draft"].pk).status == "draft"


def test_allauth_pages_answer_head_like_get(client):
    """allauth's pages are class-based views: View.head is their get."""
    for url in ("/akun/login/", "/akun/signup/", "/akun/password/reset/"):
        _assert_head_like_get(client, url)
    user = UserFactory()
    client.force_login(user)
    _assert_head_like_get(client, "/akun/logout/")  # the confirmation page
    assert client.get("/permohonan/").status_code == 200  # still signed in


# ---------------------------------------------------------------------- paging

# Three pages of two. As Django's Paginator.get_page reads a page number: not a
# number is the first page; below 1 or past the end, however large, the last page.
HUGE = [
    "4",
    "99999999999999999",  # 17 digits: the OFFSET still fits a bigint
    "999999999999999999",  # 18 digits: the OFFSET did not (a 500 on PostgreSQL)
    "9223372036854775807",
    "9223372036854775808",
    "9" * 40,
    "0",
    "-1",
    "-999999999999999999999",
]
NOT_A_NUMBER = ["", "abc", "1e9", "2.0", "0x2", "9" * 5000]  # 5000: beyond int()


@pytest.fixture
def paged(settings, client):
    """The three paginated lists, each with 5 rows at 2 a page: name -> URL."""
    settings.MPP_PAGE_SIZE = 2
    agency = AgencyFactory(slug="imigrasi")
    for _ in range(4):
        ServiceFactory(agency=agency)
    online = OnlineServiceFactory(agency=agency)
    citizen = CitizenFactory()
    for _ in range(5):
        ApplicationFactory(citizen=citizen, service=online)
    client.force_login(citizen)
    return {
        "search": "/layanan/",
        "agency": "/instansi/imigrasi/",
        "applications": "/permohonan/",
    }


def _page(client, url: str, page: str):
    response = client.get(url, {"page": page})
    assert response.status_code == 200, (url, page[:30])
    page_object = response.context["page"]
    assert page_object.paginator.num_pages == 3
    return page_object.number, len(page_object.object_list)


@pytest.mark.parametrize("page", HUGE)
def test_a_page_past_either_end_is_the_last_page(client, paged, page):
    for url in paged.values():
        assert _page(client, url, page) == (3, 1), (url, page)


@pytest.mark.parametrize("page", NOT_A_NUMBER)
def test_a_page_that_is_not_a_number_is_the_first(client, paged, page):
    for url in paged.values():
        assert _page(client, url, page) == (1, 2), (url, page[:30])


@pytest.mark.parametrize(("page", "number"), [(" 2 ", 2), ("+2", 2), ("٣", 3)])
def test_numbers_python_reads_are_read_the_same_on_every_list(
    client, paged, page, number
):
    for url in paged.values():
        assert _page(client, url, page)[0] == number, (url, page)


@pytest.mark.parametrize("page", ["999999999999999999", "9" * 19])
def test_issue_6_an_18_digit_page_of_the_catalogue(client, catalogue, page):
    """At the real page size (20), ?page= of 18 digits is an OFFSET past bigint."""
    response = client.get("/layanan/", {"page": page})
    assert response.status_code == 200
    assert response.context["page"].number == 1  # one service: one page
    assert catalogue["service"].name in response.content.decode()


def test_huge_page_of_search_results_fragment(client, paged):
    response = client.get(
        "/layanan/",
        {"page": "999999999999999999"},
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )
    assert response.status_code == 200
    assert response.context["page"].number == 3


def test_huge_page_of_an_empty_search_is_page_one(client, paged):
    response = client.get("/layanan/", {"q": "tidak-ada", "page": "9" * 20})
    assert response.status_code == 200
    page = response.context["page"]
    assert (page.number, page.paginator.count, list(page.object_list)) == (1, 0, [])


@pytest.mark.parametrize("url", ["/layanan/", "/instansi/imigrasi/", "/permohonan/"])
def test_a_huge_page_costs_at_most_one_query_more_than_the_last_page(
    client, paged, url
):
    """The search counts its total in the page query; a page out of range needs
    one COUNT(*) first. The other lists count anyway."""
    client.get(url)  # the session, once
    with CaptureQueriesContext(connection) as last:
        assert client.get(url, {"page": "3"}).status_code == 200
    with CaptureQueriesContext(connection) as huge:
        assert client.get(url, {"page": "9" * 18}).status_code == 200
    extra = 1 if url == "/layanan/" else 0
    assert len(huge) == len(last) + extra


# ---------------------------------------------------- other numbers from the URL

BAD_NUMBERS = ["999999999999999999", "9" * 40, "-1", "1e9", "٣", "", "abc", " 2 "]


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_search_filters_take_any_value(client, catalogue, value):
    """Mall and agency are chosen by slug: an odd value is a field error."""
    response = client.get("/layanan/", {"mall": value, "agency": value, "q": value})
    assert response.status_code == 200


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_tracking_number_takes_any_value(client, db, value):
    assert client.get("/lacak/", {"number": value}).status_code == 200


@pytest.mark.parametrize(
    "document_id", ["0", "999999999999999999", "9223372036854775808", "9" * 40]
)
def test_document_id_out_of_range_is_404(client, citizen_data, document_id):
    client.force_login(citizen_data["citizen"])
    url = f"/permohonan/{citizen_data['submitted'].uuid}/dokumen/{document_id}/"
    assert client.get(url).status_code == 404
    assert client.head(url).status_code == 404
