"""The verification e-mail greets with the portal's name, not with the address the
request came to ("Halo dari 127.0.0.1:8101!"), in the language of the sign-up
(issue 9 §3)."""

import pytest

from django.core import mail

pytestmark = [pytest.mark.django_db, pytest.mark.issue(9)]
PASSWORD = "ombak-laut-natuna-2026"


def _signup(client, *, prefix="", email="warga@example.id"):
    response = client.post(
        f"{prefix}/akun/signup/",
        {
            "email": email,
            "full_name": "Siti Aminah",
            "nik": "2171 0141 0190 0001",
            "birth_date": "1990-01-01",
            "phone": "+62 812-7000-1234",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        HTTP_HOST="127.0.0.1:8101",
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def test_the_verification_email_greets_with_the_portals_name_in_indonesian(client):
    message = _signup(client)

    lines = message.body.splitlines()
    assert lines[0] == "Halo dari Portal MPP Kepulauan Riau!"
    assert "Terima kasih telah menggunakan Portal MPP Kepulauan Riau." in message.body
    assert "Halo dari 127.0.0.1" not in message.body
    # the link to confirm is there, on the address the citizen used
    assert "http://127.0.0.1:8101/akun/confirm-email/" in message.body


def test_the_verification_email_is_in_english_for_an_english_sign_up(client):
    message = _signup(client, prefix="/en")

    lines = message.body.splitlines()
    assert lines[0] == "Hello from the MPP Kepulauan Riau portal!"
    assert "This e-mail address was used to sign up on the MPP Kepulauan Riau" in (
        message.body
    )
    assert "Thank you for using the MPP Kepulauan Riau portal." in message.body
    assert "http://127.0.0.1:8101/en/akun/confirm-email/" in message.body
    assert "Hello from 127.0.0.1" not in message.body
    assert message.subject.startswith("[MPP Kepri] ")


def test_other_account_emails_greet_with_the_portals_name_too(client):
    """A password reset extends the same base message."""
    from tests.accounts.factories import UserFactory

    user = UserFactory(email="warga@example.id")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)

    client.post(
        "/en/akun/password/reset/",
        {"email": user.email},
        HTTP_HOST="127.0.0.1:8101",
    )

    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.startswith("Hello from the MPP Kepulauan Riau portal!")
