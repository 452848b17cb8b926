"""Citizen accounts: sign-up with a validated NIK, e-mail verification, login
throttling with a cool-off (never a permanent lockout), the profile."""

import re
import time

import pytest

from django.core import mail

from accounts.models import User
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "ombak-laut-natuna-2026"


def _signup(client, **overrides):
    data = {
        "email": "warga@example.id",
        "full_name": "Siti Aminah",
        "nik": "2171 0141 0190 0001",
        "birth_date": "1990-01-01",
        "phone": "+62 812-7000-1234",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }
    return client.post("/akun/signup/", data)


def test_signup_stores_the_normalized_nik_and_sends_a_verification(client):
    response = _signup(client)

    user = User.objects.get(email="warga@example.id")
    assert response.status_code == 302
    assert user.nik == "2171014101900001"
    assert str(user.phone) == "+6281270001234"  # E.164
    assert user.masked_nik == "2171********0001"
    assert user.password.startswith(("md5$", "argon2"))
    assert len(mail.outbox) == 1
    assert "confirm-email" in mail.outbox[0].body
    assert "2171014101900001" not in mail.outbox[0].body


def test_nik_never_appears_in_the_redirect_or_the_verification_page(client):
    response = _signup(client)
    assert "2171" not in response.headers["Location"]
    page = client.get(response.headers["Location"])
    assert "2171014101900001" not in page.content.decode()


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("21710101900001", "tepat 16 angka; Anda memasukkan 14"),
        ("2171O10190010001", "hanya berisi angka"),
        ("2071010190010001", "kode provinsi"),
        ("2171013290010001", "tanggal lahir"),
    ],
)
def test_each_nik_problem_gets_its_own_message(client, nik, message):
    response = _signup(client, nik=nik)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == 0


def test_one_account_per_nik(client):
    holder = UserFactory(nik="2171014101900001")
    holder.emailaddress_set.create(email=holder.email, verified=True, primary=True)
    response = _signup(client)
    assert response.status_code == 302  # the same answer as for a free NIK
    assert User.objects.filter(nik="2171014101900001").count() == 1
    assert not User.objects.filter(email="warga@example.id").exists()


def test_short_and_common_passwords_are_refused(client):
    for password in ["pendek-123", "password1234"]:
        response = _signup(client, password1=password, password2=password)
        assert response.status_code == 200
    assert User.objects.count() == 0


def test_login_needs_a_verified_email(client):
    _signup(client)
    client.logout()
    response = client.post(
        "/akun/login/", {"login": "warga@example.id", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "confirm-email" in response.headers["Location"]


def test_failed_logins_cool_off_but_never_lock_out(client, monkeypatch):
    user = UserFactory(email="petugas@example.id")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    for _ in range(5):
        client.post(
            "/akun/login/", {"login": user.email, "password": "salah-salah-salah"}
        )

    blocked = client.post(
        "/akun/login/", {"login": user.email, "password": "correct-horse-battery"}
    )
    assert blocked.status_code in (200, 429)
    assert "_auth_user_id" not in client.session

    # after the cool-off the right password works again
    later = time.time() + 15 * 60 + 1
    monkeypatch.setattr("accounts.throttle._now", lambda: later)
    ok = client.post(
        "/akun/login/", {"login": user.email, "password": "correct-horse-battery"}
    )
    assert ok.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_password_reset_sends_a_link(client):
    user = UserFactory(email="lupa@example.id")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    client.post("/akun/password/reset/", {"email": "lupa@example.id"})
    assert len(mail.outbox) == 1
    assert re.search(r"/akun/password/reset/key/", mail.outbox[0].body)


def test_profile_shows_the_masked_nik_and_saves_preferences(client):
    user = UserFactory(nik="2171014101900001")
    client.force_login(user)
    page = client.get("/akun/profil/").content.decode()
    assert "2171********0001" in page and "2171014101900001" not in page

    response = client.post(
        "/akun/profil/",
        {
            "full_name": "Siti A.",
            "phone": "081200000001",
            "preferred_language": "en",
            "notification_channel": "whatsapp",
        },
    )

    user.refresh_from_db()
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/akun/profil/"
    assert (user.preferred_language, user.notification_channel) == ("en", "whatsapp")


def test_whatsapp_needs_a_phone_number(client):
    user = UserFactory(phone="")
    client.force_login(user)
    response = client.post(
        "/akun/profil/",
        {
            "full_name": "X",
            "phone": "",
            "preferred_language": "id",
            "notification_channel": "whatsapp",
        },
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.notification_channel == "email"


def test_the_nik_never_reaches_the_logs(client, caplog):
    caplog.set_level("DEBUG")
    _signup(client, nik="2171013290010001")  # refused
    _signup(client)  # accepted
    client.get("/akun/profil/")
    client.get("/permohonan/tidak-ada/")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "2171013290010001" not in logged
    assert "2171014101900001" not in logged
    assert "2171 0141 0190 0001" not in logged


def test_an_unverified_account_does_not_hold_a_nik(client):
    """Someone who signs up with another person's NIK and never verifies their
    address cannot block the real citizen."""
    squatter = UserFactory(nik="2171014101900001")

    response = _signup(client)

    assert response.status_code == 302
    assert not User.objects.filter(pk=squatter.pk).exists()  # replaced, not stripped
    assert User.objects.get(email="warga@example.id").nik == "2171014101900001"


# ---------------------------------------------------------------- phone numbers


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812 3456 7890", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        ("(0812) 3456-7890", "+6281234567890"),
        ("62 812 3456 7890", "+6281234567890"),
        ("+65 9123 4567", "+6591234567"),  # a Singapore mobile, common in Batam
    ],
)
def test_signup_stores_the_phone_in_e164(client, typed, stored):
    response = _signup(client, phone=typed)

    assert response.status_code == 302
    user = User.objects.get(email="warga@example.id")
    assert str(user.phone) == stored
    assert User.objects.filter(phone=stored).count() == 1  # the column holds E.164


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0812 34", "Masukkan nomor HP yang benar, misalnya 0812 3456 7890"),
        ("telepon saya", "Masukkan nomor HP yang benar, misalnya 0812 3456 7890"),
        ("0771 441234", "Ini nomor telepon rumah/kantor"),
    ],
)
def test_signup_refuses_a_phone_that_is_not_a_mobile_number_in_indonesian(
    client, typed, message
):
    response = _signup(client, phone=typed)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == 0


def test_the_profile_shows_the_phone_as_people_write_it_and_saves_e164(client):
    user = UserFactory(phone="+6281270001234")
    client.force_login(user)

    page = client.get("/akun/profil/").content.decode()
    response = client.post(
        "/akun/profil/",
        {
            "full_name": "Siti Aminah",
            "phone": "+62 813-1111-2222",
            "preferred_language": "id",
            "notification_channel": "sms",
        },
    )

    assert 'value="0812-7000-1234"' in page
    assert 'type="tel"' in page
    assert response.status_code == 302
    user.refresh_from_db()
    assert str(user.phone) == "+6281311112222"


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_old_numbers_into_e164():
    """accounts 0003: the old form stored "081270001234"; it becomes E.164, and a
    value that is no number is kept as typed (the profile asks for a valid one)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [
        ("accounts", "0002_user_birth_date_user_nik_user_notification_channel_and_more")
    ]
    after = [("accounts", "0003_user_phone_e164")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    OldUser = executor.loader.project_state(before).apps.get_model("accounts", "User")
    for i, phone in enumerate(["081270001234", "", "12-34", "+6591234567"]):
        OldUser.objects.create(email=f"lama{i}@example.id", full_name="L", phone=phone)

    executor = MigrationExecutor(connection)  # reload the graph, as migrate does
    executor.migrate(after)

    with connection.cursor() as cursor:
        cursor.execute("SELECT email, phone FROM accounts_user ORDER BY email")
        rows = cursor.fetchall()
    assert rows == [
        ("lama0@example.id", "+6281270001234"),
        ("lama1@example.id", ""),
        ("lama2@example.id", "12-34"),
        ("lama3@example.id", "+6591234567"),
    ]
