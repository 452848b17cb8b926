"""Online tickets from the citizen's account: book a day and time for a service at a
mall (or for an application that needs an in-person step), see and cancel them.

The booking form lives here rather than in queueing/forms.py: it is this screen's
alone, and the kiosk's forms are edited beside it.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_lib

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from agencies.models import Booth
from applications.models import CLOSED, Application
from mpp.exceptions import DomainError
from queueing import actions, selectors
from services.models import Service

SLOT_MINUTES = 30


class BookingForm(forms.Form):
    day = forms.TypedChoiceField(
        label=gettext_lazy("Day"), coerce=dt.date.fromisoformat, choices=()
    )
    at = forms.TypedChoiceField(
        label=gettext_lazy("Time"),
        coerce=dt.time.fromisoformat,
        choices=(),
    )
    issue_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, days: list[selectors.BookingDay], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = [
            (
                d.day.isoformat(),
                _("%(day)s (%(left)s online tickets left)")
                % {"day": _day_label(d.day), "left": d.online_left}
                if d.online_left is not None
                else _day_label(d.day),
            )
            for d in days
        ]
        earliest = min((d.opens_at for d in days), default=dt.time(8))
        latest = max((d.closes_at for d in days), default=dt.time(16))
        # Minutes since midnight, so the last slot before a late closing time
        # (23:45) cannot wrap round to 00:00 and loop for ever.
        first = earliest.hour * 60 + earliest.minute
        last = latest.hour * 60 + latest.minute
        slots = [
            (f"{m // 60:02d}:{m % 60:02d}",) * 2
            for m in range(first, last, SLOT_MINUTES)
        ]
        self.fields["at"].choices = slots


def _day_label(day: dt.date) -> str:
    return date_format(day, "l, j F Y")


def _booth_for(service: Service, mall_slug: str | None) -> Booth | None:
    booths = service.booths.filter(is_active=True, mall__is_active=True).select_related(
        "mall"
    )
    if mall_slug:
        booths = booths.filter(mall__slug=mall_slug)
    return booths.order_by("mall__name").first()


@login_required
@never_cache
def book(request: HttpRequest) -> HttpResponse:
    """GET: the form for `?service=<slug>&mall=<slug>` or `?application=<uuid>`;
    POST: book, then the ticket's page."""
    params = request.POST if request.method == "POST" else request.GET
    application = None
    if params.get("application"):
        try:
            application_uuid = uuid_lib.UUID(params["application"])
        except ValueError:
            raise Http404 from None
        application = (
            Application.objects.filter(
                uuid=application_uuid,
                citizen_id=request.user.pk,
                tracking_number__isnull=False,
            )
            .exclude(status__in=CLOSED)
            .select_related("service", "mall")
            .first()
        )
        if application is None:
            raise Http404
        service = application.service
        mall_slug = application.mall.slug
    else:
        service = Service.objects.filter(
            slug=params.get("service", ""), is_active=True
        ).first()
        mall_slug = params.get("mall")
    if service is None:
        raise Http404
    booth = _booth_for(service, mall_slug)
    if booth is None:
        raise Http404
    days = selectors.booking_days(booth=booth, service=service)
    form = BookingForm(
        request.POST if request.method == "POST" else None,
        days=days,
        initial={"issue_key": uuid_lib.uuid4()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            ticket = actions.ticket_book(
                citizen=request.user,
                booth=booth,
                service=service,
                day=form.cleaned_data["day"],
                at=form.cleaned_data["at"],
                issue_key=form.cleaned_data["issue_key"],
                application=application,
            )
        except DomainError as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                _(
                    "Ticket %(number)s booked. On arrival, check in at the kiosk "
                    "with code %(code)s."
                )
                % {"number": ticket.display_number, "code": ticket.check_in_code},
            )
            return redirect("queueing:ticket", uuid=ticket.uuid)
    return render(
        request,
        "queueing/book.html",
        {
            "form": form,
            "service": service,
            "booth": booth,
            "application": application,
            "days": days,
        },
    )


@login_required
@never_cache
def my_tickets(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "queueing/my_tickets.html",
        {"tickets": selectors.tickets_for_citizen(user=request.user)},
    )


@login_required
@require_POST
def ticket_cancel(request: HttpRequest, uuid) -> HttpResponse:
    ticket = selectors.ticket_get_for_citizen(user=request.user, uuid=uuid)
    try:
        actions.ticket_cancel(ticket=ticket, citizen=request.user)
    except DomainError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            _("Ticket %(number)s cancelled.") % {"number": ticket.display_number},
        )
    return redirect("queueing:my_tickets")
