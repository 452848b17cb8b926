from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile(request) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile was saved."))
        response = redirect("accounts:profile")
        response.set_cookie(
            "mpp_language", user.preferred_language, samesite="Lax", max_age=365 * 86400
        )
        return response
    return render(request, "accounts/profile.html", {"form": form})
