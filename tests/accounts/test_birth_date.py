"""A date of birth that cannot be right gets its own message on the sign-up page, not
"the NIK does not match the date of birth" (issue 9 §3)."""

import datetime as dt

import pytest

from django.utils import timezone

from accounts.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.issue(9)]
PASSWORD = "ombak-laut-natuna-2026"
NIK = "2171 0141 0190 0001"  # born 1 January 1990 (a woman: day 41)
MISMATCH = "NIK tidak cocok dengan tanggal lahir"


def _signup(client, birth_date, *, prefix=""):
    return client.post(
        f"{prefix}/akun/signup/",
        {
            "email": "warga@example.id",
            "full_name": "Siti Aminah",
            "nik": NIK,
            "birth_date": birth_date,
            "phone": "+62 812-7000-1234",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def _birth_date_errors(response) -> list[str]:
    return [
        error.code
        for error in response.context["form"].errors.as_data().get("birth_date", [])
    ]


def test_a_future_date_of_birth_is_called_so_not_a_nik_mismatch(client):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)

    response = _signup(client, tomorrow.isoformat())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tanggal lahir tidak boleh di masa mendatang." in html
    assert MISMATCH not in html
    assert _birth_date_errors(response) == ["future"]
    assert "nik" not in response.context["form"].errors
    assert not User.objects.exists()


def test_a_future_date_of_birth_in_english(client):
    response = _signup(client, "2099-01-01", prefix="/en")

    html = response.content.decode()
    assert "The date of birth is in the future." in html
    assert "does not match" not in html


@pytest.mark.parametrize("birth_date", ["1899-12-31", "1850-01-01", "0990-01-01"])
def test_a_date_of_birth_before_1900_asks_to_check_the_year(client, birth_date):
    response = _signup(client, birth_date, prefix="/en")

    html = response.content.decode()
    assert response.status_code == 200
    assert "The date of birth cannot be before 1900. Check the year." in html
    assert "does not match" not in html
    assert _birth_date_errors(response) == ["too_early"]
    assert not User.objects.exists()


def test_a_date_of_birth_before_1900_is_not_a_nik_mismatch_in_indonesian(client):
    response = _signup(client, "1890-01-01")

    assert MISMATCH not in response.content.decode()
    assert _birth_date_errors(response) == ["too_early"]


def test_the_first_possible_dates_are_accepted_as_dates(client):
    """1 January 1900 and today are possible dates of birth: only the NIK's own
    check (which does not match them) speaks."""
    for birth_date in ["1900-01-01", timezone.localdate().isoformat()]:
        response = _signup(client, birth_date)
        assert _birth_date_errors(response) == []
        assert MISMATCH in response.content.decode()


def test_the_date_picker_offers_only_possible_dates(client):
    html = client.get("/akun/signup/").content.decode()
    assert 'min="1900-01-01"' in html
    assert f'max="{timezone.localdate().isoformat()}"' in html


def test_a_right_date_of_birth_signs_up(client):
    response = _signup(client, "1990-01-01")
    assert response.status_code == 302
    assert User.objects.get().birth_date == dt.date(1990, 1, 1)
