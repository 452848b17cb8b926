"""Issue 6 §3-§4: no NIK in any log record, personal pages not cached, the language
cookie Secure in production, no persistent connections under the development
server, and a seed that never fails on or deletes what users made."""

import io
import logging
import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from accounts.models import User
from applications.models import ApplicationDocument
from mpp import logmask
from services.models import Requirement, Service
from tests.accounts.factories import UserFactory
from tests.applications.factories import ApplicationDocumentFactory, ApplicationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.issue(6)]
NIK = "2171014101900001"


# ---------------------------------------------------------------- NIK in logs
def _stream_handler(logger: logging.Logger) -> io.StringIO:
    """A plain handler like the console's, so the test reads what a server log gets."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger.addHandler(handler)
    return stream


def test_a_forced_database_error_logs_no_nik(caplog):
    UserFactory(nik=NIK)
    logger = logging.getLogger("django.request")
    stream = _stream_handler(logger)
    try:
        with transaction.atomic():
            UserFactory(nik=NIK)
    except IntegrityError:
        logger.error("Internal Server Error: /akun/signup/ nik=%s", NIK, exc_info=True)

    server_log = stream.getvalue()
    assert "IntegrityError" in server_log  # the traceback is there, only masked
    if connection.vendor == "postgresql":
        assert "Key (nik)=(2171********0001) already exists" in server_log
    assert NIK not in server_log
    assert NIK not in caplog.text
    assert "nik=2171********0001" in caplog.text


def test_every_logger_masks_grouped_niks_in_messages_and_stacks():
    logger = logging.getLogger("celery.worker.some.task")
    stream = _stream_handler(logger)
    logger.warning("NIK %s or %s", "2171 0141 0190 0001", "2171-0141-0190-0001")
    logger.warning("with stack", stack_info=True, extra={"nik": NIK})
    text = stream.getvalue()
    assert "0141" not in text
    assert text.count("2171********0001") == 2


def test_a_nik_beside_a_uuid_is_still_masked():
    text = "84573430-7024-4284-a644-c95e9b27b1e9 NIK 2171014101900001."
    assert logmask.mask_text(text) == (
        "84573430-7024-4284-a644-c95e9b27b1e9 NIK 2171********0001."
    )


@pytest.mark.parametrize(
    "kept",
    [
        "order 12345678901234567",  # 17 digits: not a NIK
        "phone 081270001234",
        "time 1733280000.123456",
        # A uuid starting with 16 digits: the audit trail keeps which one was asked.
        "/permohonan/84573430-7024-4284-a644-c95e9b27b1e9/",
    ],
)
def test_other_numbers_are_left_alone(kept):
    assert logmask.mask_text(kept) == kept


# ---------------------------------------------------------------- cache headers
@pytest.mark.parametrize(
    "url", ["/akun/profil/", "/akun/email/", "/akun/password/change/", "/permohonan/"]
)
def test_pages_with_personal_data_are_not_stored(client, url):
    user = UserFactory(nik=NIK)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    cache_control = response.headers["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_public_pages_stay_cacheable_for_anonymous_visitors(client):
    response = client.get("/")
    assert "no-store" not in response.headers.get("Cache-Control", "")


# ---------------------------------------------------------------- cookies
def test_the_profile_sets_a_secure_language_cookie_in_production(client, settings):
    settings.LANGUAGE_COOKIE_SECURE = True  # as production.py sets it
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/akun/profil/",
        {
            "full_name": "Siti Aminah",
            "phone": "081270001234",
            "preferred_language": "en",
            "notification_channel": "email",
        },
    )
    assert response.status_code == 302
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"


def _settings_value(module: str, expression: str, **env) -> str:
    code = (
        f"import django, os; os.environ['DJANGO_SETTINGS_MODULE']='{module}';"
        f"from django.conf import settings; print({expression})"
    )
    environment = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/x",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "mpp.example",
        "DJANGO_PRIVATE_MEDIA_ROOT": "/tmp/mpp-private",
        **env,
    }
    environment.pop("DJANGO_CONN_MAX_AGE", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_persistent_connections_only_under_gunicorn():
    expression = "settings.DATABASES['default']['CONN_MAX_AGE']"
    assert _settings_value("mpp.settings.base", expression) == "0"
    assert _settings_value("mpp.settings.production", expression) == "60"
    assert _settings_value("mpp.settings.production", "settings.LANGUAGE_COOKIE_SECURE")


# ---------------------------------------------------------------- seed_demo
def test_seed_demo_keeps_what_admins_and_citizens_made():
    call_command("seed_demo", verbosity=0)
    service = Service.objects.filter(requirements__needs_upload=True).first()
    added = Requirement.objects.create(
        service=service,
        name="Surat keterangan tambahan dari admin",
        position=99,
        needs_upload=True,
    )
    application = ApplicationFactory(service=service)
    document = ApplicationDocumentFactory(application=application, requirement=added)
    extra_booth_count = service.booths.count()

    call_command("seed_demo", verbosity=0)  # no ProtectedError

    assert Requirement.objects.filter(pk=added.pk).exists()
    assert ApplicationDocument.objects.filter(pk=document.pk).exists()
    assert service.booths.count() == extra_booth_count
    assert User.objects.filter(pk=application.citizen_id).exists()
