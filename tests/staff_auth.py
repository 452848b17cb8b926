"""Signing staff in for tests, the way the portal requires it.

Staff must have passed their second factor to reach /petugas/ or /admin/ (issue 7 §3);
tests that are not about sign-in use `sign_in_staff` instead of `client.force_login`
so that they keep working however that check is made.
"""

import time

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal import auth as totp_auth

from django.test import Client, RequestFactory

# A test authenticator's secret (base32), as a phone app would hold it.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def totp_code(secret: str = TOTP_SECRET, at: float | None = None) -> str:
    """The code an authenticator app with `secret` shows at `at` (default: now)."""
    at = time.time() if at is None else at
    counter = int(at // mfa_settings.TOTP_PERIOD)
    return totp_auth.format_hotp_value(totp_auth.hotp_value(secret, counter))


def enrol_totp(user, secret: str = TOTP_SECRET) -> Authenticator:
    """Give `user` an authenticator app and recovery codes (kept if they have one)."""
    totp = Authenticator.objects.filter(
        user_id=user.pk, type=Authenticator.Type.TOTP
    ).first()
    if totp is None:
        totp = totp_auth.TOTP.activate(user, secret).instance
    RecoveryCodes.activate(user)
    return totp


def sign_in_staff(client: Client, user) -> None:
    """Sign `user` in as a password and an authenticator code would: enrol an
    authenticator if they have none, then record both steps in the session with
    allauth's own calls (the records accounts.mfa checks)."""
    totp = enrol_totp(user)
    client.force_login(user)
    request = RequestFactory().get("/")
    request.user = user
    request.session = client.session
    record_authentication(request, user, method="password", email=user.email)
    post_authentication(request, totp)
    request.session.save()
