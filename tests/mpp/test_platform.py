"""Settings, health, security headers and languages of the whole portal."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db
BASE_DIR = Path(settings.BASE_DIR)


def test_ping_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/-/ping/")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_health_reports_database_and_cache(client):
    response = client.get("/-/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }


def test_security_headers_on_every_public_page(client):
    service = ServiceFactory()
    for url in ["/", "/layanan/", service.get_absolute_url(), "/instansi/", "/en/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        csp = response.headers["Content-Security-Policy"]
        assert "object-src 'none'" in csp
        assert "base-uri 'none'" in csp
        assert "script-src 'self'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"


def test_language_is_never_changed_by_a_get(client):
    response = client.get("/i18n/setlang/", {"language": "en", "next": "/"})
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_indonesian_by_default_english_under_en(client):
    indonesian = client.get("/")
    english = client.get("/en/")
    assert '<html lang="id">' in indonesian.content.decode()
    assert "Cari layanan" in indonesian.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert "Search for a service" in english.content.decode()


def test_language_switch_keeps_the_page(client):
    ServiceFactory(slug="paspor")
    response = client.post(
        "/i18n/setlang/", {"language": "en", "next": "/layanan/paspor/"}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/layanan/paspor/"
    back = client.post(
        "/en/i18n/setlang/", {"language": "id", "next": "/en/layanan/paspor/?q=x"}
    )
    assert back.headers["Location"] == "/layanan/paspor/?q=x"
    assert client.get("/").content.decode().count('<html lang="id">') == 1


def test_time_zone_and_language_settings():
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert settings.LANGUAGE_CODE == "id"
    from mpp.settings import base

    assert base.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def _production(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "mpp.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


GOOD = {
    "DJANGO_SECRET_KEY": "k" * 20 + "a1b2c3d4e5f6g7h8i9j0" + "Zq9!" * 5,
    "DJANGO_ALLOWED_HOSTS": "mpp.kepriprov.go.id",
    "DATABASE_URL": "postgres://mpp@127.0.0.1:5432/mpp",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_PRIVATE_MEDIA_ROOT": "/tmp/mpp-private",
}


def test_production_settings_pass_the_deploy_check():
    result = _production(GOOD)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"),
        ("DATABASE_URL", "DATABASE_URL"),
        ("REDIS_URL", "REDIS_URL"),
        ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_to_start_without(missing, message):
    env = {k: v for k, v in GOOD.items() if k != missing}
    result = _production(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_refuses_sqlite():
    result = _production({**GOOD, "DATABASE_URL": "sqlite:////tmp/x.sqlite3"})
    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr or "postgres" in result.stderr


def test_unknown_page_gets_a_friendly_404_in_the_portal_layout(client):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_server_error_page_shows_no_traceback(client, settings):
    from django.test import Client

    settings.DEBUG = False
    crashing = Client(raise_request_exception=False)
    with_patch = pytest.MonkeyPatch()
    with_patch.setattr(
        "services.selectors.service_search",
        lambda **kwargs: (_ for _ in ()).throw(RuntimeError("secret detail")),
    )
    try:
        response = crashing.get("/layanan/")
    finally:
        with_patch.undo()
    assert response.status_code == 500
    html = response.content.decode()
    assert "terjadi gangguan" in html
    assert "secret detail" not in html and "Traceback" not in html


def test_collectstatic_with_compressed_manifest_storage(tmp_path, settings):
    """Production collects, compresses (gzip, brotli) and hashes every static file;
    a file referencing a missing one (a source map, a font) fails here, not in a
    deploy."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }

    call_command("collectstatic", "--noinput", verbosity=0)

    hashed = list((tmp_path / "vendor" / "bootstrap").glob("bootstrap.min.*.css"))
    assert len(hashed) == 1
    assert hashed[0].with_suffix(".css.br").exists()
    assert hashed[0].with_suffix(".css.gz").exists()
    assert (tmp_path / "staticfiles.json").exists()
    assert staticfiles_storage.url("css/mpp.css").startswith("/static/css/mpp.")


def test_throttles_and_cache_degrade_when_redis_is_down(client, settings):
    """RELIABILITY 25: with Redis unreachable, login and tracking still answer."""
    settings.CACHES = {
        "default": {
            "BACKEND": "mpp.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    # (changing CACHES makes Django's test signals rebuild the cache handlers)
    assert client.get("/lacak/", {"number": "BTM-2222-2222"}).status_code == 200
    login = client.post("/akun/login/", {"login": "x@example.id", "password": "salah"})
    assert login.status_code == 200
    health = client.get("/-/health/")
    assert health.status_code == 503
    assert health.json()["checks"]["cache"] == "error"


def test_client_address_follows_trusted_proxies(rf, settings):
    from mpp.ratelimit import client_address

    request = rf.get(
        "/", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.2", REMOTE_ADDR="10.0.0.2"
    )
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.2"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    assert client_address(request) == "203.0.113.7"
