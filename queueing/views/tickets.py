"""A ticket's public pages, by its unguessable id (issue 8): the page a citizen opens
on their phone from the QR code, its live place in the queue, and the paper ticket.

They show no personal data (no name, no NIK, not even the priority class: a
disability is health data), so the id is the only key, as for the display board.

The ticket page polls `ticket_place` every ten seconds (static/js/ticket.js) with
If-None-Match; the ETag is a hash of what the partial shows (status, counter, people
ahead, the wait), so an unchanged place is a 304 with no body. Polling stops once
the ticket has left the queue (called, or finished).
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from mpp.qr import qr_svg
from queueing import selectors
from queueing.forms import paper_width
from queueing.models import Ticket, TicketStatus

T = TicketStatus
#: How often the ticket page asks for its place, in seconds.
POLL_SECONDS = 10
#: The ticket's counter is shown in these.
_AT_A_COUNTER = {T.CALLED, T.SERVING, T.PARKED}


def _is_booked_not_checked_in(ticket: Ticket) -> bool:
    return ticket.status == T.WAITING and ticket.queued_at is None


def _place_context(request: HttpRequest, ticket: Ticket) -> dict:
    """What the `_ticket_place.html` partial shows, and its ETag."""
    place = selectors.ticket_place(ticket)
    transferred_to = (
        Ticket.objects.filter(transferred_from=ticket).only("uuid", "prefix", "number")
        if ticket.status == T.TRANSFERRED
        else Ticket.objects.none()
    ).first()
    booked = _is_booked_not_checked_in(ticket)
    check_in_qr = ""
    if booked and ticket.check_in_code:
        check_in_url = request.build_absolute_uri(
            reverse("queueing:check_in", args=[ticket.mall.slug])
        )
        check_in_qr = qr_svg(
            f"{check_in_url}?{urlencode({'code': ticket.check_in_code})}",
            scale=4,
            title=ticket.check_in_code,
        )
    state = "|".join(
        str(part)
        for part in (
            ticket.status,
            ticket.counter_id,
            ticket.queued_at,
            place,
            transferred_to.pk if transferred_to else "",
        )
    )
    return {
        "ticket": ticket,
        "place": place,
        "booked": booked,
        "check_in_qr": check_in_qr,
        "transferred_to": transferred_to,
        "at_counter": ticket.status in _AT_A_COUNTER and ticket.counter_id,
        "polling": ticket.status == T.WAITING,
        "poll_seconds": POLL_SECONDS,
        "etag": f'"{hashlib.blake2s(state.encode(), digest_size=8).hexdigest()}"',
    }


def _no_cache(response: HttpResponse, etag: str) -> HttpResponse:
    """Any cache must ask again each time (a place is only good for now)."""
    response["ETag"] = etag
    patch_cache_control(response, no_cache=True)
    return response


@require_safe
def ticket_detail(request: HttpRequest, uuid) -> HttpResponse:
    """The citizen's ticket page: number, service, mall, status in words and, while
    waiting, the people ahead and the wait as a range, kept up to date."""
    ticket = selectors.ticket_get_public(uuid=uuid)
    context = _place_context(request, ticket)
    response = render(request, "queueing/ticket_detail.html", context)
    return _no_cache(response, context["etag"])


@require_safe
def ticket_place(request: HttpRequest, uuid) -> HttpResponse:
    """The ticket page's live part (`_ticket_place.html`); 304 while unchanged."""
    ticket = selectors.ticket_get_public(uuid=uuid)
    context = _place_context(request, ticket)
    not_modified = get_conditional_response(request, etag=context["etag"])
    if not_modified is not None:
        return _no_cache(not_modified, context["etag"])
    response = render(request, "queueing/_ticket_place.html", context)
    return _no_cache(response, context["etag"])


@require_safe
def ticket_print(request: HttpRequest, uuid) -> HttpResponse:
    """The paper ticket, printed by the browser on a 80 mm (or `?paper=58`) thermal
    printer. From the kiosk (`?kiosk=1`) it prints itself and returns to the kiosk's
    first step after a few seconds, for the next citizen."""
    ticket = selectors.ticket_get_public(uuid=uuid)
    paper = paper_width(request.GET.get("paper"))
    from_kiosk = request.GET.get("kiosk") == "1"
    ticket_url = request.build_absolute_uri(
        reverse("queueing:ticket", args=[ticket.uuid])
    )
    kiosk_url = ""
    if from_kiosk:
        with translation.override(settings.LANGUAGE_CODE):
            kiosk_url = reverse("queueing:kiosk", args=[ticket.mall.slug])
        if paper != "80":
            kiosk_url += "?" + urlencode({"paper": paper})
    response = render(
        request,
        "queueing/ticket_print.html",
        {
            "ticket": ticket,
            "place": selectors.ticket_place(ticket),
            "booked": _is_booked_not_checked_in(ticket),
            "ticket_url": ticket_url,
            "qr": qr_svg(ticket_url, scale=4, title=ticket.display_number),
            "paper": paper,
            "from_kiosk": from_kiosk,
            "kiosk_url": kiosk_url,
            "return_seconds": 15,
        },
    )
    patch_cache_control(response, no_cache=True)
    return response
