"""Complaints: the citizen's form, confirmation, tracking and list; the back
office's list, detail and actions. Reads are scoped selectors (others get 404,
recorded by audit.middleware.ScopedNotFoundMiddleware), writes are actions."""

import uuid as uuid_lib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from agencies.models import Booth
from agencies.permissions import actor_for
from applications.views import file_response
from audit.actions import audit_record
from audit.models import AuditAction
from backoffice.views import _expected, _header, staff_required
from complaints import actions, selectors
from complaints.forms import (
    AnswerForm,
    ClassifyForm,
    ComplaintForm,
    RejectForm,
    TrackForm,
)
from complaints.models import CLOCK_RUNNING, OPEN, ComplaintStatus
from mpp.exceptions import DomainError
from mpp.ratelimit import rate_limited

S = ComplaintStatus
PAGE_SIZE = 20
_SESSION_KEY = "complaints_sent"
# Complaints a connection may send: a flood guard, generous for a shared address.
SUBMIT_LIMIT, SUBMIT_PERIOD = 10, 3600


# ---------------------------------------------------------------- citizen
def _about(request: HttpRequest) -> dict:
    """What the complaint is about, from ?application= / ?ticket= / ?service=: only
    the signed-in citizen's own application or ticket counts (others are ignored)."""
    user = request.user
    about = {"application": None, "ticket": None, "service": None, "booth": None}
    source = request.POST if request.method == "POST" else request.GET
    try:
        if source.get("application"):
            application = selectors.application_of(
                citizen=user, uuid=uuid_lib.UUID(source["application"])
            )
            if application is not None:
                about |= {
                    "application": application,
                    "service": application.service,
                    "booth": actions.booth_for(
                        mall=application.mall, agency=application.service.agency
                    ),
                }
        elif source.get("ticket"):
            ticket = selectors.ticket_of(
                citizen=user, uuid=uuid_lib.UUID(source["ticket"])
            )
            if ticket is not None:
                about |= {
                    "ticket": ticket,
                    "service": ticket.service,
                    "booth": ticket.booth,
                }
    except ValueError:  # not a UUID
        pass
    if about["service"] is None and source.get("service"):
        about["service"] = selectors.service_by_slug(source["service"])
    return about


def _booths(service) -> object:
    booths = Booth.objects.filter(is_active=True, mall__is_active=True)
    if service is not None:
        booths = booths.filter(services=service)
    return booths.select_related("mall", "agency").order_by(
        "mall__name", "agency__short_name"
    )


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def complaint_new(request: HttpRequest) -> HttpResponse:
    """Anyone may complain, signed in or not; attachments are optional."""
    about = _about(request)
    limited = False
    form = ComplaintForm(
        request.POST or None,
        request.FILES or None,
        booths=_booths(about["service"]),
        fixed_booth=about["booth"],
        initial={"submit_key": uuid_lib.uuid4()},
    )
    if request.method == "POST":
        limited = rate_limited(
            request, key="complaint", limit=SUBMIT_LIMIT, period=SUBMIT_PERIOD
        )
        if not limited and form.is_valid():
            data = form.cleaned_data
            citizen = request.user if request.user.is_authenticated else None
            try:
                complaint = actions.complaint_submit(
                    booth=data["booth"],
                    text=data["text"],
                    submit_key=data["submit_key"],
                    citizen=citizen,
                    service=about["service"],
                    application=about["application"],
                    ticket=about["ticket"],
                    contact_name=data["contact_name"],
                    contact_email=data["contact_email"],
                    contact_phone=data["contact_phone"],
                    files=data["attachments"],
                )
            except DomainError as error:
                messages.error(request, str(error))
            else:
                sent = request.session.get(_SESSION_KEY, [])
                request.session[_SESSION_KEY] = [*sent[-19:], str(complaint.uuid)]
                return redirect("complaints:confirmation", uuid=complaint.uuid)
    return render(
        request,
        "complaints/complaint_new.html",
        {"form": form, "limited": limited, **about},
        status=429 if limited else 200,
    )


@require_safe
@never_cache
def complaint_confirmation(request: HttpRequest, uuid) -> HttpResponse:
    """Shown to the browser that sent the complaint (its session), or its owner."""
    complaint = selectors.complaint_track_by_uuid(uuid=uuid)
    mine = request.user.is_authenticated and complaint.citizen_id == request.user.pk
    if not mine and str(uuid) not in request.session.get(_SESSION_KEY, []):
        raise Http404
    return render(
        request, "complaints/complaint_confirmation.html", {"complaint": complaint}
    )


@require_safe
def complaint_track(request: HttpRequest) -> HttpResponse:
    """Public lookup by tracking number: status, due date and answer only."""
    form = TrackForm(request.GET or None)
    complaint, limited = None, False
    if form.is_bound and form.is_valid():
        # Throttle by client address so numbers cannot be enumerated.
        limited = rate_limited(request, key="complaint-track", limit=10, period=60)
        if not limited:
            complaint = selectors.complaint_track_public(
                number=form.cleaned_data["number"]
            )
    return render(
        request,
        "complaints/complaint_track.html",
        {"form": form, "complaint": complaint, "limited": limited},
        status=429 if limited else 200,
    )


@login_required
@require_safe
def complaint_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(
        selectors.complaint_list_for_citizen(citizen=request.user), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(request, "complaints/complaint_list.html", {"page": page})


@login_required
@require_safe
def complaint_detail(request: HttpRequest, uuid) -> HttpResponse:
    complaint = selectors.complaint_get_for_citizen(citizen=request.user, uuid=uuid)
    return render(request, "complaints/complaint_detail.html", {"complaint": complaint})


# ---------------------------------------------------------------- staff
def _deadline(complaint, today) -> str:
    if complaint.status not in CLOCK_RUNNING or not complaint.due_date:
        return ""
    return "overdue" if complaint.due_date < today else ""


@staff_required
@never_cache
@require_safe
def staff_list(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    status = request.GET.get("status", "")
    if status not in S.values:
        status = ""
    complaints = selectors.complaint_list_for_staff(actor=actor, status=status)
    page = Paginator(complaints, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    rows = [(c, _deadline(c, today)) for c in page.object_list]
    return render(
        request,
        "complaints/staff_list.html",
        {
            "page": page,
            "rows": rows,
            "status": status,
            "statuses": S.choices,
            **_header(actor),
        },
    )


def _staff_context(request: HttpRequest, complaint, **extra) -> dict:
    actor = actor_for(request.user)
    return {
        **_header(actor),
        "complaint": complaint,
        "may_process": complaint.booth_id in actor.booth_ids,
        "deadline": _deadline(complaint, timezone.localdate()),
        "classify_form": ClassifyForm(),
        "answer_form": AnswerForm(),
        "reject_form": RejectForm(),
        "S": S,
        "is_open": complaint.status in OPEN,
        **extra,
    }


@staff_required
@never_cache
@require_safe
def staff_detail(request: HttpRequest, uuid) -> HttpResponse:
    complaint = selectors.complaint_get_for_staff(user=request.user, uuid=uuid)
    # A staff look at a complainant's data (DOMAIN §9).
    audit_record(
        action=AuditAction.VIEW_COMPLAINT,
        request=request,
        citizen=complaint.citizen,
        object_repr=f"Complaint {complaint.tracking_number}",
    )
    return render(
        request, "complaints/staff_detail.html", _staff_context(request, complaint)
    )


@staff_required
@require_safe
def staff_attachment(request: HttpRequest, uuid, document_id: int) -> HttpResponse:
    complaint = selectors.complaint_get_for_staff(
        user=request.user, uuid=uuid, with_history=False
    )
    attachment = next(
        (a for a in complaint.attachments.all() if a.pk == document_id), None
    )
    if attachment is None:
        raise Http404
    audit_record(
        action=AuditAction.VIEW_DOCUMENT,
        request=request,
        citizen=complaint.citizen,
        object_repr=f"ComplaintAttachment {attachment.pk}",
        detail={"complaint": complaint.tracking_number},
    )
    return file_response(
        attachment.file,
        label=f"pengaduan-{complaint.tracking_number}-{attachment.pk}",
        content_type=attachment.content_type,
    )


def _classify(request, complaint) -> str:
    form = ClassifyForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Choose a classification."))
    actions.complaint_classify(
        complaint=complaint,
        by=request.user,
        classification=form.cleaned_data["classification"],
        expected_status=_expected(request),
    )
    return _("The complaint was classified; its due date is set.")


def _answer(request, complaint) -> str:
    form = AnswerForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Write the answer first."))
    actions.complaint_answer(
        complaint=complaint,
        by=request.user,
        answer=form.cleaned_data["answer"],
        expected_status=_expected(request),
    )
    return _("The answer was sent.")


def _close(request, complaint) -> str:
    actions.complaint_close(
        complaint=complaint, by=request.user, expected_status=_expected(request)
    )
    return _("The complaint is closed.")


def _reject(request, complaint) -> str:
    form = RejectForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Say why the complaint is not handled."))
    actions.complaint_reject(
        complaint=complaint,
        by=request.user,
        reason=form.cleaned_data["reason"],
        expected_status=_expected(request),
    )
    return _("The complaint is marked as not handled.")


def _forward(request, complaint) -> str:
    complaint = actions.complaint_forward_to_lapor(complaint=complaint, by=request.user)
    return _("Forwarded to SP4N-LAPOR!: reference %(reference)s.") % {
        "reference": complaint.lapor_reference
    }


ACTIONS = {
    "klasifikasi": _classify,
    "jawab": _answer,
    "tutup": _close,
    "tolak": _reject,
    "lapor": _forward,
}


@staff_required
@require_POST
def staff_act(request: HttpRequest, uuid, action: str) -> HttpResponse:
    """One POST per action; a refused one changes nothing and says why."""
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404
    # The action locks and reads the complaint again: no history needed here.
    complaint = selectors.complaint_get_for_staff(
        user=request.user, uuid=uuid, with_history=False
    )
    try:
        done = handler(request, complaint)
    except DomainError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, done)
    return redirect("complaints:staff_detail", uuid=uuid)
