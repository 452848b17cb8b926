from urllib.parse import urlencode

from allauth.account.utils import get_next_redirect_url
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.views import ViewRecoveryCodesView
from allauth.mfa.totp.views import ActivateTOTPView

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import ProfileForm


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile(request) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile was saved."))
        response = redirect("accounts:profile")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            user.preferred_language,
            max_age=365 * 86400,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
    return render(request, "accounts/profile.html", {"form": form})


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login(request: HttpRequest) -> HttpResponse:
    """`/admin/login/` never checks a password itself: everyone signs in through the
    portal's sign-in, which is throttled per account, address and device (and will ask
    staff for their second factor). A POST here is not read, only redirected."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    next_url = next_url or reverse("admin:index")
    if request.user.is_authenticated:
        # Signed in but not allowed into the admin (the admin sent them here):
        # sending them to the sign-in page would bounce straight back.
        messages.error(request, _("Your account has no access to the administration."))
        return redirect("services:home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


class TotpActivateView(ActivateTOTPView):
    """allauth's authenticator activation, which also counts as passing the second
    factor in this session (the code just typed proves the phone) and goes on to the
    recovery codes, then to `?next=` (where accounts.mfa sent a staff member from)."""

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["next_url"] = get_next_redirect_url(self.request) or ""
        return context

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        totp = Authenticator.objects.get(
            user_id=self.request.user.pk, type=Authenticator.Type.TOTP
        )
        post_authentication(self.request, totp)
        return response

    def get_success_url(self) -> str:
        next_url = get_next_redirect_url(self.request)
        url = super().get_success_url()
        if next_url and self.did_generate_recovery_codes:
            return f"{url}?{urlencode({'next': next_url})}"
        return next_url or url


class RecoveryCodesView(ViewRecoveryCodesView):
    """allauth's recovery codes page, with a way on to `?next=`."""

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["next_url"] = get_next_redirect_url(self.request) or ""
        return context


totp_activate = TotpActivateView.as_view()
recovery_codes = RecoveryCodesView.as_view()
