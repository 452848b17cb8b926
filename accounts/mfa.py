"""Staff sign in with a second factor (RELIABILITY 6, issue 7 §3).

Officers see citizens' documents, so every staff account must use an authenticator
app (TOTP, from django-allauth's `allauth.mfa`) to reach the back office
(`/petugas/`) and the administration (`/admin/`), in any language (`/en/...`).
`SecondFactorMiddleware` decides, for a signed-in staff member on such a URL:

1. no TOTP authenticator yet: to allauth's activation page (which asks for the
   password again first, as allauth does before any change of factors), then back;
2. an authenticator, but this session never passed it (allauth keeps the methods a
   session authenticated with; a sign-in with the code or a reauthentication with
   it leaves an "mfa" record): to allauth's code page (`mfa_reauthenticate`), then
   back;
3. otherwise on to the page.

The pages it sends people to are outside `/petugas/` and `/admin/`, so it cannot
loop, and signing out (`/akun/logout/`, `/admin/logout/`) is always reachable.
Citizens are never asked, but may opt in from their profile.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django_htmx.http import HttpResponseClientRedirect

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _

from agencies import permissions

_PROTECTED = re.compile(r"^/(?:petugas|admin)(?:/|$)")
_ALWAYS_OPEN = ("/admin/logout/",)


def requires_second_factor(user) -> bool:
    """Whether `user` works for the malls (a role at an open booth, a mall manager, a
    provincial admin, any `is_staff` account), and so must use a second factor for
    the back office and the administration.

    Asks agencies.permissions, the one place that reads roles: the actor is kept on
    the user, so the back office's own check costs no second query."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser or user.is_provincial_admin:
        return True
    return permissions.actor_for(user).is_staff_member


def is_staff_path(path: str) -> bool:
    """`/petugas/...` and `/admin/...`, with or without a language prefix."""
    language = get_language_from_path(path)
    if language:
        path = path.removeprefix(f"/{language}")
    return bool(_PROTECTED.match(path)) and not path.startswith(_ALWAYS_OPEN)


def has_totp(user) -> bool:
    return Authenticator.objects.filter(
        user_id=user.pk, type=Authenticator.Type.TOTP
    ).exists()


def passed_second_factor(request: HttpRequest) -> bool:
    """Whether this session authenticated with the user's second factor (at sign-in
    or since), as recorded by allauth."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def _redirect(request: HttpRequest, url_name: str) -> HttpResponse:
    query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
    url = f"{reverse(url_name)}?{query}"
    if request.headers.get("HX-Request") == "true":
        # An htmx request would swap the code page into a fragment: reload instead.
        return HttpResponseClientRedirect(url)
    return HttpResponseRedirect(url)


class SecondFactorMiddleware:
    """Send staff without a passed second factor away from /petugas/ and /admin/."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            is_staff_path(request.path_info)
            and requires_second_factor(request.user)
            # Passed in this session: nothing to query. Staff cannot remove their
            # authenticator (StaffMFAAdapter), so a pass stays backed by one.
            and not passed_second_factor(request)
        ):
            if not has_totp(request.user):
                messages.warning(
                    request,
                    _(
                        "Staff accounts must use a second factor. Set up an "
                        "authenticator app on your phone to continue."
                    ),
                )
                return _redirect(request, "mfa_activate_totp")
            messages.info(
                request,
                _(
                    "Enter the code from your authenticator app (or a recovery "
                    "code) to continue."
                ),
            )
            return _redirect(request, "mfa_reauthenticate")
        return self.get_response(request)


class StaffMFAAdapter(DefaultMFAAdapter):
    """Staff keep their authenticator app: removing it would leave the back office
    to a password alone (and a session that passed it still open). A lost phone is
    the provincial admin's to reset, in the admin."""

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type == Authenticator.Type.TOTP and requires_second_factor(
            authenticator.user
        ):
            return False
        return super().can_delete_authenticator(authenticator)
