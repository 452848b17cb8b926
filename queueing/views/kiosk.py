"""The kiosk at a mall's entrance: a touch screen with no sign-in (issue 8).

Three steps, each its own page linked by GET parameters, so it works without
JavaScript and on a slow link: the agency (`?agency=`), then its service here
(`?service=`), then an optional priority class and "Take a number", a POST with the
page's one-time `issue_key` (a double tap or a resent form returns the same ticket),
answered with 303 to the ticket's print page. An online booking checks in here too.

A kiosk is configured by its URL: `?paper=58` for a 58 mm printer (80 mm otherwise)
is carried from page to page. The browser runs in kiosk mode (Chromium
`--kiosk --kiosk-printing` prints without a dialog); static/js/kiosk.js adds an idle
return to the start, a guard against double taps and an on-screen keyboard.
"""

from __future__ import annotations

import hashlib
import uuid as uuid_lib
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from agencies.models import Booth, Mall
from mpp import pagecache
from mpp.cache import cached_under_token
from mpp.exceptions import DomainError
from queueing import actions, selectors
from queueing.actions import CODE_ALPHABET
from queueing.forms import CheckInForm, KioskIssueForm, paper_width
from queueing.models import PriorityClass, Ticket, TicketSource, TicketStatus
from services.models import Service

_AT_COUNTER = selectors.AT_COUNTER_CHANNELS


# ---------------------------------------------------------------- reads
# Kept beside the kiosk rather than in selectors.py, which this screen does not own.
def _mall_or_404(slug: str) -> Mall:
    mall = Mall.objects.filter(slug=slug, is_active=True).first()
    if mall is None:
        raise Http404
    return mall


def _kiosk_choice(mall_slug: str, service_slug: str) -> tuple | None:
    """(mall, service, booth) when the open mall `mall_slug` issues tickets for
    `service_slug` at the counter, with the open booth that serves it, else None.

    Every kiosk tap asks this, so it is cached under the catalogue's version token,
    which any write to a mall, booth, service or where it is offered replaces
    (mpp/pagecache.py): one cache round trip instead of two queries. Only found
    choices are stored, so made-up slugs cannot fill the cache."""

    def read() -> tuple | None:
        booth = (
            selectors.kiosk_booths(mall_slug=mall_slug, service_slug=service_slug)
            .select_related("mall", "agency")
            .first()
        )
        if booth is None:
            return None
        return booth.mall, Service.objects.get(slug=service_slug), booth

    seconds = settings.MPP_PUBLIC_PAGE_CACHE_SECONDS
    if not seconds:  # caching turned off
        return read()
    return cached_under_token(
        pagecache.VERSION_KEY,
        "kiosk:choice:"
        + hashlib.sha256(f"{mall_slug}\n{service_slug}".encode()).hexdigest(),
        read,
        timeout=seconds,
    )


def _ticket_of_key(value: str | None) -> Ticket | None:
    """The ticket a first tap with this `issue_key` already took, if any."""
    try:
        key = uuid_lib.UUID(str(value))
    except ValueError:
        return None
    return Ticket.objects.filter(issue_key=key).first()


def _waiting_count(outer: str, **filters) -> Coalesce:
    """People in the queue now (checked in, not called yet) for the row's `outer`
    (booth or service)."""
    waiting = (
        Ticket.objects.filter(
            day=timezone.localdate(),
            status=TicketStatus.WAITING,
            queued_at__isnull=False,
            **{outer: OuterRef("pk")},
            **filters,
        )
        .order_by()
        .values(outer)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(waiting, output_field=IntegerField()), 0)


def _booths(mall: Mall) -> QuerySet[Booth]:
    """The mall's active booths offering at least one active service at a counter,
    with how many, and the people waiting there now. One query."""
    return (
        Booth.objects.filter(
            mall=mall,
            is_active=True,
            services__is_active=True,
            services__channel__in=_AT_COUNTER,
        )
        .select_related("agency")
        .annotate(
            service_count=Count("services", distinct=True),
            waiting=_waiting_count("booth"),
        )
        .order_by("agency__short_name", "pk")
    )


def _services(mall: Mall, booth: Booth | None = None) -> QuerySet[Service]:
    """The active services offered at a counter at the mall's active booths (or at
    `booth`), each with the tickets issued today (for the quota) and the people
    waiting now. One query."""
    today = timezone.localdate()
    services = Service.objects.filter(
        is_active=True,
        channel__in=_AT_COUNTER,
        booths__mall=mall,
        booths__is_active=True,
        **({"booths": booth} if booth else {}),
    )
    issued = (
        Ticket.objects.filter(service=OuterRef("pk"), mall=mall, day=today)
        .exclude(status=TicketStatus.CANCELLED)
        .order_by()
        .values("service")
        .annotate(n=Count("pk"))
        .values("n")
    )
    # distinct(): a service linked by mistake to two booths here is listed once.
    return (
        services.distinct()
        .annotate(
            issued_today=Coalesce(Subquery(issued, output_field=IntegerField()), 0),
            waiting=_waiting_count("service", mall=mall),
        )
        .order_by("queue_prefix", "name", "pk")
    )


def _with_quota_left(services) -> list[Service]:
    services = list(services)
    for service in services:
        service.quota_left = (
            None
            if service.daily_quota is None
            else max(0, service.daily_quota - service.issued_today)
        )
    return services


# ---------------------------------------------------------------- helpers
def _kiosk_url(mall: Mall, paper: str, **params) -> str:
    query = {k: v for k, v in params.items() if v}
    if paper != "80":
        query["paper"] = paper
    url = reverse("queueing:kiosk", args=[mall.slug])
    return f"{url}?{urlencode(query)}" if query else url


def _start_url(mall: Mall, paper: str) -> str:
    """The first step in the portal's language: where the next citizen starts."""
    with translation.override(settings.LANGUAGE_CODE):
        return _kiosk_url(mall, paper)


def _to_print(ticket: Ticket | uuid_lib.UUID, paper: str) -> HttpResponse:
    """303 See Other to the ticket's print page (`ticket`, or its uuid), in kiosk
    mode (printed at once, then back to the start)."""
    query = urlencode({"kiosk": 1, "paper": paper})
    uuid = ticket if isinstance(ticket, uuid_lib.UUID) else ticket.uuid
    url = reverse("queueing:ticket_print", args=[uuid])
    return HttpResponseRedirect(f"{url}?{query}", status=303)


def _layout(mall: Mall, paper: str) -> dict:
    return {
        "mall": mall,
        "paper": paper,
        "start_url": _kiosk_url(mall, paper),
        "idle_url": _start_url(mall, paper),
        "check_in_url": reverse("queueing:check_in", args=[mall.slug])
        + (f"?{urlencode({'paper': paper})}" if paper != "80" else ""),
        "today": timezone.localdate(),
    }


def _render_kiosk(
    request: HttpRequest,
    mall: Mall,
    *,
    paper: str,
    agency: str = "",
    service: str = "",
    error: str = "",
) -> HttpResponse:
    """The step the parameters lead to: an unknown agency or service (an old page,
    a service closed meanwhile) falls back to the step before."""
    context = _layout(mall, paper) | {"error": error}
    booth = None
    if agency:
        booth = _booths(mall).filter(agency__slug=agency).first()
    if booth is None:
        booths = list(_booths(mall))
        for each in booths:
            each.url = _kiosk_url(mall, paper, agency=each.agency.slug)
        context |= {"step": 1, "booths": booths}
        return render(request, "queueing/kiosk.html", context)
    services = _with_quota_left(_services(mall, booth))
    for each in services:
        each.url = _kiosk_url(mall, paper, agency=booth.agency.slug, service=each.slug)
    chosen = next((s for s in services if s.slug == service), None)
    context |= {
        "booth": booth,
        "back_url": _kiosk_url(mall, paper),
        "agency_url": _kiosk_url(mall, paper, agency=booth.agency.slug),
    }
    if chosen is None or chosen.quota_left == 0:
        context |= {"step": 2, "services": services}
        return render(request, "queueing/kiosk.html", context)
    form = KioskIssueForm(
        initial={
            "service": chosen.slug,
            "priority": PriorityClass.NONE,
            "issue_key": uuid_lib.uuid4(),
            "paper": paper,
        },
        find_service=lambda slug: None,  # shown, not validated
    )
    context |= {
        "step": 3,
        "service": chosen,
        "form": form,
        "priorities": [
            (value, label)
            for value, label in PriorityClass.choices
            if value != PriorityClass.NONE
        ],
        "back_url": context["agency_url"],
    }
    return render(request, "queueing/kiosk.html", context)


# ---------------------------------------------------------------- views
@require_safe
@never_cache
def kiosk(request: HttpRequest, mall: str) -> HttpResponse:
    """Step 1 (agencies), 2 (`?agency=`: its services) or 3 (`&service=`: priority
    and the button) of taking a number."""
    return _render_kiosk(
        request,
        _mall_or_404(mall),
        paper=paper_width(request.GET.get("paper")),
        agency=request.GET.get("agency", ""),
        service=request.GET.get("service", ""),
    )


@require_POST
@never_cache
def kiosk_issue(request: HttpRequest, mall: str) -> HttpResponse:
    """Take a number, then the print page (303). A refusal (quota used up, a
    service closed meanwhile) shows its reason on the kiosk and writes nothing."""
    form = KioskIssueForm(request.POST)  # the service is looked up below
    paper = paper_width(request.POST.get("paper"))
    chosen = None
    if form.is_valid():
        data = form.cleaned_data
        # The usual tap in one statement (PostgreSQL, a service without a quota).
        taken = actions.ticket_take_at_kiosk(
            mall_slug=mall,
            service_slug=data["service"],
            issue_key=data["issue_key"],
            priority=data["priority"],
            priority_reason=data["priority_reason"],
        )
        if taken is not None:
            return _to_print(taken, data["paper"])
        chosen = _kiosk_choice(mall, data["service"])
    if chosen is None:  # an unknown service, or one no longer offered here
        # ... unless this is the second tap of a page whose first tap took a
        # ticket just before the service closed: that ticket, as for any double tap
        first = _ticket_of_key(request.POST.get("issue_key"))
        if first is not None:
            return _to_print(first, paper)
        return _render_kiosk(
            request,
            _mall_or_404(mall),
            paper=paper,
            agency=request.POST.get("agency", ""),
            error=_(
                "This service cannot be chosen at this kiosk now. Please choose again."
            ),
        )
    the_mall, service, booth = chosen
    try:
        ticket = actions.ticket_issue(
            booth=booth,
            service=service,
            offering_checked=True,
            issue_key=form.cleaned_data["issue_key"],
            source=TicketSource.KIOSK,
            priority=form.cleaned_data["priority"],
            priority_reason=form.cleaned_data["priority_reason"],
        )
    except DomainError as refused:
        return _render_kiosk(
            request, the_mall, paper=paper, agency=booth.agency.slug, error=str(refused)
        )
    return _to_print(ticket, form.cleaned_data["paper"])


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def kiosk_check_in(request: HttpRequest, mall: str) -> HttpResponse:
    """An online booking's holder arrives: the code (typed, or `?code=` from the QR
    code on the booking's page) puts the ticket in the queue, then the print page.
    Checking in twice changes nothing and says so."""
    the_mall = _mall_or_404(mall)
    params = request.POST if request.method == "POST" else request.GET
    paper = paper_width(params.get("paper"))
    already = None
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            try:
                ticket = actions.ticket_find_for_check_in(
                    mall_id=the_mall.pk,
                    code=form.cleaned_data["code"],
                    day=timezone.localdate(),
                )
                was_checked_in = ticket.queued_at is not None
                ticket = actions.ticket_check_in(ticket=ticket)
            except DomainError as refused:
                form.add_error("code", str(refused))
            else:
                if not was_checked_in:
                    return _to_print(ticket, paper)
                already = ticket
    else:
        form = CheckInForm(initial={"code": params.get("code", "")[:20]})
    context = _layout(the_mall, paper) | {
        "form": form,
        "already": already,
        "reprint_url": (
            reverse("queueing:ticket_print", args=[already.uuid])
            + "?"
            + urlencode({"kiosk": 1, "paper": paper})
            if already
            else ""
        ),
        "keys": CODE_ALPHABET,
    }
    return render(request, "queueing/kiosk_check_in.html", context)
