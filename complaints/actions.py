"""Writes of the complaints workflow.

Every status change goes through _transition(), on a row locked by _lock(): it
checks the page's expected status (a stale page changes nothing), checks the move
against COMPLAINT_TRANSITIONS (complaints/models.py, the one transition table),
writes the history row and the audit row, and queues the complainant's notification
in the same transaction (an anonymous complainant gets none).
"""

import datetime as dt

from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import calendar
from agencies.constants import BoothRole
from agencies.models import Booth, BoothStaff, MallManager
from agencies.permissions import actor_for
from applications import tracking
from audit import actions as audit_actions
from audit.models import AuditAction, AuditRole
from complaints import gateways
from complaints.models import (
    CLOCK_RUNNING,
    OPEN,
    WORKING_DAYS,
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    ComplaintStatus,
)
from mpp.exceptions import DomainError
from notifications import actions as notification_actions

S = ComplaintStatus
TRACKING_PREFIX = "ADU"
MAX_ATTACHMENTS = 3
#: Statuses the complainant is told about (templates/complaints/notifications/).
NOTIFYING = frozenset({S.RECEIVED, S.ANSWERED, S.CLOSED})


class ComplaintChanged(DomainError):
    """The complaint is no longer in the status the page showed, or the move is not
    in the transition table."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "This cannot be done any more: the complaint changed in the "
                "meantime. Reload the page to see its current status."
            )
        )


# ---------------------------------------------------------------- helpers
def _lock(complaint: Complaint) -> Complaint:
    # Lock the row: a concurrent change by another officer waits here and then
    # sees the status this one wrote.
    return (
        Complaint.objects.select_for_update(of=("self",))
        .select_related("mall", "booth__agency", "citizen")
        .get(pk=complaint.pk)
    )


def _render(name: str, context: dict, language: str) -> tuple[str, str]:
    with translation.override(language):
        return tuple(
            render_to_string(
                f"complaints/notifications/{name}_{part}.txt", context
            ).strip()
            for part in ("subject", "body")
        )


def _context(complaint: Complaint) -> dict:
    return {
        "number": complaint.tracking_number,
        "agency": complaint.booth.agency.short_name,
        "mall": complaint.mall.name,
        "due": complaint.due_date.strftime("%d-%m-%Y") if complaint.due_date else "",
    }


def _notify(recipient: User, name: str, complaint: Complaint) -> None:
    subject, body = _render(name, _context(complaint), recipient.preferred_language)
    notification_actions.notification_create(
        recipient=recipient, subject=subject, body=body
    )


def _record(complaint: Complaint, *, previous: str, by: User | None, note: str):
    ComplaintEvent.objects.create(
        complaint=complaint,
        from_status=previous,
        to_status=complaint.status,
        changed_by=by,
        note=note,
    )
    audit_actions.audit_record(
        action=AuditAction.STATUS_CHANGE,
        actor=by,
        role="" if by is not None else AuditRole.ANONYMOUS,
        citizen=complaint.citizen,
        object_repr=f"Complaint {complaint.tracking_number}",
        detail={"from": previous, "to": complaint.status},
    )
    citizen = complaint.citizen
    if complaint.status in NOTIFYING and citizen is not None and citizen.is_active:
        _notify(citizen, complaint.status, complaint)


def _transition(
    locked: Complaint,
    *,
    to: str,
    by: User,
    expected_status: str | None,
    note: str = "",
    **fields,
) -> Complaint:
    if expected_status is not None and locked.status != expected_status:
        raise ComplaintChanged
    if not locked.can_transition_to(to):
        raise ComplaintChanged
    previous, locked.status = locked.status, to
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.save(update_fields=["status", "updated_at", *fields])
    _record(locked, previous=previous, by=by, note=note)
    return locked


def _ensure_booth_staff(user: User, complaint: Complaint) -> None:
    if complaint.booth_id not in actor_for(user).booth_ids:
        raise DomainError(_("Only the staff of the agency's booth handle complaints."))


# ---------------------------------------------------------------- citizen
def booth_for(*, mall, agency) -> Booth | None:
    return (
        Booth.objects.select_related("mall", "agency")
        .filter(mall=mall, agency=agency, is_active=True)
        .first()
    )


@transaction.atomic
def complaint_submit(
    *,
    booth: Booth,
    text: str,
    submit_key,
    citizen: User | None = None,
    service=None,
    application=None,
    ticket=None,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    files=(),
) -> Complaint:
    """Record a complaint (anonymous when `citizen` is None) with its checked
    attachments (`files`: sanitized uploads from the form, see forms.py). The same
    `submit_key` again (a double click) returns the first complaint."""
    existing = Complaint.objects.filter(submit_key=submit_key).first()
    if existing is not None:
        return existing
    if len(files) > MAX_ATTACHMENTS:
        raise DomainError(
            _("At most %(count)s files can be attached.") % {"count": MAX_ATTACHMENTS}
        )
    for _attempt in range(5):
        try:
            with transaction.atomic():  # a savepoint: a taken number is retried
                complaint = Complaint.objects.create(
                    tracking_number=tracking.tracking_number_new(
                        mall_code=TRACKING_PREFIX
                    ),
                    submit_key=submit_key,
                    mall=booth.mall,
                    booth=booth,
                    service=service,
                    application=application,
                    ticket=ticket,
                    citizen=citizen,
                    contact_name=contact_name,
                    contact_email=contact_email,
                    contact_phone=contact_phone,
                    text=text,
                )
            break
        except IntegrityError:
            first = Complaint.objects.filter(submit_key=submit_key).first()
            if first is not None:
                return first
    else:  # pragma: no cover - 30^8 numbers
        raise DomainError(_("The complaint could not be saved. Please try again."))
    for upload in files:
        ComplaintAttachment.objects.create(
            complaint=complaint,
            file=upload.file,
            original_name=(upload.file.name or "")[:255],
            content_type=upload.content_type,
            size=upload.file.size,
        )
    _record(complaint, previous="", by=citizen, note="")
    return complaint


# ---------------------------------------------------------------- staff
@transaction.atomic
def complaint_classify(
    *, complaint: Complaint, by: User, classification: str, expected_status=None
) -> Complaint:
    """Classify the complaint; its due date is the classification's working days
    after the day it was received, by its mall's calendar."""
    locked = _lock(complaint)
    _ensure_booth_staff(by, locked)
    received = timezone.localdate(locked.created_at)
    due = calendar.add_working_days(
        received, WORKING_DAYS[classification], mall=locked.mall
    )
    return _transition(
        locked,
        to=S.CLASSIFIED,
        by=by,
        expected_status=expected_status,
        note=classification,
        classification=classification,
        due_date=due,
    )


@transaction.atomic
def complaint_answer(
    *, complaint: Complaint, by: User, answer: str, expected_status=None
) -> Complaint:
    answer = answer.strip()
    if not answer:
        raise DomainError(_("Write the answer first."))
    locked = _lock(complaint)
    _ensure_booth_staff(by, locked)
    return _transition(
        locked,
        to=S.ANSWERED,
        by=by,
        expected_status=expected_status,
        answer=answer,
        answered_at=timezone.now(),
    )


@transaction.atomic
def complaint_close(
    *, complaint: Complaint, by: User, expected_status=None
) -> Complaint:
    locked = _lock(complaint)
    _ensure_booth_staff(by, locked)
    return _transition(
        locked,
        to=S.CLOSED,
        by=by,
        expected_status=expected_status,
        closed_at=timezone.now(),
    )


@transaction.atomic
def complaint_reject(
    *, complaint: Complaint, by: User, reason: str, expected_status=None
) -> Complaint:
    """Not a complaint this booth can handle (e.g. not about its services): the
    reason is shown to the complainant as the answer."""
    reason = reason.strip()
    if not reason:
        raise DomainError(_("Say why the complaint is not handled."))
    locked = _lock(complaint)
    _ensure_booth_staff(by, locked)
    return _transition(
        locked,
        to=S.REJECTED,
        by=by,
        expected_status=expected_status,
        note=reason,
        answer=reason,
        closed_at=timezone.now(),
    )


def complaint_forward_to_lapor(*, complaint: Complaint, by: User) -> Complaint:
    """Forward the complaint to SP4N-LAPOR! and record its reference.

    The gateway is called outside any transaction (no row lock is held during a
    network call); the reference is then written only if no other forward was
    recorded meanwhile. A failing gateway changes nothing."""
    _ensure_booth_staff(by, complaint)
    if complaint.lapor_reference:
        raise DomainError(_("This complaint was already forwarded to SP4N-LAPOR!."))
    if complaint.status not in OPEN:
        raise ComplaintChanged
    try:
        reference = gateways.lapor_gateway().forward(complaint=complaint)
    except gateways.LaporGatewayError:
        raise DomainError(
            _("SP4N-LAPOR! could not be reached; nothing was changed. Try again later.")
        ) from None
    with transaction.atomic():
        updated = Complaint.objects.filter(pk=complaint.pk, lapor_reference="").update(
            lapor_reference=str(reference)[:60], updated_at=timezone.now()
        )
        if not updated:
            raise DomainError(_("This complaint was already forwarded to SP4N-LAPOR!."))
        audit_actions.audit_record(
            action=AuditAction.STATUS_CHANGE,
            actor=by,
            citizen=complaint.citizen,
            object_repr=f"Complaint {complaint.tracking_number}",
            detail={"lapor_reference": str(reference)[:60]},
        )
    complaint.refresh_from_db()
    return complaint


# ---------------------------------------------------------------- deadlines
def _booth_staff(complaint: Complaint):
    return [
        row.user
        for row in BoothStaff.objects.select_related("user").filter(
            booth_id=complaint.booth_id,
            role__in=[BoothRole.OFFICER, BoothRole.SUPERVISOR],
            user__is_active=True,
        )
    ]


def _mall_managers(complaint: Complaint):
    return [
        row.user
        for row in MallManager.objects.select_related("user").filter(
            mall_id=complaint.mall_id, user__is_active=True
        )
    ]


def complaints_remind_due_soon(*, today: dt.date) -> int:
    """Tell the booth's staff of each open complaint due within one working day of
    its mall, once per complaint (`reminded_on`). Returns how many complaints.

    The claim is a conditional UPDATE (`reminded_on` still empty) in the same
    transaction as the notifications: a second run, or a second worker at the same
    moment, updates no row and sends nothing."""
    sent = 0
    candidates = Complaint.objects.select_related("mall", "booth__agency").filter(
        status__in=CLOCK_RUNNING,
        reminded_on__isnull=True,
        due_date__gte=today,
        due_date__lte=today + dt.timedelta(days=10),  # ample for one working day
    )
    for complaint in candidates.iterator():
        if complaint.due_date > calendar.add_working_days(
            today, 1, mall=complaint.mall
        ):
            continue
        with transaction.atomic():
            claimed = Complaint.objects.filter(
                pk=complaint.pk, reminded_on__isnull=True
            ).update(reminded_on=today)
            if not claimed:
                continue
            for user in _booth_staff(complaint):
                _notify(user, "due_soon", complaint)
        sent += 1
    return sent


def complaints_escalate_overdue(*, today: dt.date) -> int:
    """Tell the mall's managers of each open complaint past its due date, once per
    complaint (`escalated_at`, claimed as in complaints_remind_due_soon)."""
    sent = 0
    candidates = Complaint.objects.select_related("mall", "booth__agency").filter(
        status__in=CLOCK_RUNNING, escalated_at__isnull=True, due_date__lt=today
    )
    for complaint in candidates.iterator():
        with transaction.atomic():
            claimed = Complaint.objects.filter(
                pk=complaint.pk, escalated_at__isnull=True
            ).update(escalated_at=timezone.now())
            if not claimed:
                continue
            for user in _mall_managers(complaint):
                _notify(user, "overdue", complaint)
        sent += 1
    return sent
