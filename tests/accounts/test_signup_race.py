"""Issue 6 §3: a double tap on "Daftar" gives one account and a clear answer for the
rest, never a 500 and never an account without its NIK. Proven on PostgreSQL, where
sign-ups really run in parallel (SQLite serialises writers)."""

import threading

import pytest

from django.db import connection
from django.test import Client

from accounts.models import User

pytestmark = [
    pytest.mark.issue(6),
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writers, so sign-ups cannot race on it",
    ),
]
PASSWORD = "ombak-laut-natuna-2026"


def _form(email: str) -> dict:
    return {
        "email": email,
        "full_name": "Siti Aminah",
        "nik": "2171014101900001",
        "birth_date": "1990-01-01",
        "phone": "081270001234",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }


def _sign_up_together(emails: list[str]) -> list[int]:
    barrier = threading.Barrier(len(emails))
    statuses: list[int] = []

    def run(number: int, email: str) -> None:
        client = Client(raise_request_exception=False)
        try:
            barrier.wait(timeout=10)
            response = client.post(
                "/akun/signup/", _form(email), REMOTE_ADDR=f"10.0.0.{number}"
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(n, email)) for n, email in enumerate(emails)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return statuses


@pytest.mark.parametrize("_round", range(3))
def test_twenty_sign_ups_with_one_email_make_one_account(_round):
    statuses = _sign_up_together(["warga@example.id"] * 20)

    assert statuses == [302] * 20
    user = User.objects.get()
    assert user.email == "warga@example.id"
    assert user.nik == "2171014101900001"
    assert user.emailaddress_set.count() == 1


@pytest.mark.parametrize("_round", range(3))
def test_twelve_sign_ups_with_one_nik_leave_no_account_without_it(_round):
    statuses = _sign_up_together([f"warga{n}@example.id" for n in range(12)])

    assert statuses == [302] * 12
    assert User.objects.filter(nik__isnull=True).count() == 0
    assert User.objects.filter(nik="2171014101900001").count() == 1
