"""Writes of the application workflow: every status change goes through
_transition(), which takes the row locked by _lock(), checks
APPLICATION_TRANSITIONS, writes the
history row and queues the citizen's notification in the same transaction."""

import datetime as dt
import uuid as uuid_lib
from collections.abc import Mapping

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import calendar, permissions
from agencies import selectors as agency_selectors
from agencies.models import Mall
from applications import uploads
from applications.models import (
    CLOSED,
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    ReviewStatus,
    StatusChange,
)
from applications.tracking import tracking_number_new
from audit import actions as audit_actions
from audit.models import AuditAction
from mpp.exceptions import DomainError, InvalidTransition
from notifications import actions as notification_actions
from services.constants import TimeUnit
from services.models import Requirement, Service

S = ApplicationStatus


# ---------------------------------------------------------------- helpers


def _lock(application: Application) -> Application:
    # Lock the row: a concurrent submit, cancel or decision waits here and then
    # sees the status this one wrote.
    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("service__agency", "mall", "citizen")
        .get(pk=application.pk)
    )


def _notify_citizen(application: Application, *, subject: str, body: str) -> None:
    citizen = application.citizen
    with translation.override(citizen.preferred_language):
        notification_actions.notification_create(
            recipient=citizen, subject=str(subject), body=str(body)
        )


#: Statuses whose arrival the citizen is told about; the texts are templates in
#: templates/applications/notifications/<status>_{subject,body}.txt.
NOTIFYING = frozenset(
    {
        S.SUBMITTED,
        S.IN_REVIEW,
        S.CHANGES_REQUESTED,
        S.APPROVED,
        S.REJECTED,
        S.READY_FOR_PICKUP,
        S.COMPLETED,
    }
)


def _status_notice(application: Application, status: str) -> tuple[str, str]:
    """Subject and body telling the citizen that `application` reached `status`,
    in the citizen's language."""
    context = {
        "number": application.tracking_number,
        "service": application.service.name,
        "mall": application.mall.name,
        "agency": application.service.agency.short_name,
        "due": application.due_date.strftime("%d-%m-%Y")
        if application.due_date
        else "",
    }
    with translation.override(application.citizen.preferred_language):
        return tuple(
            render_to_string(
                f"applications/notifications/{status}_{part}.txt", context
            ).strip()
            for part in ("subject", "body")
        )


def _transition(
    locked: Application, *, to: str, by: User | None, note: str = "", **fields
) -> Application:
    """Change the status of an application the caller locked with _lock() in this
    transaction (every caller checks something under the same lock first)."""
    if not locked.can_transition_to(to):
        raise InvalidTransition(current=locked.status, target=to)
    previous, locked.status = locked.status, to
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.save(update_fields=["status", "updated_at", *fields])
    StatusChange.objects.create(
        application=locked, from_status=previous, to_status=to, changed_by=by, note=note
    )
    # In this transaction: the row exists exactly when the change does.
    audit_actions.audit_record(
        action=AuditAction.STATUS_CHANGE,
        actor=by,
        application=locked,
        detail={"from": previous, "to": to},
    )
    if to in NOTIFYING and locked.citizen.is_active:
        subject, body = _status_notice(locked, to)
        _notify_citizen(locked, subject=subject, body=body)
    return locked


def _due_date(*, service: Service, mall: Mall, start: dt.date) -> dt.date:
    """The standard's time limit counted in working days from the day after `start`;
    a limit in hours or minutes is due by the next working day."""
    days = (
        service.time_limit_value
        if service.time_limit_unit == TimeUnit.WORKING_DAYS
        else 1
    )
    return calendar.add_working_days(start, days, mall=mall)


def _store_document(
    application: Application,
    requirement: Requirement,
    file: UploadedFile,
    content_type: str,
) -> ApplicationDocument:
    document = ApplicationDocument.objects.filter(
        application=application, requirement=requirement
    ).first()
    old_name = document.file.name if document else None
    if document is None:
        document = ApplicationDocument(application=application, requirement=requirement)
    document.content_type = content_type
    document.size = file.size
    document.review_status = ReviewStatus.PENDING
    document.review_note = ""
    document.reviewed_by = None
    document.reviewed_at = None
    document.file.save("upload", file, save=False)
    document.save()
    if old_name:
        storage = document.file.storage
        # Delete the replaced file only once the new row is committed.
        transaction.on_commit(lambda: storage.delete(old_name))
    return document


def _ensure_open_online(service: Service, mall: Mall) -> None:
    """The service takes online applications at this mall (checked at start and
    again at submit: a service may be withdrawn while a draft waits)."""
    if not (service.is_active and service.is_online):
        raise DomainError(_("This service cannot be applied for online."))
    if not agency_selectors.malls_offering(service=service).filter(pk=mall.pk).exists():
        raise DomainError(_("This service is not offered in the mall you chose."))


# ---------------------------------------------------------------- citizen


@transaction.atomic
def application_start(
    *, citizen: User, service: Service, mall: Mall, start_key: uuid_lib.UUID
) -> Application:
    """Create the draft for one "start" form; the same form sent twice returns the
    same draft (unique citizen + start_key)."""
    if not citizen.nik:
        raise DomainError(_("Add your NIK to your profile before you apply."))
    _ensure_open_online(service, mall)
    existing = Application.objects.filter(citizen=citizen, start_key=start_key).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Application.objects.create(
                citizen=citizen, service=service, mall=mall, start_key=start_key
            )
    except IntegrityError:  # the same form, sent twice at the same moment
        return Application.objects.get(citizen=citizen, start_key=start_key)


@transaction.atomic
def application_save_draft(
    *,
    application: Application,
    field_values: Mapping[str, str],
    files: Mapping[int, tuple[UploadedFile, str]],
) -> Application:
    """Save answers and uploaded documents ({requirement id: (file, content type)})
    of a draft; files already uploaded and not sent again are kept."""
    locked = _lock(application)
    if not locked.is_editable:
        raise DomainError(
            _("This application was already sent and can no longer be edited.")
        )
    locked.field_values = {**locked.field_values, **field_values}
    locked.save(update_fields=["field_values", "updated_at"])
    requirements = {
        r.pk: r
        for r in locked.service.requirements.filter(
            pk__in=list(files), needs_upload=True
        )
    }
    if set(requirements) != set(files):
        raise DomainError(_("A document does not belong to this service."))
    for requirement_id, (file, content_type) in files.items():
        _store_document(locked, requirements[requirement_id], file, content_type)
    return locked


def missing_items(application: Application) -> list[str]:
    """Names of mandatory documents and required answers still missing."""
    uploaded = set(application.documents.values_list("requirement_id", flat=True))
    missing = [
        r.name
        for r in application.service.requirements.filter(
            needs_upload=True, is_mandatory=True
        )
        if r.pk not in uploaded
    ]
    for field in application.service.fields.filter(is_required=True):
        if str(application.field_values.get(field.key, "")).strip() == "":
            missing.append(field.label)
    return missing


@transaction.atomic
def application_submit(*, application: Application, citizen: User) -> Application:
    """Send a complete draft: tracking number, due date, notification. Sending it
    again (a double click, a resent form) returns the already-sent application."""
    locked = _lock(application)
    if locked.status != S.DRAFT and locked.tracking_number:
        return locked  # already sent: the second click changes nothing
    _ensure_open_online(locked.service, locked.mall)
    missing = missing_items(locked)
    if missing:
        raise DomainError(
            _("Still missing: %(items)s.") % {"items": ", ".join(missing)}
        )
    today = timezone.localdate()
    number = _unique_tracking_number(locked.mall.code)
    return _transition(
        locked,
        to=S.SUBMITTED,
        by=citizen,
        tracking_number=number,
        submitted_at=timezone.now(),
        due_date=_due_date(service=locked.service, mall=locked.mall, start=today),
    )


def _unique_tracking_number(mall_code: str) -> str:
    for _attempt in range(10):
        number = tracking_number_new(mall_code=mall_code)
        if not Application.objects.filter(tracking_number=number).exists():
            return number
    raise DomainError("Could not draw a free tracking number.")  # ~never: 30^8 space


@transaction.atomic
def application_cancel(*, application: Application, citizen: User) -> Application:
    locked = _lock(application)
    if not locked.is_cancellable:
        raise DomainError(_("A decided application can no longer be cancelled."))
    return _transition(
        locked, to=S.CANCELLED, by=citizen, closed_at=timezone.now(), paused_on=None
    )


@transaction.atomic
def application_replace_document(
    *,
    application: Application,
    requirement: Requirement,
    file: UploadedFile,
    content_type: str,
) -> ApplicationDocument:
    """Replace a document the officer asked to fix."""
    locked = _lock(application)
    document = ApplicationDocument.objects.filter(
        application=locked, requirement=requirement
    ).first()
    if (
        locked.status != S.CHANGES_REQUESTED
        or document is None
        or (document.review_status != ReviewStatus.NEEDS_FIX)
    ):
        raise DomainError(_("This document does not need to be replaced."))
    return _store_document(locked, requirement, file, content_type)


@transaction.atomic
def application_resubmit(*, application: Application, citizen: User) -> Application:
    """Send back a fixed application; the deadline moves by the working days it
    waited on the citizen."""
    locked = _lock(application)
    if locked.status == S.SUBMITTED:
        return locked  # double click
    if locked.status != S.CHANGES_REQUESTED:
        # A draft is sent with application_submit (it needs a tracking number).
        raise InvalidTransition(current=locked.status, target=S.SUBMITTED)
    if locked.documents.filter(review_status=ReviewStatus.NEEDS_FIX).exists():
        raise DomainError(_("Replace every document marked “needs to be fixed” first."))
    today = timezone.localdate()
    due = locked.due_date
    if locked.paused_on and due:
        waited = calendar.working_days_between(
            locked.paused_on, today, mall=locked.mall
        )
        due = calendar.add_working_days(due, waited, mall=locked.mall)
    return _transition(locked, to=S.SUBMITTED, by=citizen, paused_on=None, due_date=due)


# ---------------------------------------------------------------- officer (back office)
#
# Every officer action takes the row lock first, then asks agencies.permissions, then
# checks that the application is still in the status the officer's page showed
# (`expected_status`): a second tab, a colleague's decision a moment earlier or a
# resent form get a clear message and change nothing.

#: While the officer may look at and mark documents.
DOCUMENT_REVIEW_STATUSES = {S.SUBMITTED, S.IN_REVIEW}


def _lock_for_officer(
    application: Application, officer: User, expected_status: str | None
) -> Application:
    locked = _lock(application)
    permissions.ensure_may_process(officer, locked)
    if expected_status is not None and locked.status != expected_status:
        raise DomainError(
            _(
                "This application changed meanwhile: it is now “%(status)s”. "
                "Reload the page to see what happened."
            )
            % {"status": locked.get_status_display()}
        )
    return locked


@transaction.atomic
def application_start_review(
    *, application: Application, officer: User, expected_status: str | None = None
) -> Application:
    locked = _lock_for_officer(application, officer, expected_status)
    fields = {} if locked.assigned_to_id else {"assigned_to": officer}
    return _transition(locked, to=S.IN_REVIEW, by=officer, **fields)


def _mark_document(
    document: ApplicationDocument, *, officer: User, accepted: bool, note: str
) -> ApplicationDocument:
    if not accepted and not note.strip():
        raise DomainError(_("Say what must be fixed."))
    document.review_status = (
        ReviewStatus.ACCEPTED if accepted else ReviewStatus.NEEDS_FIX
    )
    document.review_note = "" if accepted else note.strip()
    document.reviewed_by = officer
    document.reviewed_at = timezone.now()
    document.save(
        update_fields=[
            "review_status",
            "review_note",
            "reviewed_by",
            "reviewed_at",
            "updated_at",
        ]
    )
    return document


@transaction.atomic
def document_review(
    *, document: ApplicationDocument, officer: User, accepted: bool, note: str = ""
) -> ApplicationDocument:
    """Accept a document, or mark what must be fixed, while the application is
    being checked (never on a draft, nor after the decision)."""
    locked = _lock_for_officer(document.application, officer, None)
    if locked.status not in DOCUMENT_REVIEW_STATUSES:
        raise DomainError(
            _("Documents can be checked only while the application is being checked.")
        )
    document = ApplicationDocument.objects.get(pk=document.pk, application=locked)
    return _mark_document(document, officer=officer, accepted=accepted, note=note)


@transaction.atomic
def application_request_changes(
    *,
    application: Application,
    officer: User,
    fixes: Mapping[int, str],
    message: str = "",
    expected_status: str | None = None,
) -> Application:
    """Ask the citizen to replace documents ({document id: what to fix}); the
    deadline clock stops until they send the application back."""
    locked = _lock_for_officer(application, officer, expected_status)
    if not locked.can_transition_to(S.CHANGES_REQUESTED):
        raise InvalidTransition(current=locked.status, target=S.CHANGES_REQUESTED)
    if not fixes:
        raise DomainError(_("Mark at least one document to fix."))
    documents = {d.pk: d for d in locked.documents.filter(pk__in=list(fixes))}
    if set(documents) != set(fixes):
        raise DomainError(_("Unknown document."))
    for pk, note in fixes.items():
        _mark_document(documents[pk], officer=officer, accepted=False, note=note)
    if message.strip():
        Message.objects.create(application=locked, sender=officer, body=message.strip())
    return _transition(
        locked,
        to=S.CHANGES_REQUESTED,
        by=officer,
        note=message.strip(),
        paused_on=timezone.localdate(),
    )


@transaction.atomic
def application_decide(
    *,
    application: Application,
    officer: User,
    approve: bool,
    note: str = "",
    expected_status: str | None = None,
) -> Application:
    locked = _lock_for_officer(application, officer, expected_status)
    if not approve and not note.strip():
        raise DomainError(_("Give the reason for the rejection."))
    if approve and locked.can_transition_to(S.APPROVED):
        documents = locked.documents.all()
        if documents.filter(review_status=ReviewStatus.NEEDS_FIX).exists():
            raise DomainError(
                _(
                    "A document is still marked “needs a fix”: accept it or ask "
                    "the applicant to fix it first."
                )
            )
        # Approving accepts what the officer has not marked one by one.
        documents.filter(review_status=ReviewStatus.PENDING).update(
            review_status=ReviewStatus.ACCEPTED,
            reviewed_by=officer,
            reviewed_at=timezone.now(),
            updated_at=timezone.now(),
        )
    locked = _transition(
        locked,
        to=S.APPROVED if approve else S.REJECTED,
        by=officer,
        note=note.strip(),
        decided_at=timezone.now(),
        **({} if approve else {"closed_at": timezone.now()}),
    )
    if note.strip():
        Message.objects.create(application=locked, sender=officer, body=note.strip())
    return locked


@transaction.atomic
def application_complete(
    *,
    application: Application,
    officer: User,
    output: UploadedFile | None = None,
    content_type: str = "",
    expected_status: str | None = None,
) -> Application:
    """Finish an approved application with its output document (already checked
    and rewritten by applications.uploads.sanitize_upload)."""
    if output is not None and content_type not in uploads.ALLOWED_TYPES:
        raise DomainError(_("Only PDF, JPEG or PNG output documents are accepted."))
    locked = _lock_for_officer(application, officer, expected_status)
    if not locked.can_transition_to(S.COMPLETED) or locked.status != S.APPROVED:
        # Check before writing the file: a refused completion leaves nothing behind.
        raise InvalidTransition(current=locked.status, target=S.COMPLETED)
    fields = {"closed_at": timezone.now()}
    if output is not None:
        locked.output_content_type = content_type
        locked.output_file.save("output", output, save=False)
        fields |= {
            "output_file": locked.output_file,
            "output_content_type": content_type,
        }
    return _transition(locked, to=S.COMPLETED, by=officer, **fields)


@transaction.atomic
def application_mark_ready(
    *, application: Application, officer: User, expected_status: str | None = None
) -> Application:
    """The output is a paper document to pick up at the booth."""
    locked = _lock_for_officer(application, officer, expected_status)
    return _transition(locked, to=S.READY_FOR_PICKUP, by=officer)


@transaction.atomic
def application_picked_up(
    *, application: Application, officer: User, expected_status: str | None = None
) -> Application:
    locked = _lock_for_officer(application, officer, expected_status)
    if locked.status != S.READY_FOR_PICKUP:
        raise InvalidTransition(current=locked.status, target=S.COMPLETED)
    return _transition(locked, to=S.COMPLETED, by=officer, closed_at=timezone.now())


@transaction.atomic
def application_take(*, application: Application, officer: User) -> Application:
    """An officer takes an unassigned application of their booth."""
    locked = _lock_for_officer(application, officer, None)
    if locked.assigned_to_id == officer.pk:
        return locked  # a double tap
    if locked.assigned_to_id:
        raise DomainError(_("A colleague has already taken this application."))
    if locked.status in CLOSED:
        raise DomainError(_("This application is already closed."))
    locked.assigned_to = officer
    locked.save(update_fields=["assigned_to", "updated_at"])
    return locked


@transaction.atomic
def application_assign(
    *, application: Application, supervisor: User, officer: User | None
) -> Application:
    """A booth supervisor gives an application to an officer of the same booth (or
    takes it back: `officer=None`)."""
    locked = _lock(application)
    permissions.ensure_may_assign(supervisor, locked)
    if locked.status in CLOSED:
        raise DomainError(_("This application is already closed."))
    if officer is not None:
        permissions.forget(officer)
        if not permissions.actor_for(officer).may_process_application(locked):
            raise DomainError(_("This person does not work at this booth."))
    locked.assigned_to = officer
    locked.save(update_fields=["assigned_to", "updated_at"])
    return locked


@transaction.atomic
def message_send(*, application: Application, officer: User, body: str) -> Message:
    locked = _lock_for_officer(application, officer, None)
    if not locked.tracking_number:
        raise DomainError(_("A draft cannot receive messages yet."))
    if not body.strip():
        raise DomainError(_("Write a message first."))
    message = Message.objects.create(application=locked, sender=officer, body=body)
    if locked.citizen.is_active:  # a deactivated account is told nothing
        with translation.override(locked.citizen.preferred_language):
            subject = _("New message about application %(number)s") % {
                "number": locked.tracking_number
            }
        _notify_citizen(locked, subject=subject, body=body)
    return message
