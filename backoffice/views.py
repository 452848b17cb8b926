"""The officers' back office: inbox, review page and the actions on an application.

Thin views: every read is a scoped selector (others get 404), every write an action
that locks, asks agencies.permissions and checks the status the page showed.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AbstractBaseUser
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST, require_safe

from accounts.models import User
from agencies import permissions
from agencies.models import Mall
from agencies.permissions import actor_for
from applications import actions, selectors, versions
from applications.models import CLOCK_RUNNING, ApplicationStatus, ReviewStatus
from applications.views import file_response
from audit.actions import audit_record
from audit.models import AuditAction
from backoffice.forms import (
    CompleteForm,
    DecisionForm,
    DocumentCheckForm,
    InboxFilterForm,
    MessageForm,
)
from mpp import pagecache
from mpp.exceptions import DomainError
from mpp.privatecache import private_page

S = ApplicationStatus
PAGE_SIZE = 20


def staff_required(view):
    """Signed in and working for a mall; anyone else finds nothing here (404)."""

    @wraps(view)
    @login_required
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not actor_for(request.user).is_staff_member:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _header(actor) -> dict:
    """The booths (or malls) named in the back office's header bar: the booths come
    with the actor (agencies.permissions), no query."""
    malls = (
        Mall.objects.filter(pk__in=actor.managed_mall_ids).order_by("name")
        if actor.managed_mall_ids and not actor.seats
        else []
    )
    return {"actor": actor, "seats": actor.seats, "malls": malls}


def _deadline(status: str, due_date, today, due_soon) -> str:
    """ "overdue", "soon" or "" for an application's due date."""
    if status not in CLOCK_RUNNING or not due_date:
        return ""
    if due_date < today:
        return "overdue"
    if due_date <= due_soon:
        return "soon"
    return ""


# ---------------------------------------------------------------- inbox
_ANY_UUID = "00000000-0000-0000-0000-000000000000"


def _inbox_rows(values, *, today, due_soon) -> list[dict]:
    """The inbox's rows, ready to print: the template does no lookups, includes or
    URL reversing per row (it is the page officers open most)."""
    review_url = reverse("backoffice:review", kwargs={"uuid": _ANY_UUID})
    labels = {value: str(label) for value, label in ApplicationStatus.choices}
    rows = []
    for row in values:
        due_date, status = row["due_date"], row["status"]
        rows.append(
            {
                **row,
                "url": review_url.replace(_ANY_UUID, str(row["uuid"])),
                "status_label": labels[status],
                "due": date_format(due_date, "j M Y") if due_date else "",
                "deadline": _deadline(status, due_date, today, due_soon),
            }
        )
    return rows


def _inbox_tokens(request: HttpRequest) -> list[str]:
    """What the inbox shows: the applications of the actor's malls, the service
    names (catalogue) and the actor's own seats and colleagues (roles)."""
    actor = actor_for(request.user)
    return [
        *versions.token_keys(actor.scope_mall_ids),
        pagecache.VERSION_KEY,
        permissions.ROLES_VERSION_KEY,
    ]


@staff_required
@never_cache
@require_safe
@private_page(_inbox_tokens)
def inbox(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    services = selectors.inbox_services(actor=actor)
    form = InboxFilterForm(request.GET or None, services=services)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.InboxFilters(
        status=data.get("status") or "open",
        service_id=data.get("service"),
        due=data.get("due") or "",
        assigned=data.get("assigned") or "",
        query=data.get("q") or "",
    )
    today = timezone.localdate()
    applications, counts, due_soon = selectors.inbox_for_staff(
        actor=actor, filters=filters, today=today
    )
    paginator = Paginator(applications, PAGE_SIZE)
    if not (filters.service_id or filters.due or filters.assigned or filters.query):
        # Only the status narrows the list: its count is already in `counts`, so
        # the paginator need not count the booth's applications again.
        paginator.count = counts[filters.status if filters.status in counts else "all"]
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "rows": _inbox_rows(page.object_list, today=today, due_soon=due_soon),
        "counts": counts,
        # Several malls in view: name each row's mall.
        "show_mall": len({seat.mall_id for seat in actor.seats}) != 1,
        "filters": filters,
        "workload": selectors.workload_per_officer(actor=actor),
        **_header(actor),
    }
    template = (
        "backoffice/_inbox_results.html"
        if request.htmx and not request.htmx.boosted
        else "backoffice/inbox.html"
    )
    return render(request, template, context)


# ---------------------------------------------------------------- review page
def _review_context(request: HttpRequest, application, **extra) -> dict:
    actor = actor_for(request.user)
    today = timezone.localdate()
    fields = application.service.fields.all()
    documents = list(application.documents.all())
    return {
        **_header(actor),
        "application": application,
        "may_process": actor.may_process_application(application),
        "may_assign": actor.may_assign_application(application),
        "colleagues": selectors.colleagues_for_assignment(
            actor=actor, application=application
        )
        if actor.may_assign_application(application)
        else [],
        "answers": [(f.label, application.field_values.get(f.key, "")) for f in fields],
        "documents": documents,
        "needs_fix": [
            d for d in documents if d.review_status == ReviewStatus.NEEDS_FIX
        ],
        "checking": application.status in actions.DOCUMENT_REVIEW_STATUSES,
        "deadline": _deadline(
            application.status,
            application.due_date,
            today,
            selectors.due_soon_limit(today),
        ),
        "decision_form": DecisionForm(),
        "message_form": MessageForm(),
        "complete_form": CompleteForm(),
        "S": S,
        **extra,
    }


@staff_required
@never_cache
@require_safe
def review(request: HttpRequest, uuid) -> HttpResponse:
    # The scope check (404) and the audit row of this look, on every request; the
    # page itself may come from the cache (mpp/privatecache.py).
    ref = selectors.application_ref_for_staff(user=request.user, uuid=uuid)
    audit_record(action=AuditAction.VIEW_APPLICATION, request=request, application=ref)
    return _review_page(request, ref)


@private_page(
    lambda request, ref: [
        versions.application_key(ref.pk),
        *versions.token_keys([ref.mall_id]),
        pagecache.VERSION_KEY,
        permissions.ROLES_VERSION_KEY,
    ]
)
def _review_page(request: HttpRequest, ref) -> HttpResponse:
    application = selectors.application_get_for_staff(user=request.user, uuid=ref.uuid)
    return render(
        request, "backoffice/review.html", _review_context(request, application)
    )


@staff_required
@never_cache
@require_POST
def reveal_nik(request: HttpRequest, uuid) -> HttpResponse:
    """Showing the whole NIK is a deliberate click (a POST), recorded."""
    application = selectors.application_get_for_staff(user=request.user, uuid=uuid)
    audit_record(
        action=AuditAction.REVEAL_NIK, request=request, application=application
    )
    context = {"application": application, "nik": application.citizen.nik or ""}
    if request.htmx:
        return render(request, "backoffice/_nik.html", context)
    return render(
        request,
        "backoffice/review.html",
        _review_context(request, application, revealed_nik=context["nik"]),
    )


@staff_required
@require_safe
@xframe_options_sameorigin  # shown inside the review page's viewer
def document_view(request: HttpRequest, uuid, document_id: int) -> HttpResponse:
    document = selectors.document_get_for_staff(
        user=request.user, uuid=uuid, document_id=document_id
    )
    audit_record(
        action=AuditAction.VIEW_DOCUMENT,
        request=request,
        application=document.application,
        object_repr=f"ApplicationDocument {document.pk}",
        detail={"requirement": document.requirement.name},
    )
    response = file_response(
        document.file,
        label=document.requirement.name,
        content_type=document.content_type,
        inline=True,
    )
    response["Content-Security-Policy"] = "frame-ancestors 'self'"
    return response


@staff_required
@require_safe
@xframe_options_sameorigin
def output_view(request: HttpRequest, uuid) -> HttpResponse:
    application = selectors.application_get_for_staff(user=request.user, uuid=uuid)
    if not application.output_file:
        raise Http404
    audit_record(
        action=AuditAction.VIEW_DOCUMENT,
        request=request,
        application=application,
        object_repr=f"Output of {application.tracking_number}",
    )
    response = file_response(
        application.output_file,
        label=application.service.output_product or application.service.name,
        content_type=application.output_content_type,
        inline=True,
    )
    response["Content-Security-Policy"] = "frame-ancestors 'self'"
    return response


@staff_required
@require_POST
def document_check(request: HttpRequest, uuid, document_id: int) -> HttpResponse:
    document = selectors.document_get_for_staff(
        user=request.user, uuid=uuid, document_id=document_id
    )
    form = DocumentCheckForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            document = actions.document_review(
                document=document,
                officer=request.user,
                accepted=form.cleaned_data["decision"] == "accept",
                note=form.cleaned_data["note"],
            )
        except DomainError as refused:
            error = str(refused)
    else:
        error = _("Choose “accept” or “needs a fix”.")
    if request.htmx:
        # The document's card, and out of band the "ask to fix" button, whose
        # count of documents to fix just changed.
        application = selectors.application_get_for_staff(user=request.user, uuid=uuid)
        documents = list(application.documents.all())
        context = {
            "application": application,
            "document": next(d for d in documents if d.pk == document.pk),
            "needs_fix": [
                d for d in documents if d.review_status == ReviewStatus.NEEDS_FIX
            ],
            "may_process": True,
            "checking": application.status in actions.DOCUMENT_REVIEW_STATUSES,
            "error": error,
            "oob": True,
        }
        return render(request, "backoffice/_document_checked.html", context)
    if error:
        messages.error(request, error)
    return redirect("backoffice:review", uuid=uuid)


# ---------------------------------------------------------------- actions
def _expected(request: HttpRequest) -> str | None:
    return request.POST.get("expected_status") or None


def _start_review(request, application):
    actions.application_start_review(
        application=application,
        officer=request.user,
        expected_status=_expected(request),
    )
    return _("You started checking this application.")


def _request_changes(request, application):
    fixes = {
        d.pk: d.review_note
        for d in application.documents.all()
        if d.review_status == ReviewStatus.NEEDS_FIX
    }
    actions.application_request_changes(
        application=application,
        officer=request.user,
        fixes=fixes,
        message=request.POST.get("note", ""),
        expected_status=_expected(request),
    )
    return _("The applicant was asked to fix the marked documents.")


def _decide(approve: bool):
    def act(request, application):
        form = DecisionForm(request.POST)
        note = form.cleaned_data["note"] if form.is_valid() else ""
        actions.application_decide(
            application=application,
            officer=request.user,
            approve=approve,
            note=note,
            expected_status=_expected(request),
        )
        return (
            _("The application was approved.")
            if approve
            else _("The application was rejected.")
        )

    return act


def _complete(request, application):
    form = CompleteForm(request.POST, request.FILES)
    if not form.is_valid():
        raise DomainError(" ".join(form.errors["output"]))
    actions.application_complete(
        application=application,
        officer=request.user,
        output=form.cleaned_data["output"],
        content_type=form.content_type,
        expected_status=_expected(request),
    )
    return _("Finished: the applicant can download the document.")


def _mark_ready(request, application):
    actions.application_mark_ready(
        application=application,
        officer=request.user,
        expected_status=_expected(request),
    )
    return _("The applicant was told to pick the document up at the booth.")


def _picked_up(request, application):
    actions.application_picked_up(
        application=application,
        officer=request.user,
        expected_status=_expected(request),
    )
    return _("Picked up: the application is finished.")


def _take(request, application):
    actions.application_take(application=application, officer=request.user)
    return _("The application is yours.")


def _assign(request, application):
    officer: AbstractBaseUser | None = None
    if request.POST.get("officer"):
        try:
            officer = get_object_or_404(User, pk=int(request.POST["officer"]))
        except ValueError:
            raise Http404 from None
    actions.application_assign(
        application=application, supervisor=request.user, officer=officer
    )
    if officer is None:
        return _("Nobody is assigned now.")
    return _("Assigned to %(name)s.") % {"name": officer.full_name}


def _message(request, application):
    form = MessageForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Write a message first."))
    actions.message_send(
        application=application, officer=request.user, body=form.cleaned_data["body"]
    )
    return _("The message was sent.")


ACTIONS = {
    "mulai": _start_review,
    "minta-perbaikan": _request_changes,
    "setujui": _decide(approve=True),
    "tolak": _decide(approve=False),
    "selesai": _complete,
    "siap-diambil": _mark_ready,
    "sudah-diambil": _picked_up,
    "ambil": _take,
    "tugaskan": _assign,
    "pesan": _message,
}


@staff_required
@require_POST
def act(request: HttpRequest, uuid, action: str) -> HttpResponse:
    """One POST per action; a refused one changes nothing and says why."""
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404
    application = selectors.application_get_for_staff(user=request.user, uuid=uuid)
    try:
        done = handler(request, application)
    except DomainError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, done)
    return redirect("backoffice:review", uuid=uuid)
