from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from notifications import actions, selectors


class MarkReadForm(forms.Form):
    # The newest notification the page showed: one that arrives later stays unread.
    up_to = forms.IntegerField(min_value=1, max_value=2**63 - 1, required=False)


@login_required
@require_safe
def notification_list(request) -> HttpResponse:
    page = Paginator(
        selectors.notification_list_for(user=request.user), settings.MPP_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)  # one query, read twice below
    context = {
        "page": page,
        "newest": page.object_list[0].pk if page.object_list else None,
        "any_unread": any(n.read_at is None for n in page.object_list),
    }
    return render(request, "notifications/notification_list.html", context)


@login_required
@require_POST
def notification_mark_read(request) -> HttpResponse:
    form = MarkReadForm(request.POST)
    up_to = form.cleaned_data["up_to"] if form.is_valid() else None
    actions.notification_mark_read(recipient=request.user, up_to_id=up_to)
    messages.success(request, _("Notifications marked as read."))
    return redirect("notifications:list")
