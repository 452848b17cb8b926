"""Timed work on applications, run by Celery beat (applications/tasks.py): reminders
to officers before a due date, escalation to booth supervisors after it, closing
applications that waited too long on the citizen's fixes, and the supervisors'
daily digest.

Every function takes `today` (and `now`), so tests move the clock by passing them;
the tasks pass nothing and get the date in Asia/Jakarta. Each is idempotent and safe
with several workers at the same moment:

* A reminder, an escalation or a digest is claimed by inserting its record
  (DeadlineReminder: unique application + kind + day; SupervisorDigest: unique
  supervisor + day) in the transaction that writes its notifications. A second run
  finds the record and sends nothing; a second worker's insert waits for the first
  worker's commit, then finds the record too; a worker that fails rolls back its
  records with its notifications, so the next run sends them.
* Closing goes through applications.actions._lock and _transition: the row lock
  makes a second worker (or a citizen sending the fixes at that moment) wait, and
  the check under the lock then sees the application already closed or sent back.

"Due soon" and "overdue" are the back office inbox's: the deadline clock runs
(CLOCK_RUNNING), the due date is today or within the next MPP_DUE_SOON_WORKING_DAYS
national working days, or before today. Reminders, escalations and digests are sent
on working days only (DOMAIN §8), and no reminder goes to a mall closed that day.
"""

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import User
from agencies import calendar
from agencies.constants import BoothRole
from agencies.models import BoothStaff, Closure, MallManager
from applications import actions
from applications.models import (
    CLOCK_RUNNING,
    OPEN_FOR_OFFICER,
    Application,
    ApplicationStatus,
    DeadlineReminder,
    ReminderKind,
    SupervisorDigest,
)
from applications.selectors import due_soon_limit
from notifications import actions as notification_actions

logger = logging.getLogger(__name__)

S = ApplicationStatus
#: The statuses a digest counts: sent and not closed, in workflow order.
DIGEST_STATUSES = (
    S.SUBMITTED,
    S.IN_REVIEW,
    S.CHANGES_REQUESTED,
    S.APPROVED,
    S.READY_FOR_PICKUP,
)

BoothKey = tuple[int, int]  # (mall id, agency id): a booth's natural key


def _date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _notify(user: User, build: Callable[[], tuple[str, str]]) -> None:
    """Queue a message built by `build()` in the recipient's language."""
    with translation.override(user.preferred_language):
        subject, body = build()
        notification_actions.notification_create(
            recipient=user, subject=subject, body=body
        )


# ---------------------------------------------------------------- reads


def due_soon(*, today: dt.date) -> QuerySet[Application]:
    return Application.objects.filter(
        status__in=CLOCK_RUNNING,
        due_date__gte=today,
        due_date__lte=due_soon_limit(today),
    )


def overdue(*, today: dt.date) -> QuerySet[Application]:
    return Application.objects.filter(status__in=CLOCK_RUNNING, due_date__lt=today)


def fix_deadline(application: Application) -> dt.date | None:
    """The last day the citizen may send back the fixes of an application waiting
    on them (CHANGES_REQUESTED since `paused_on`), counted in the mall's working
    days; None if the application does not wait on the citizen."""
    if application.status != S.CHANGES_REQUESTED or application.paused_on is None:
        return None
    return calendar.add_working_days(
        application.paused_on,
        settings.MPP_FIX_WAIT_WORKING_DAYS,
        mall=application.mall,
    )


def _malls_closed(today: dt.date) -> frozenset[int]:
    return frozenset(
        Closure.objects.filter(date=today).values_list("mall_id", flat=True)
    )


@dataclass
class _BoothPeople:
    officers: list[User] = field(default_factory=list)
    supervisors: list[User] = field(default_factory=list)

    @property
    def staff_ids(self) -> set[int]:
        return {u.pk for u in self.officers + self.supervisors}


def _booth_people(keys: Iterable[BoothKey]) -> dict[BoothKey, _BoothPeople]:
    """The active officers and supervisors of active booths, by booth (one query)."""
    keys = set(keys)
    people: dict[BoothKey, _BoothPeople] = defaultdict(_BoothPeople)
    if not keys:
        return people
    seats = (
        BoothStaff.objects.filter(
            booth__is_active=True,
            user__is_active=True,
            booth__mall_id__in={mall_id for mall_id, _agency in keys},
            booth__agency_id__in={agency_id for _mall, agency_id in keys},
        )
        .select_related("user", "booth")
        .order_by("user_id")
    )
    for seat in seats:
        key = (seat.booth.mall_id, seat.booth.agency_id)
        if key not in keys:
            continue
        if seat.role == BoothRole.SUPERVISOR:
            people[key].supervisors.append(seat.user)
        else:
            people[key].officers.append(seat.user)
    return people


def _candidates(
    applications: QuerySet[Application], *, kind: str, today: dt.date
) -> dict[BoothKey, list[Application]]:
    """Applications not yet reminded of `kind` today, outside malls closed today,
    by booth, each booth's in id order (the order every worker claims them in)."""
    reminded = DeadlineReminder.objects.filter(
        application=OuterRef("pk"), kind=kind, day=today
    )
    rows = (
        applications.exclude(Exists(reminded))
        .exclude(mall_id__in=_malls_closed(today))
        .select_related("service__agency", "mall", "assigned_to")
        .order_by("pk")
    )
    by_booth: dict[BoothKey, list[Application]] = defaultdict(list)
    for application in rows:
        by_booth[(application.mall_id, application.service.agency_id)].append(
            application
        )
    return by_booth


# ---------------------------------------------------------------- claims


def _claim(application: Application, *, kind: str, day: dt.date, told: int) -> bool:
    """Insert today's record of `kind` for `application`; False if it exists. Two
    workers inserting it at once: the second waits for the first's commit, then
    gets the existing row (the unique constraint, not a check-then-create)."""
    _reminder, created = DeadlineReminder.objects.get_or_create(
        application=application,
        kind=kind,
        day=day,
        defaults={"recipient_count": told},
    )
    return created


@transaction.atomic
def _remind_booth(
    applications: list[Application],
    *,
    kind: str,
    today: dt.date,
    recipients_for: Callable[[Application], list[User]],
    build: Callable[[User, list[Application]], Callable[[], tuple[str, str]]],
) -> int:
    """Claim one booth's applications and send each recipient one message listing
    those that were theirs; returns how many applications were claimed."""
    by_recipient: dict[int, tuple[User, list[Application]]] = {}
    claimed = 0
    for application in applications:
        recipients = recipients_for(application)
        if not _claim(application, kind=kind, day=today, told=len(recipients)):
            continue  # another run or worker already sent it today
        claimed += 1
        if not recipients:
            logger.warning(
                "Nobody to tell about application %s (%s): no active staff.",
                application.tracking_number,
                kind,
            )
        for user in recipients:
            by_recipient.setdefault(user.pk, (user, []))[1].append(application)
    for user, theirs in by_recipient.values():
        _notify(user, build(user, theirs))
    return claimed


# ---------------------------------------------------------------- due soon


def _due_soon_message(
    user: User, applications: list[Application]
) -> Callable[[], tuple[str, str]]:
    def build() -> tuple[str, str]:
        count = len(applications)
        subject = ngettext(
            "%(count)d application due soon", "%(count)d applications due soon", count
        ) % {"count": count}
        lines = [
            _(
                "These applications must be finished today or within the next "
                "%(days)d working days:"
            )
            % {"days": settings.MPP_DUE_SOON_WORKING_DAYS},
            "",
        ]
        for application in applications:
            if application.assigned_to_id == user.pk:
                who = _("assigned to you")
            elif application.assigned_to_id:
                who = _("assigned to %(name)s") % {
                    "name": application.assigned_to.full_name
                }
            else:
                who = _("not assigned yet")
            lines.append(
                _("- %(number)s, %(service)s at %(mall)s: due %(due)s, %(who)s")
                % {
                    "number": application.tracking_number,
                    "service": application.service.name,
                    "mall": application.mall.name,
                    "due": _date(application.due_date),
                    "who": who,
                }
            )
        lines += ["", _("Open the back office (/petugas/) to process them.")]
        return subject, "\n".join(lines)

    return build


def reminders_send_due_soon(*, today: dt.date | None = None) -> int:
    """Remind officers of applications due soon, once per application per day: the
    assigned officer, or, when nobody is assigned (or the assignee no longer works
    at the booth), every officer of the booth (its supervisors if it has no
    officer). One message per officer and booth lists their applications. Returns
    how many applications were reminded."""
    today = today or timezone.localdate()
    if not calendar.is_working_day(today):
        return 0
    booths = _candidates(due_soon(today=today), kind=ReminderKind.DUE_SOON, today=today)
    people = _booth_people(booths)

    def recipients_for(application: Application) -> list[User]:
        booth = people[(application.mall_id, application.service.agency_id)]
        if application.assigned_to_id in booth.staff_ids:
            return [application.assigned_to]
        return booth.officers or booth.supervisors

    reminded = sum(
        _remind_booth(
            applications,
            kind=ReminderKind.DUE_SOON,
            today=today,
            recipients_for=recipients_for,
            build=_due_soon_message,
        )
        for applications in booths.values()
    )
    logger.info("Due-soon reminders: %d applications.", reminded)
    return reminded


# ---------------------------------------------------------------- overdue


def _overdue_message(
    user: User, applications: list[Application]
) -> Callable[[], tuple[str, str]]:
    def build() -> tuple[str, str]:
        count = len(applications)
        subject = ngettext(
            "%(count)d application overdue", "%(count)d applications overdue", count
        ) % {"count": count}
        lines = [_("These applications passed their due date:"), ""]
        for application in applications:
            who = (
                _("assigned to %(name)s") % {"name": application.assigned_to.full_name}
                if application.assigned_to_id
                else _("not assigned")
            )
            lines.append(
                _("- %(number)s, %(service)s at %(mall)s: was due %(due)s, %(who)s")
                % {
                    "number": application.tracking_number,
                    "service": application.service.name,
                    "mall": application.mall.name,
                    "due": _date(application.due_date),
                    "who": who,
                }
            )
        lines += [
            "",
            _("Assign them or follow them up in the back office (/petugas/)."),
        ]
        return subject, "\n".join(lines)

    return build


def escalations_send_overdue(*, today: dt.date | None = None) -> int:
    """Tell the booth supervisors of overdue applications, once per application
    per day; a booth without an active supervisor escalates to its mall's
    managers. Returns how many applications were escalated."""
    today = today or timezone.localdate()
    if not calendar.is_working_day(today):
        return 0
    booths = _candidates(overdue(today=today), kind=ReminderKind.OVERDUE, today=today)
    people = _booth_people(booths)
    managers: dict[int, list[User]] = defaultdict(list)
    for manager in (
        MallManager.objects.filter(
            mall_id__in={mall_id for mall_id, _agency in booths},
            user__is_active=True,
        )
        .select_related("user")
        .order_by("user_id")
    ):
        managers[manager.mall_id].append(manager.user)

    def recipients_for(application: Application) -> list[User]:
        booth = people[(application.mall_id, application.service.agency_id)]
        return booth.supervisors or managers[application.mall_id]

    escalated = sum(
        _remind_booth(
            applications,
            kind=ReminderKind.OVERDUE,
            today=today,
            recipients_for=recipients_for,
            build=_overdue_message,
        )
        for applications in booths.values()
    )
    logger.info("Overdue escalations: %d applications.", escalated)
    return escalated


# ---------------------------------------------------------------- unfixed


def _close_note(days: int) -> str:
    # The timeline is one record for citizen and staff: in the portal's language,
    # like the officers' notes.
    with translation.override(settings.LANGUAGE_CODE):
        return _("closed: no fix within %(days)d working days") % {"days": days}


@transaction.atomic
def _close_unfixed(
    application: Application, *, today: dt.date, now: dt.datetime
) -> bool:
    locked = actions._lock(application)
    # Under the lock: the citizen may have sent the fixes, or another worker closed
    # it, while this one waited.
    deadline = fix_deadline(locked)
    if deadline is None or deadline >= today:
        return False
    days = settings.MPP_FIX_WAIT_WORKING_DAYS
    actions._transition(
        locked,
        to=S.CANCELLED,
        by=None,
        note=_close_note(days),
        closed_at=now,
        paused_on=None,
    )
    citizen = locked.citizen
    if citizen.is_active:  # a deactivated account is told nothing

        def build() -> tuple[str, str]:
            params = {
                "number": locked.tracking_number,
                "service": locked.service.name,
                "days": days,
                "deadline": _date(deadline),
            }
            return (
                _("Application %(number)s closed") % params,
                _(
                    "Your application %(number)s for %(service)s was closed: the "
                    "documents the officer asked you to fix were not sent back "
                    "within %(days)d working days (by %(deadline)s). You may apply "
                    "again at any time."
                )
                % params,
            )

        _notify(citizen, build)
    return True


def applications_close_unfixed(
    *, today: dt.date | None = None, now: dt.datetime | None = None
) -> int:
    """Close (CANCELLED, with a note and closed_at) the applications that waited on
    the citizen's fixes for more than MPP_FIX_WAIT_WORKING_DAYS working days of
    their mall, and tell the citizen. Each in its own transaction. Returns how many
    were closed."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    # Working days are calendar days at least, so only these can be late.
    oldest = today - dt.timedelta(days=settings.MPP_FIX_WAIT_WORKING_DAYS)
    candidates = (
        Application.objects.filter(status=S.CHANGES_REQUESTED, paused_on__lt=oldest)
        .select_related("mall")
        .order_by("pk")
    )
    closed = 0
    for application in candidates:
        deadline = fix_deadline(application)
        if deadline is not None and deadline < today:
            closed += _close_unfixed(application, today=today, now=now)
    logger.info("Closed %d applications without fixes.", closed)
    return closed


# ---------------------------------------------------------------- digest


def _booth_counts(*, today: dt.date) -> dict[BoothKey, dict[str, int]]:
    """Per booth: sent, open applications per status, due soon, overdue and
    unassigned (one query; a booth with nothing open has no entry)."""
    clock = Q(status__in=CLOCK_RUNNING)
    rows = (
        Application.objects.filter(status__in=DIGEST_STATUSES)
        .values("mall_id", "service__agency_id")
        .order_by()
        .annotate(
            **{str(s): Count("pk", filter=Q(status=s)) for s in DIGEST_STATUSES},
            due_soon=Count(
                "pk",
                filter=clock
                & Q(due_date__gte=today, due_date__lte=due_soon_limit(today)),
            ),
            overdue=Count("pk", filter=clock & Q(due_date__lt=today)),
            unassigned=Count(
                "pk",
                filter=Q(status__in=OPEN_FOR_OFFICER, assigned_to__isnull=True),
            ),
        )
    )
    return {(row.pop("mall_id"), row.pop("service__agency_id")): row for row in rows}


def _digest_message(
    seats: list[BoothStaff], counts: dict[BoothKey, dict[str, int]], today: dt.date
) -> Callable[[], tuple[str, str]]:
    def build() -> tuple[str, str]:
        subject = _("Daily summary %(date)s") % {"date": _date(today)}
        lines: list[str] = []
        for seat in seats:
            booth = seat.booth
            numbers = counts.get((booth.mall_id, booth.agency_id), {})
            lines += [
                f"{booth.agency.short_name} – {booth.mall.name}",
                *(f"  {s.label}: {numbers.get(str(s), 0)}" for s in DIGEST_STATUSES),
                "  " + _("Due soon: %(count)d") % {"count": numbers.get("due_soon", 0)},
                "  " + _("Overdue: %(count)d") % {"count": numbers.get("overdue", 0)},
                "  "
                + _("Not assigned: %(count)d")
                % {"count": numbers.get("unassigned", 0)},
                "",
            ]
        lines.append(_("The details are in the back office (/petugas/)."))
        return subject, "\n".join(lines)

    return build


@transaction.atomic
def _send_digest(
    supervisor: User,
    seats: list[BoothStaff],
    counts: dict[BoothKey, dict[str, int]],
    today: dt.date,
) -> bool:
    _digest, created = SupervisorDigest.objects.get_or_create(
        supervisor=supervisor, day=today
    )
    if created:
        _notify(supervisor, _digest_message(seats, counts, today))
    return created


def digests_send(*, today: dt.date | None = None) -> int:
    """Send every active booth supervisor one summary a working day of their
    booths: open applications per status, due soon, overdue, unassigned. Returns
    how many digests were sent."""
    today = today or timezone.localdate()
    if not calendar.is_working_day(today):
        return 0
    counts = _booth_counts(today=today)
    seats_by_supervisor: dict[int, list[BoothStaff]] = defaultdict(list)
    for seat in (
        BoothStaff.objects.filter(
            role=BoothRole.SUPERVISOR, booth__is_active=True, user__is_active=True
        )
        .exclude(
            Exists(
                SupervisorDigest.objects.filter(supervisor=OuterRef("user"), day=today)
            )
        )
        .select_related("user", "booth__mall", "booth__agency")
        .order_by("user_id", "booth__mall__name", "booth__agency__short_name")
    ):
        seats_by_supervisor[seat.user_id].append(seat)
    sent = sum(
        _send_digest(seats[0].user, seats, counts, today)
        for seats in seats_by_supervisor.values()
    )
    logger.info("Supervisor digests: %d sent.", sent)
    return sent
