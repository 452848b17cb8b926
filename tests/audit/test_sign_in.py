"""Issue 7 §4: every sign-in and every failed one is in the audit trail; a failure
keeps the attempted login masked and never the password."""

import json

import pytest

from django.contrib.auth import authenticate
from django.test import Client

from accounts.models import User
from audit.models import AuditAction, AuditEvent, AuditRole
from audit.receivers import mask_login
from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]
WRONG = "bukan-kata-sandinya"
ADDRESS = "198.51.100.23"


def _verified(**kwargs) -> User:
    user = UserFactory(**kwargs)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def _login(client: Client, login: str, password: str):
    return client.post(
        "/akun/login/", {"login": login, "password": password}, REMOTE_ADDR=ADDRESS
    )


def test_a_sign_in_is_recorded_with_who_and_from_where():
    # given
    citizen = _verified(email="warga.uji@example.id")
    client = Client()

    # when
    response = _login(client, citizen.email, PASSWORD)

    # then
    assert response.status_code == 302
    event = AuditEvent.objects.get()
    assert event.action == AuditAction.SIGN_IN
    assert (event.actor_id, event.role, event.ip) == (
        citizen.pk,
        AuditRole.CITIZEN,
        ADDRESS,
    )
    assert event.actor_label == f"{citizen.full_name} <warga.uji@example.id>"


@pytest.mark.parametrize("_case", ["wrong_password", "unknown_account"])
def test_a_failed_sign_in_keeps_the_login_masked_and_no_password(_case):
    # given
    citizen = _verified(email="warga.uji@example.id")
    login = citizen.email if _case == "wrong_password" else "wahyu.lain@example.id"
    client = Client()

    # when
    response = _login(client, login, WRONG)

    # then
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get()
    assert event.action == AuditAction.SIGN_IN_FAILED
    assert (event.actor_id, event.actor_label, event.role, event.ip) == (
        None,
        "",
        AuditRole.ANONYMOUS,
        ADDRESS,
    )
    assert event.detail == {"login": login[:2] + "***@example.id"}
    stored = json.dumps([event.object_repr, event.actor_label, event.detail])
    assert WRONG not in stored
    assert login not in stored


def test_a_failure_without_a_request_is_recorded_too():
    # when
    user = authenticate(email="warga.uji@example.id", password=WRONG)

    # then
    assert user is None
    event = AuditEvent.objects.get()
    assert (event.action, event.role, event.ip) == (
        AuditAction.SIGN_IN_FAILED,
        AuditRole.SYSTEM,
        None,
    )
    assert event.detail == {"login": "wa***@example.id"}


@pytest.mark.parametrize(
    "login, masked",
    [
        ("warga@demo.mpp.id", "wa***@demo.mpp.id"),
        ("  W@demo.mpp.id ", "W***@demo.mpp.id"),
        ("081234567890", "08***"),
        ("", "***"),
        ("x" * 300 + "@example.id", "xx***@example.id"),
    ],
)
def test_the_login_is_masked(login, masked):
    assert mask_login(login) == masked
