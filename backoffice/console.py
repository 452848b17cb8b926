"""The counter console: an officer opens their counter, calls the next ticket, recalls,
serves, finishes, sets aside, transfers and closes (issue 8).

Every change is a POST to `act` with the ticket the console showed (`expected`, and
`ticket` for the held one): a second tab or a lost answer gets "the counter changed"
and the current state, never a second ticket (queueing/actions.py). htmx swaps the
console in place; without JavaScript each action redirects back with a message.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from agencies.models import Booth
from agencies.permissions import actor_for
from backoffice.views import _header, staff_required
from mpp.exceptions import DomainError
from queueing import actions, selectors
from queueing.models import Counter, TicketStatus
from services.models import Service


@staff_required
@never_cache
@require_safe
def counters(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    return render(
        request,
        "backoffice/counters.html",
        {"counters": selectors.counters_for_staff(user=request.user), **_header(actor)},
    )


def _context(request: HttpRequest, counter: Counter, *, today: bool, **extra) -> dict:
    """What the console shows; each list only when its form is on the page (the
    console answers every click of a busy counter). `today`: with the "Today"
    panel (the page); a click's answer leaves it out, as the browser keeps the
    panel it shows, which refreshes itself (`today` below)."""
    state = (
        selectors.console_state(counter=counter)
        if today
        else selectors.console_desk(counter=counter)
    )
    booth = counter.booth
    held = state["held"]
    return {
        **_header(actor_for(request.user)),
        "counter": counter,
        **state,
        # The services to open the counter with, while it is closed.
        "offered": (
            list(
                booth.services.filter(is_active=True).only("pk", "name", "queue_prefix")
            )
            if state["session"] is None
            else []
        ),
        # Transfers, while a ticket is being served: the mall's open booths' services.
        "transfer_targets": (
            _transfer_targets(booth)
            if held is not None and held.status == TicketStatus.SERVING
            else []
        ),
        **extra,
    }


def _transfer_targets(booth: Booth) -> list[tuple[str, str]]:
    """("<booth id>:<service id>", "Agency – Service") for the mall's open booths."""
    services = (
        Service.booths.through.objects.filter(
            booth__mall_id=booth.mall_id,
            booth__is_active=True,
            service__is_active=True,
        )
        .values_list(
            "booth_id", "service_id", "service__agency__short_name", "service__name"
        )
        .order_by("service__agency__short_name", "service__name")
    )
    return [
        (f"{booth_id}:{service_id}", f"{agency} – {name}")
        for booth_id, service_id, agency, name in services
    ]


@staff_required
@never_cache
@require_safe
def console(request: HttpRequest, counter_id: int) -> HttpResponse:
    counter = selectors.counter_get_for_staff(user=request.user, counter_id=counter_id)
    template = (
        "backoffice/_console.html"
        if request.htmx and not request.htmx.boosted
        else "backoffice/console.html"
    )
    return render(request, template, _context(request, counter, today=True))


@staff_required
@never_cache
@require_safe
def today(request: HttpRequest, counter_id: int) -> HttpResponse:
    """The console's "Today" panel, polled by the console every 10 s: people
    waiting for the counter's services and its figures of the day. Counting
    10,000 waiting tickets on every click of 50 counters cost more than the click
    itself; a few seconds' delay on these figures costs nothing."""
    counter = selectors.counter_get_for_staff(user=request.user, counter_id=counter_id)
    session = selectors.counter_open_session(counter=counter, with_services=True)
    return render(
        request,
        "backoffice/_console_today.html",
        {
            "session": session,
            **selectors.console_today(counter=counter, session=session),
        },
    )


# ---------------------------------------------------------------- actions
def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        raise DomainError(_("The form was damaged. Reload the page.")) from None


def _open(request, counter):
    chosen = {_int(v) for v in request.POST.getlist("services")}
    services = list(counter.booth.services.filter(pk__in=chosen - {None}))
    actions.counter_open(counter=counter, officer=request.user, services=services)
    return _("Counter %(number)s is open.") % {"number": counter.number}


def _close(request, counter):
    actions.counter_close(counter=counter, officer=request.user)
    return _("Counter %(number)s is closed.") % {"number": counter.number}


def _call(request, counter):
    ticket = actions.ticket_call_next(
        counter=counter,
        officer=request.user,
        expected_ticket=_int(request.POST.get("expected")),
    )
    if ticket is None:
        return _("Nobody is waiting for this counter's services.")
    return _("Called %(number)s.") % {"number": ticket.display_number}


def _held_action(function, message):
    def act(request, counter):
        ticket = function(
            counter=counter,
            officer=request.user,
            ticket_id=_int(request.POST.get("ticket")),
        )
        return message % {"number": ticket.display_number}

    return act


def _finish(request, counter):
    ticket = actions.ticket_finish(
        counter=counter,
        officer=request.user,
        ticket_id=_int(request.POST.get("ticket")),
        outcome=request.POST.get("outcome", ""),
    )
    return _("%(number)s is done.") % {"number": ticket.display_number}


def _recall(request, counter):
    ticket = actions.ticket_recall(
        counter=counter,
        officer=request.user,
        ticket_id=_int(request.POST.get("ticket")),
    )
    if ticket.status == "no_show":
        return _("%(number)s did not come after the last call.") % {
            "number": ticket.display_number
        }
    return _("Called %(number)s again.") % {"number": ticket.display_number}


def _resume(request, counter):
    ticket = actions.ticket_resume(
        counter=counter,
        officer=request.user,
        ticket_id=_int(request.POST.get("ticket")),
        expected_ticket=_int(request.POST.get("expected")),
    )
    return _("Serving %(number)s again.") % {"number": ticket.display_number}


def _transfer(request, counter):
    booth_id, _sep, service_id = request.POST.get("target", "").partition(":")
    booth = Booth.objects.filter(
        pk=_int(booth_id), mall_id=counter.booth.mall_id, is_active=True
    ).first()
    service = Service.objects.filter(pk=_int(service_id), is_active=True).first()
    if booth is None or service is None:
        raise DomainError(_("Choose where to send the ticket."))
    new = actions.ticket_transfer(
        counter=counter,
        officer=request.user,
        ticket_id=_int(request.POST.get("ticket")),
        service=service,
        booth=booth,
    )
    return _("Transferred: the new number is %(number)s.") % {
        "number": new.display_number
    }


#: Indonesian slugs in the URL, as the back office's other actions.
ACTIONS = {
    "buka": _open,
    "tutup": _close,
    "panggil": _call,
    "panggil-ulang": _recall,
    "mulai": _held_action(actions.ticket_start, gettext_lazy("Serving %(number)s.")),
    "selesai": _finish,
    "tidak-hadir": _held_action(
        actions.ticket_no_show, gettext_lazy("%(number)s marked as not present.")
    ),
    "tunda": _held_action(actions.ticket_park, gettext_lazy("%(number)s set aside.")),
    "lanjut": _resume,
    "alihkan": _transfer,
}


@staff_required
@require_POST
def act(request: HttpRequest, counter_id: int, action: str) -> HttpResponse:
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404
    counter = selectors.counter_get_for_staff(user=request.user, counter_id=counter_id)
    error = done = ""
    try:
        done = handler(request, counter)
    except DomainError as refused:
        error = str(refused)
    if request.htmx:
        return render(
            request,
            "backoffice/_console.html",
            _context(request, counter, today=False, notice=done, error=error),
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, done)
    return redirect("backoffice:console", counter_id=counter.pk)
