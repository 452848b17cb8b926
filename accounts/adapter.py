"""The portal's django-allauth adapter: sign-in throttling per account, address and
known device (accounts.throttle) in place of allauth's per-address login limit."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter

from django import forms
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import ngettext

from accounts import throttle
from agencies import permissions


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        # Replaces allauth's "login_failed" limit for passwords; that limit still
        # guards second-factor codes, keyed per user.
        login = credentials.get("email") or credentials.get("username") or ""
        self._attempt = throttle.LoginAttempt(request=request, login=login)
        wait = self._attempt.start()
        if wait:
            minutes = max(1, round(wait / 60))
            raise forms.ValidationError(
                ngettext(
                    "Too many failed sign-in attempts. Try again in %(minutes)d "
                    "minute, or reset your password.",
                    "Too many failed sign-in attempts. Try again in %(minutes)d "
                    "minutes, or reset your password.",
                    minutes,
                )
                % {"minutes": minutes},
                code="too_many_login_attempts",
            )

    def _rollback_login_failed_rl_usage(self) -> None:
        # allauth calls this after a correct password.
        attempt = getattr(self, "_attempt", None)
        if attempt:
            attempt.succeeded()

    def _delete_login_attempts_cached_email(
        self, request: HttpRequest, **credentials: Any
    ) -> None:
        # allauth calls this after a successful password reset.
        super()._delete_login_attempts_cached_email(request, **credentials)
        throttle.clear_account(credentials.get("email") or "")

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Staff land in the back office, citizens on their applications (a `next`
        parameter, e.g. from /admin/, still wins: allauth reads it first)."""
        if permissions.actor_for(request.user).is_staff_member:
            return reverse("backoffice:inbox")
        return super().get_login_redirect_url(request)

    def post_login(self, request: HttpRequest, user, **kwargs: Any) -> HttpResponse:
        response = super().post_login(request, user, **kwargs)
        throttle.remember_device(request, response, user.email)
        # Shown as the header's "Petugas" link without a query on every page; the
        # back office itself asks agencies.permissions on each request.
        request.session["mpp_staff"] = permissions.actor_for(user).is_staff_member
        return response
