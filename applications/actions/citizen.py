"""What a citizen does with their own application: start a draft (application_start),
save answers and documents (application_save_draft), send it (application_submit, with
tracking number and due date), cancel it, replace a document an officer asked to fix
and send it back (application_resubmit).

Every status change goes through applications.actions.workflow._transition, checked
against APPLICATION_TRANSITIONS in applications/models.py (the one transition table).
Tests that move the date patch `timezone` in this module (and in officer)."""

import datetime as dt
import uuid as uuid_lib
from collections.abc import Mapping
from pathlib import PurePosixPath

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import calendar
from agencies import selectors as agency_selectors
from agencies.models import Mall
from applications import selectors
from applications.actions.workflow import S, _lock, _transition
from applications.models import Application, ApplicationDocument, ReviewStatus
from applications.tracking import tracking_number_new
from mpp.exceptions import DomainError, InvalidTransition
from services.constants import TimeUnit
from services.models import Requirement, Service


def _due_date(*, service: Service, mall: Mall, start: dt.date) -> dt.date:
    """The standard's time limit counted in working days from the day after `start`;
    a limit in hours or minutes is due by the next working day."""
    days = (
        service.time_limit_value
        if service.time_limit_unit == TimeUnit.WORKING_DAYS
        else 1
    )
    return calendar.add_working_days(start, days, mall=mall)


def _original_name(file: UploadedFile) -> str:
    """The name the citizen's file had, to show it back to them (escaped): the base
    name only, without control characters, within the column's 255 characters."""
    name = PurePosixPath(str(file.name or "").replace("\\", "/")).name
    return "".join(c for c in name if c.isprintable())[:255]


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
    document.original_name = _original_name(file)
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


@transaction.atomic
def application_start(
    *, citizen: User, service: Service, mall: Mall, start_key: uuid_lib.UUID
) -> Application:
    """The citizen's open draft of this service at this mall, or a new one: "Apply"
    clicked again resumes the draft instead of starting a second one. The same start
    form sent twice returns the draft it made (unique citizen + start_key)."""
    if not citizen.nik:
        raise DomainError(_("Add your NIK to your profile before you apply."))
    _ensure_open_online(service, mall)
    # Lock the citizen's row: two starts at once (a double tap, two tabs) run one
    # after the other, and the second finds the draft the first made (under READ
    # COMMITTED each query below sees what the first committed). SQLite ignores the
    # lock; it runs one writer at a time anyway.
    User.objects.select_for_update().filter(pk=citizen.pk).values_list(
        "pk", flat=True
    ).get()
    existing = Application.objects.filter(citizen=citizen, start_key=start_key).first()
    if existing:
        return existing
    draft = (
        Application.objects.filter(
            citizen=citizen, service=service, mall=mall, status=S.DRAFT
        )
        .order_by("-updated_at", "-pk")
        .first()
    )
    if draft:
        return draft
    try:
        with transaction.atomic():
            return Application.objects.create(
                citizen=citizen, service=service, mall=mall, start_key=start_key
            )
    except IntegrityError:  # the same form, sent twice where the lock is ignored
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
    """Names of mandatory documents and required answers still missing (read again
    from the database, not from prefetched rows), in the visitor's language."""
    return [
        item.name
        for item in selectors.missing_from(
            requirements=application.service.requirements.filter(
                needs_upload=True, is_mandatory=True
            ).order_by("position", "pk"),
            fields=application.service.fields.filter(is_required=True).order_by(
                "position", "pk"
            ),
            uploaded=set(
                application.documents.values_list("requirement_id", flat=True)
            ),
            answers=application.field_values,
        )
    ]


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
