"""What back-office staff do with an application: an officer of the booth starts
the review, marks documents (document_review), asks for fixes, decides, completes or
hands over the output, takes an unassigned application and writes to the citizen; a
booth supervisor assigns applications (application_assign).

Every officer action takes the row lock first, then asks agencies.permissions, then
checks that the application is still in the status the officer's page showed
(`expected_status`): a second tab, a colleague's decision a moment earlier or a
resent form get a clear message and change nothing. Status changes go through
applications.actions.workflow._transition, checked against APPLICATION_TRANSITIONS in
applications/models.py (the one transition table). Tests that move the date patch
`timezone` in this module (and in citizen)."""

from collections.abc import Mapping

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import permissions
from applications import uploads
from applications.actions.workflow import S, _lock, _notify_citizen, _transition
from applications.models import (
    CLOSED,
    Application,
    ApplicationDocument,
    Message,
    ReviewStatus,
)
from mpp.exceptions import DomainError, InvalidTransition
from surveys import actions as survey_actions

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
    survey_actions.survey_invite_on_commit(application=locked)
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
    survey_actions.survey_invite_on_commit(application=locked)
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
