"""Every error page is drawn in the portal's layout, in the visitor's language, with a
message that says what happened (issue 9 §3): 400, 403, 404, 413 and 500."""

import pytest

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path

from mpp import urls as portal_urls
from tests.accounts.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.issue(9)]


# This module is also the URLconf of its tests: the portal's URLs and error handlers,
# plus two views that fail on purpose.
def _forbidden(request):
    raise PermissionDenied


def _crash(request):
    raise RuntimeError("secret detail")


urlpatterns = [
    *portal_urls.urlpatterns,
    *i18n_patterns(
        path("-uji/dilarang/", _forbidden),
        path("-uji/rusak/", _crash),
        prefix_default_language=False,
    ),
]
handler400 = portal_urls.handler400
handler403 = portal_urls.handler403

FOOTER_ID = "Mal Pelayanan Publik Provinsi Kepulauan Riau"
FOOTER_EN = "Public Service Malls of Kepulauan Riau Province"


@pytest.fixture(autouse=True)
def _this_urlconf(settings):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False


@pytest.fixture
def crashing() -> Client:
    """A client that gets the error page instead of the exception."""
    return Client(raise_request_exception=False)


def _in_layout(response, *, language: str) -> str:
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "MPP Kepri" in html
    assert (FOOTER_ID if language == "id" else FOOTER_EN) in html
    if response.status_code in (400, 403, 413):
        assert "no-cache" in response["Cache-Control"]
    return html


# ---------------------------------------------------------------- 400


def test_a_request_for_an_unknown_host_gets_the_400_page(client):
    response = client.get("/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    html = _in_layout(response, language="id")
    assert "Kembali ke beranda" in html


def test_the_400_page_in_english(client):
    response = client.get("/en/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    html = _in_layout(response, language="en")
    assert '<h1 class="h2">Bad request</h1>' in html
    assert "The portal could not understand what your browser sent." in html
    assert 'lang="en"' in html


def test_a_form_with_too_many_fields_gets_the_400_page(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.post("/en/akun/login/", {f"f{n}": "x" for n in range(20)})

    assert response.status_code == 400
    assert "Bad request" in _in_layout(response, language="en")


# ---------------------------------------------------------------- 403


def test_the_403_page_in_indonesian(crashing):
    response = crashing.get("/-uji/dilarang/")

    assert response.status_code == 403
    html = _in_layout(response, language="id")
    assert "Akses ditolak" in html


def test_the_403_page_in_english(crashing):
    response = crashing.get("/en/-uji/dilarang/")

    assert response.status_code == 403
    html = _in_layout(response, language="en")
    assert "Access denied" in html
    assert "You do not have access to this page." in html


def test_the_403_page_shows_a_signed_in_citizens_own_header(crashing):
    user = UserFactory(full_name="Siti Aminah")
    crashing.force_login(user)

    html = crashing.get("/-uji/dilarang/").content.decode()

    assert "Siti Aminah" in html
    assert "Keluar" in html


# ---------------------------------------------------------------- 404


def test_the_404_page_in_indonesian(client):
    response = client.get("/tidak-ada/")

    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in _in_layout(response, language="id")


def test_the_404_page_in_english(client):
    response = client.get("/en/tidak-ada/")

    assert response.status_code == 404
    assert "Page not found" in _in_layout(response, language="en")


# ---------------------------------------------------------------- 413


def _oversized_post(client, url, settings, **extra):
    settings.MPP_MAX_REQUEST_BYTES = 1024
    return client.post(url, {"berkas": "x" * 4096}, **extra)


def test_an_oversized_upload_gets_the_413_page_in_indonesian(client, settings):
    response = _oversized_post(client, "/lacak/", settings)

    assert response.status_code == 413
    html = _in_layout(response, language="id")
    assert "Unggahan terlalu besar (lebih dari 0 MB sekaligus)." in html
    assert "Kembali ke beranda" in html


def test_the_413_page_in_english_links_back_to_the_form(client, settings):
    response = _oversized_post(
        client,
        "/en/lacak/",
        settings,
        HTTP_REFERER="http://testserver/en/lacak/",
    )

    assert response.status_code == 413
    html = _in_layout(response, language="en")
    assert "The upload is too large (more than 0 MB in one go)." in html
    assert "Each document may be at most 5 MB." in html
    assert 'href="http://testserver/en/lacak/">Back to the form</a>' in html


def test_the_413_page_never_links_to_another_site(client, settings):
    response = _oversized_post(
        client, "/en/lacak/", settings, HTTP_REFERER="https://evil.example/x"
    )

    assert response.status_code == 413
    assert "evil.example" not in response.content.decode()


def test_the_413_page_in_the_language_the_visitor_chose(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = _oversized_post(client, "/en/lacak/", settings)
    assert "The upload is too large" in response.content.decode()


def test_the_413_page_keeps_a_citizen_signed_in_with_their_header(client, settings):
    user = UserFactory(full_name="Siti Aminah")
    client.force_login(user)

    response = _oversized_post(client, "/lacak/", settings)

    html = response.content.decode()
    assert response.status_code == 413
    assert "Siti Aminah" in html and "Keluar" in html
    # the sign-out and language forms on the page carry a working CSRF token
    assert 'name="csrfmiddlewaretoken"' in html
    assert client.get("/akun/profil/").status_code == 200  # still signed in


def test_a_form_body_over_djangos_own_limit_is_413_too(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = client.post("/en/akun/login/", {"login": "x" * 4096})

    assert response.status_code == 413
    assert "The upload is too large" in _in_layout(response, language="en")


# ---------------------------------------------------------------- 500


def test_the_500_page_in_indonesian(crashing):
    response = crashing.get("/-uji/rusak/")

    assert response.status_code == 500
    html = _in_layout(response, language="id")
    assert "Kembali ke beranda" in html
    assert 'href="/"' in html
    assert "secret detail" not in html and "Traceback" not in html


def test_the_500_page_in_english(crashing):
    response = crashing.get("/en/-uji/rusak/")

    assert response.status_code == 500
    html = _in_layout(response, language="en")
    assert "Sorry, something went wrong on our side." in html
    assert "Nothing you already saved was lost." in html
    assert 'href="/en/"' in html
    assert "secret detail" not in html


def test_the_500_page_needs_no_request():
    """Django renders it without a request or context processors."""
    from django.template import loader

    html = loader.get_template("500.html").render()
    assert 'class="site-header"' in html
    assert "{%" not in html


# ---------------------------------------------------------------- 403 CSRF
def test_a_form_without_its_csrf_token_gets_the_layout_and_what_to_do():
    citizen = UserFactory(full_name="Warga Formulir Basi")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(citizen)
    response = browser.post("/akun/profil/", {"full_name": "x"})
    assert response.status_code == 403
    html = _in_layout(response, language="id")
    assert "Formulir sudah kedaluwarsa" in html
    assert "Warga Formulir Basi" in html  # still their own header
    english = browser.post("/en/akun/profil/", {"full_name": "x"})
    assert english.status_code == 403
    assert "The form has expired" in _in_layout(english, language="en")
