"""What the citizen's and the officers' actions share: every status change goes
through _transition(), which takes the row locked by _lock(), checks the move against
APPLICATION_TRANSITIONS (the one transition table, in applications/models.py, via
Application.can_transition_to), writes the history row and the audit row, and queues
the citizen's notification in the same transaction.

applications.deadlines closes unfixed applications with the same _lock and
_transition (through the applications.actions package)."""

from django.template.loader import render_to_string
from django.utils import translation

from accounts.models import User
from applications.models import Application, ApplicationStatus, StatusChange
from audit import actions as audit_actions
from audit.models import AuditAction
from mpp.exceptions import InvalidTransition
from notifications import actions as notification_actions

S = ApplicationStatus


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
