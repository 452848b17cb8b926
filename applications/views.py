import uuid as uuid_lib

from django_htmx.http import HttpResponseClientRedirect

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from agencies import selectors as agency_selectors
from applications import actions, selectors, uploads
from applications.forms import ApplicationForm, FixForm, StartForm, TrackForm
from applications.models import Application, ReviewStatus
from audit import selectors as audit_selectors
from mpp.exceptions import DomainError
from mpp.ratelimit import rate_limited
from services.i18n import localized
from services.models import Service


def _online_service(slug: str) -> Service:
    return get_object_or_404(
        Service.objects.select_related("agency"), slug=slug, is_active=True
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def application_start(request, slug: str) -> HttpResponse:
    service = _online_service(slug)
    form = StartForm(
        request.POST or None,
        malls=agency_selectors.malls_offering(service=service),
        initial={"start_key": uuid_lib.uuid4()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            application = actions.application_start(
                citizen=request.user,
                service=service,
                mall=form.cleaned_data["mall"],
                start_key=form.cleaned_data["start_key"],
            )
        except DomainError as error:
            messages.error(request, str(error))
        else:
            if application.start_key != form.cleaned_data["start_key"]:
                messages.info(
                    request,
                    _(
                        "You had already started this application: continue where "
                        "you left off."
                    ),
                )
            return redirect("applications:edit", uuid=application.uuid)
    return render(
        request,
        "applications/application_start.html",
        {
            "service": service,
            "form": form,
            "drafts": selectors.drafts_for_service(
                citizen=request.user, service=service
            ),
        },
    )


def _application_form(request, application):
    return ApplicationForm(
        request.POST or None,
        request.FILES or None,
        requirements=list(application.service.requirements.all()),
        service_fields=list(application.service.fields.all()),
        initial=application.field_values,
    )


def _go(request, to: str | Application, **kwargs) -> HttpResponse:
    """A redirect; for the form sent by htmx (static/js/upload-progress.js shows
    its progress), one the browser follows as a whole page, as without JS."""
    if request.htmx:
        return HttpResponseClientRedirect(resolve_url(to, **kwargs))
    return redirect(to, **kwargs)


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def application_edit(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if not application.is_editable:
        return _go(request, application)
    form = _application_form(request, application)
    if request.method == "POST":
        valid = form.is_valid()
        # Save what is valid even when a file was refused: nothing is lost.
        try:
            actions.application_save_draft(
                application=application,
                field_values=form.valid_answers(),
                files=form.valid_files(),
            )
        except DomainError as error:
            messages.error(request, str(error))
            return _go(request, application)
        if valid:
            if "review" in request.POST:
                return _go(request, "applications:review", uuid=application.uuid)
            messages.success(request, _("Draft saved. You can continue later."))
            return _go(request, "applications:edit", uuid=application.uuid)
        application = selectors.application_get_for_citizen(
            citizen=request.user, uuid=uuid
        )
    missing = selectors.application_missing(application)
    return render(
        request,
        "applications/application_edit.html",
        {
            "application": application,
            "form": form,
            "documents": selectors.documents_by_requirement(application),
            "missing": missing,
            "missing_fields": {item.field for item in missing},
        },
    )


@login_required
@never_cache
@require_safe
def application_review(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if not application.is_editable:
        return redirect(application)
    return render(
        request,
        "applications/application_review.html",
        {
            "application": application,
            "documents": selectors.documents_by_requirement(application),
            "missing": [
                item.name for item in selectors.application_missing(application)
            ],
        },
    )


@login_required
@require_POST
def application_submit(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    try:
        application = actions.application_submit(
            application=application, citizen=request.user
        )
    except DomainError as error:
        messages.error(request, str(error))
        return redirect("applications:review", uuid=application.uuid)
    return redirect("applications:confirmation", uuid=application.uuid)


@login_required
@never_cache
@require_safe
def application_confirmation(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if not application.tracking_number:
        return redirect(application)
    return render(
        request,
        "applications/application_confirmation.html",
        {"application": application},
    )


@login_required
@never_cache
@require_safe
def application_list(request) -> HttpResponse:
    applications = selectors.application_list_for_citizen(citizen=request.user)
    page = Paginator(applications, settings.MPP_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "applications/application_list.html",
        {"page": page, "missing": selectors.drafts_missing(page.object_list)},
    )


@login_required
@never_cache
@require_safe
def application_detail(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if application.is_editable:
        return redirect("applications:edit", uuid=application.uuid)
    return render(
        request,
        "applications/application_detail.html",
        {
            "application": application,
            "documents": selectors.documents_by_requirement(application),
            # Who at the mall opened it and when (UU 27/2022: the citizen's right).
            "staff_views": audit_selectors.staff_views_of_application(
                application=application
            ),
        },
    )


@login_required
@require_POST
def application_cancel(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    try:
        actions.application_cancel(application=application, citizen=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The application was cancelled."))
    return redirect("applications:list")


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def application_fix(request, uuid) -> HttpResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if application.status != application.Status.CHANGES_REQUESTED:
        return redirect(application)
    to_fix = [
        d
        for d in application.documents.all()
        if d.review_status == ReviewStatus.NEEDS_FIX
    ]
    form = FixForm(request.POST or None, request.FILES or None, documents=to_fix)
    if request.method == "POST":
        valid = form.is_valid()
        try:
            # Keep every good replacement even when another file was refused.
            for requirement, file, content_type in form.valid_files():
                actions.application_replace_document(
                    application=application,
                    requirement=requirement,
                    file=file,
                    content_type=content_type,
                )
            if valid:
                actions.application_resubmit(
                    application=application, citizen=request.user
                )
                messages.success(
                    request, _("Thank you. Your application was sent back.")
                )
                return redirect(application)
        except DomainError as error:
            messages.error(request, str(error))
    return render(
        request,
        "applications/application_fix.html",
        {"application": application, "form": form},
    )


def file_response(
    file, *, label: str, content_type: str, inline: bool = False
) -> FileResponse:
    """A private file: never cached, never sniffed; inline only where the caller
    shows it in its own page (the back office's document viewer)."""
    try:
        handle = file.open("rb")
    except FileNotFoundError:  # e.g. a database restored without its files
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=uploads.download_filename(label=label, content_type=content_type),
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def document_download(request, uuid, document_id: int) -> FileResponse:
    document = selectors.document_get_for_citizen(
        citizen=request.user, uuid=uuid, document_id=document_id
    )
    return file_response(
        document.file,
        label=document.requirement.name,
        content_type=document.content_type,
    )


@login_required  # a visitor signs in, as everywhere (tests/test_access_matrix.py)
@require_safe
def document_view(request, uuid, document_id: int) -> FileResponse:
    """The owner's own document shown in the browser, e.g. a file checked on the
    edit page before sending; anyone else gets 404. Inline only for what a document
    can be (uploads.ALLOWED_TYPES: PDF, JPEG, PNG, re-written when uploaded)."""
    document = selectors.document_get_for_citizen(
        citizen=request.user, uuid=uuid, document_id=document_id
    )
    response = file_response(
        document.file,
        label=localized(document.requirement, "name"),
        content_type=document.content_type,
        inline=document.content_type in uploads.ALLOWED_TYPES,
    )
    # Not to be framed by any page; the site's own policy would keep a PDF viewer
    # from showing it.
    response["Content-Security-Policy"] = "frame-ancestors 'none'"
    return response


@login_required
@require_safe
def output_download(request, uuid) -> FileResponse:
    application = selectors.application_get_for_citizen(citizen=request.user, uuid=uuid)
    if not application.output_file:
        raise Http404
    return file_response(
        application.output_file,
        label=application.service.output_product,
        content_type=application.output_content_type,
    )


@require_safe
def track(request) -> HttpResponse:
    """Public lookup by tracking number: service, status and dates only."""
    form = TrackForm(request.GET or None)
    application, limited = None, False
    if form.is_bound and form.is_valid():
        # Throttle by client address so numbers cannot be enumerated.
        limited = rate_limited(request, key="track", limit=10, period=60)
        if not limited:
            application = selectors.application_track_public(
                number=form.cleaned_data["number"]
            )
    response = render(
        request,
        "applications/track.html",
        {"form": form, "application": application, "limited": limited},
        status=429 if limited else 200,
    )
    return response
