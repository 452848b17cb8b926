"""Timed work on applications (applications/deadlines.py and tasks.py, issue 7 §5):
due-soon reminders to officers, overdue escalations to supervisors, closing what
waited too long on the citizen's fixes, and the supervisors' daily digest.

The clock is moved by passing `today` (and `now`). Every task runs twice in the
tests to show that the second run sends and closes nothing; on PostgreSQL two
workers released together do the work once."""

import datetime as dt
import threading
from unittest import mock

import pytest
from celery.schedules import crontab

from django.conf import settings
from django.db import connection
from django.utils import timezone

from accounts.models import User
from agencies import calendar
from agencies.constants import BoothRole
from agencies.models import Booth, BoothStaff, Closure
from applications import deadlines, tasks
from applications.models import (
    APPLICATION_TRANSITIONS,
    Application,
    ApplicationStatus,
    DeadlineReminder,
    ReminderKind,
    StatusChange,
    SupervisorDigest,
)
from mpp.exceptions import InvalidTransition
from notifications import tasks as notification_tasks
from notifications.models import Notification
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.applications.factories import ApplicationFactory, officer_for

pytestmark = pytest.mark.django_db

S = ApplicationStatus
SUPERVISOR = BoothRole.SUPERVISOR

# A working week with no national day off (checked by the first test).
MONDAY = dt.date(2025, 10, 6)
TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = (
    MONDAY + dt.timedelta(days=n) for n in range(1, 6)
)
LAST_FRIDAY = MONDAY - dt.timedelta(days=3)
NEXT_MONDAY = MONDAY + dt.timedelta(days=7)
HOLIDAY = dt.date(2025, 9, 5)  # Maulid Nabi Muhammad, a Friday
# Asked for fixes on Monday 15 September 2025: 14 working days end on Friday 3
# October.
PAUSED_ON = dt.date(2025, 9, 15)
LAST_DAY_TO_FIX = dt.date(2025, 10, 3)
NOW = dt.datetime(2025, 10, 4, 1, 0, tzinfo=dt.UTC)

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite ignores select_for_update and serialises writers, so a race "
    "cannot happen on it",
)


@pytest.fixture(autouse=True)
def enqueued():
    """Delivery tasks are recorded, not run: these tests read the outbox rows."""
    with mock.patch.object(notification_tasks.notification_deliver, "delay") as delay:
        yield delay


def _due(on: dt.date, trait: str = "in_review", **fields) -> Application:
    return ApplicationFactory(**{trait: True}, due_date=on, **fields)


def _staff(application: Application, *, role=BoothRole.OFFICER, language="id") -> User:
    user = officer_for(application, role=role)
    User.objects.filter(pk=user.pk).update(preferred_language=language)
    user.refresh_from_db()
    return user


def _assign(application: Application, user: User | None) -> None:
    Application.objects.filter(pk=application.pk).update(assigned_to=user)


def _messages() -> list[tuple[int, str, str]]:
    return list(
        Notification.objects.order_by("pk").values_list("recipient", "subject", "body")
    )


def _recipients() -> list[int]:
    return sorted(Notification.objects.values_list("recipient", flat=True))


def test_the_test_calendar():
    week = [MONDAY + dt.timedelta(days=n) for n in range(5)]
    assert all(calendar.is_working_day(day) for day in week)
    assert not calendar.is_working_day(HOLIDAY)
    assert calendar.add_working_days(PAUSED_ON, 14) == LAST_DAY_TO_FIX


# ---------------------------------------------------------------- due soon


def test_due_soon_reminds_the_assigned_officer_once_a_day():
    # given
    application = _due(WEDNESDAY)
    officer = _staff(application)
    colleague = _staff(application)
    _staff(application, role=SUPERVISOR)
    _assign(application, officer)

    # when
    first = deadlines.reminders_send_due_soon(today=MONDAY)
    second = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert (first, second) == (1, 0)
    [(recipient, subject, body)] = _messages()
    assert recipient == officer.pk != colleague.pk
    assert subject == "1 permohonan segera jatuh tempo"
    assert body == (
        "Permohonan berikut harus selesai hari ini atau dalam 2 hari kerja "
        "berikutnya:\n"
        "\n"
        f"- {application.tracking_number}, {application.service.name} di "
        f"{application.mall.name}: tenggat 08-10-2025, ditugaskan kepada Anda\n"
        "\n"
        "Buka ruang petugas (/petugas/) untuk memprosesnya."
    )
    assert list(
        DeadlineReminder.objects.values_list(
            "application", "kind", "day", "recipient_count"
        )
    ) == [(application.pk, ReminderKind.DUE_SOON, MONDAY, 1)]


def test_due_soon_reminder_in_the_officers_language():
    # given
    application = _due(MONDAY)
    officer = _staff(application, language="en")
    _assign(application, officer)

    # when
    deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    [(_recipient, subject, body)] = _messages()
    assert subject == "1 application due soon"
    assert (
        f"- {application.tracking_number}, {application.service.name} at "
        f"{application.mall.name}: due 06-10-2025, assigned to you"
    ) in body
    assert body.endswith("Open the back office (/petugas/) to process them.")


def test_an_unassigned_application_reminds_every_officer_of_its_booth():
    # given
    application = _due(TUESDAY, trait="submitted")
    officers = [_staff(application), _staff(application)]
    _staff(application, role=SUPERVISOR)
    other = _due(TUESDAY)  # another booth's, assigned to its officer
    elsewhere = _staff(other)
    _assign(other, elsewhere)

    # when
    reminded = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert reminded == 2
    mine = Notification.objects.exclude(recipient=elsewhere)
    assert sorted(mine.values_list("recipient", flat=True)) == [o.pk for o in officers]
    assert all("belum ditugaskan" in n.body for n in mine)
    assert DeadlineReminder.objects.get(application=application).recipient_count == 2


def test_a_booth_without_officers_reminds_its_supervisors():
    # given
    application = _due(TUESDAY)
    supervisor = _staff(application, role=SUPERVISOR)

    # when
    deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert _recipients() == [supervisor.pk]


@pytest.mark.parametrize("gone", ["left the booth", "deactivated"])
def test_an_assignee_no_longer_there_is_replaced_by_the_booth_officers(gone):
    # given
    application = _due(TUESDAY)
    assignee = _staff(application)
    officer = _staff(application)
    _assign(application, assignee)
    if gone == "left the booth":
        BoothStaff.objects.filter(user=assignee).delete()
    else:
        User.objects.filter(pk=assignee.pk).update(is_active=False)

    # when
    deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    [(recipient, _subject, body)] = _messages()
    assert recipient == officer.pk
    assert f"ditugaskan kepada {assignee.full_name}" in body


def test_one_message_per_officer_lists_all_their_applications():
    # given
    first = _due(MONDAY)
    second = _due(WEDNESDAY, service=first.service)
    officer = _staff(first)

    # when
    reminded = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert reminded == 2
    [(recipient, subject, body)] = _messages()
    assert recipient == officer.pk
    assert subject == "2 permohonan segera jatuh tempo"
    lines = body.splitlines()
    assert lines[2].startswith(f"- {first.tracking_number}, ")
    assert lines[3].startswith(f"- {second.tracking_number}, ")
    assert DeadlineReminder.objects.count() == 2


@pytest.mark.parametrize(
    ("today", "due", "reminded"),
    [
        (THURSDAY, THURSDAY, True),  # due today
        (THURSDAY, NEXT_MONDAY, True),  # 2 working days on: Friday, Monday
        (THURSDAY, NEXT_MONDAY + dt.timedelta(days=1), False),
        (THURSDAY, WEDNESDAY, False),  # overdue: the supervisors' business
    ],
)
def test_due_soon_window(today, due, reminded):
    # given
    application = _due(due)
    _staff(application)

    # when
    count = deadlines.reminders_send_due_soon(today=today)

    # then
    assert count == Notification.objects.count() == int(reminded)


def test_due_soon_window_follows_the_setting(settings):
    # given
    settings.MPP_DUE_SOON_WORKING_DAYS = 0
    today = _due(MONDAY)
    _due(TUESDAY, service=today.service)
    _staff(today)

    # when
    reminded = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert reminded == 1
    assert DeadlineReminder.objects.get().application_id == today.pk


@pytest.mark.parametrize(
    ("trait", "reminded"),
    [
        ("submitted", True),
        ("in_review", True),
        ("changes_requested", False),  # the clock waits on the citizen
        ("approved", False),
        ("ready_for_pickup", False),
        ("rejected", False),
        ("completed", False),
    ],
)
def test_due_soon_only_while_the_clock_runs(trait, reminded):
    # given
    application = _due(TUESDAY, trait=trait)
    _staff(application)

    # when
    count = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert count == Notification.objects.count() == int(reminded)


def test_reminded_again_the_next_working_day():
    # given
    application = _due(WEDNESDAY)
    officer = _staff(application)

    # when
    deadlines.reminders_send_due_soon(today=MONDAY)
    deadlines.reminders_send_due_soon(today=TUESDAY)
    deadlines.reminders_send_due_soon(today=TUESDAY)

    # then
    assert _recipients() == [officer.pk, officer.pk]
    assert sorted(DeadlineReminder.objects.values_list("day", flat=True)) == [
        MONDAY,
        TUESDAY,
    ]


@pytest.mark.parametrize("day", [SATURDAY, HOLIDAY], ids=["saturday", "holiday"])
def test_no_reminders_on_days_off(day):
    # given
    application = _due(calendar.add_working_days(day, 1))
    _staff(application)

    # when
    reminded = deadlines.reminders_send_due_soon(today=day)

    # then
    assert reminded == 0
    assert Notification.objects.count() == DeadlineReminder.objects.count() == 0


def test_no_reminders_for_a_mall_closed_today():
    # given
    closed = _due(TUESDAY)
    _staff(closed)
    Closure.objects.create(mall=closed.mall, date=MONDAY, reason="Banjir")
    open_ = _due(TUESDAY)
    officer = _staff(open_)

    # when
    reminded = deadlines.reminders_send_due_soon(today=MONDAY)

    # then
    assert reminded == 1
    assert _recipients() == [officer.pk]


# ---------------------------------------------------------------- overdue


def test_overdue_escalates_to_the_booth_supervisors_once_a_day():
    # given
    application = _due(MONDAY)
    officer = _staff(application)
    _assign(application, officer)
    supervisors = [_staff(application, role=SUPERVISOR) for _n in range(2)]

    # when
    first = deadlines.escalations_send_overdue(today=WEDNESDAY)
    second = deadlines.escalations_send_overdue(today=WEDNESDAY)

    # then
    assert (first, second) == (1, 0)
    assert _recipients() == [s.pk for s in supervisors]
    notification = Notification.objects.first()
    assert notification.subject == "1 permohonan terlambat"
    assert notification.body == (
        "Permohonan berikut sudah melewati tenggatnya:\n"
        "\n"
        f"- {application.tracking_number}, {application.service.name} di "
        f"{application.mall.name}: tenggat 06-10-2025, ditugaskan kepada "
        f"{officer.full_name}\n"
        "\n"
        "Tugaskan atau tindak lanjuti di ruang petugas (/petugas/)."
    )
    assert list(DeadlineReminder.objects.values_list("kind", "day")) == [
        (ReminderKind.OVERDUE, WEDNESDAY)
    ]


def test_overdue_escalation_in_the_supervisors_language():
    # given
    application = _due(LAST_FRIDAY)
    _staff(application, role=SUPERVISOR, language="en")

    # when
    deadlines.escalations_send_overdue(today=MONDAY)

    # then
    [(_recipient, subject, body)] = _messages()
    assert subject == "1 application overdue"
    assert body.startswith("These applications passed their due date:")
    assert "was due 03-10-2025, not assigned" in body


def test_overdue_without_a_supervisor_goes_to_the_mall_managers():
    # given
    application = _due(LAST_FRIDAY)
    _staff(application)  # an officer: not told of the escalation
    manager = MallManagerFactory(mall=application.mall).user
    MallManagerFactory()  # another mall's manager

    # when
    deadlines.escalations_send_overdue(today=MONDAY)

    # then
    assert _recipients() == [manager.pk]


def test_overdue_escalated_again_the_next_working_day():
    # given
    application = _due(LAST_FRIDAY)
    supervisor = _staff(application, role=SUPERVISOR)

    # when
    for day in (MONDAY, MONDAY, TUESDAY, TUESDAY):
        deadlines.escalations_send_overdue(today=day)

    # then
    assert _recipients() == [supervisor.pk, supervisor.pk]


@pytest.mark.parametrize(
    ("trait", "due"),
    [
        ("in_review", MONDAY),  # due today: not late yet
        ("changes_requested", LAST_FRIDAY),  # the clock waits on the citizen
        ("approved", LAST_FRIDAY),  # decided in time is what counts
    ],
)
def test_not_escalated(trait, due):
    # given
    application = _due(due, trait=trait)
    _staff(application, role=SUPERVISOR)

    # when
    escalated = deadlines.escalations_send_overdue(today=MONDAY)

    # then
    assert escalated == Notification.objects.count() == 0


def test_no_escalations_on_days_off():
    # given
    application = _due(THURSDAY)
    _staff(application, role=SUPERVISOR)

    # when
    escalated = deadlines.escalations_send_overdue(today=SATURDAY)

    # then
    assert escalated == Notification.objects.count() == 0


# ---------------------------------------------------------------- unfixed


def _waiting(paused_on: dt.date = PAUSED_ON, **fields) -> Application:
    return ApplicationFactory(changes_requested=True, paused_on=paused_on, **fields)


def test_the_fix_deadline_counts_the_malls_working_days():
    # given
    application = _waiting()

    # when, then
    assert deadlines.fix_deadline(application) == LAST_DAY_TO_FIX
    Closure.objects.create(
        mall=application.mall, date=PAUSED_ON + dt.timedelta(2), reason="Renovasi"
    )
    assert deadlines.fix_deadline(application) == MONDAY
    application.status = S.SUBMITTED
    assert deadlines.fix_deadline(application) is None


def test_an_application_waiting_past_the_fix_deadline_is_closed_once():
    # given
    application = _waiting(citizen__preferred_language="en")
    untouched = _waiting(paused_on=LAST_DAY_TO_FIX)
    today = LAST_DAY_TO_FIX + dt.timedelta(days=1)

    # when
    first = deadlines.applications_close_unfixed(today=today, now=NOW)
    second = deadlines.applications_close_unfixed(today=today, now=NOW)

    # then
    assert (first, second) == (1, 0)
    closed = Application.objects.get(pk=application.pk)
    assert closed.status == S.CANCELLED
    assert closed.closed_at == NOW
    assert closed.paused_on is None
    assert list(
        closed.history.values_list("from_status", "to_status", "changed_by", "note")
    ) == [
        (
            S.CHANGES_REQUESTED,
            S.CANCELLED,
            None,
            "ditutup: tidak ada perbaikan dalam 14 hari kerja",
        )
    ]
    [(recipient, subject, body)] = _messages()
    assert recipient == application.citizen_id
    assert subject == f"Application {application.tracking_number} closed"
    assert body == (
        f"Your application {application.tracking_number} for "
        f"{application.service.name} was closed: the documents the officer asked "
        "you to fix were not sent back within 14 working days (by 03-10-2025). "
        "You may apply again at any time."
    )
    assert Application.objects.get(pk=untouched.pk).status == S.CHANGES_REQUESTED


def test_the_citizen_is_told_in_their_language():
    # given
    application = _waiting()

    # when
    deadlines.applications_close_unfixed(today=MONDAY, now=NOW)

    # then
    [(_recipient, subject, body)] = _messages()
    assert subject == f"Permohonan {application.tracking_number} ditutup"
    assert "tidak dikirim kembali dalam 14 hari kerja" in body
    assert "(paling lambat 03-10-2025)" in body


def test_not_closed_on_the_last_day_to_fix():
    # given
    application = _waiting()

    # when
    closed = deadlines.applications_close_unfixed(today=LAST_DAY_TO_FIX, now=NOW)

    # then
    assert closed == 0
    assert Application.objects.get(pk=application.pk).status == S.CHANGES_REQUESTED
    assert Notification.objects.count() == StatusChange.objects.count() == 0


def test_a_mall_closure_gives_the_citizen_one_more_day():
    # given
    application = _waiting()
    Closure.objects.create(
        mall=application.mall, date=PAUSED_ON + dt.timedelta(1), reason="Renovasi"
    )

    # when
    saturday = deadlines.applications_close_unfixed(
        today=LAST_DAY_TO_FIX + dt.timedelta(days=1), now=NOW
    )
    tuesday = deadlines.applications_close_unfixed(today=TUESDAY, now=NOW)

    # then
    assert (saturday, tuesday) == (0, 1)


@pytest.mark.parametrize(
    "fields",
    [
        {"submitted": True},  # the citizen sent the fixes (paused_on cleared)
        {"in_review": True},
        {"changes_requested": True, "paused_on": None},  # since when? unknown
    ],
    ids=["resubmitted", "in review", "no pause date"],
)
def test_only_applications_waiting_on_the_citizen_are_closed(fields):
    # given
    application = ApplicationFactory(**fields)

    # when
    closed = deadlines.applications_close_unfixed(today=NEXT_MONDAY, now=NOW)

    # then
    assert closed == 0
    assert Application.objects.get(pk=application.pk).status == application.status


def test_fixes_sent_while_the_task_waited_for_the_lock_are_kept():
    # given: the task read the application before the citizen sent the fixes
    stale = _waiting()
    Application.objects.filter(pk=stale.pk).update(status=S.SUBMITTED, paused_on=None)

    # when
    closed = deadlines._close_unfixed(stale, today=NEXT_MONDAY, now=NOW)

    # then
    assert closed is False
    assert Application.objects.get(pk=stale.pk).status == S.SUBMITTED
    assert Notification.objects.count() == 0


def test_closing_follows_the_transition_table(monkeypatch):
    # given
    application = _waiting()
    monkeypatch.setitem(APPLICATION_TRANSITIONS, S.CHANGES_REQUESTED, {S.SUBMITTED})

    # when, then
    with pytest.raises(InvalidTransition):
        deadlines.applications_close_unfixed(today=NEXT_MONDAY, now=NOW)
    assert Application.objects.get(pk=application.pk).status == S.CHANGES_REQUESTED
    assert Notification.objects.count() == StatusChange.objects.count() == 0


def test_a_deactivated_citizen_is_closed_without_a_notice():
    # given
    application = _waiting(citizen__is_active=False)

    # when
    closed = deadlines.applications_close_unfixed(today=NEXT_MONDAY, now=NOW)

    # then
    assert closed == 1
    assert Application.objects.get(pk=application.pk).status == S.CANCELLED
    assert Notification.objects.count() == 0


def test_the_fix_wait_follows_the_setting(settings):
    # given
    settings.MPP_FIX_WAIT_WORKING_DAYS = 1
    application = _waiting(paused_on=MONDAY)

    # when
    tuesday = deadlines.applications_close_unfixed(today=TUESDAY, now=NOW)
    wednesday = deadlines.applications_close_unfixed(today=WEDNESDAY, now=NOW)

    # then
    assert (tuesday, wednesday) == (0, 1)
    assert application.history.get().note == (
        "ditutup: tidak ada perbaikan dalam 1 hari kerja"
    )


# ---------------------------------------------------------------- digest


def _booth_header(application: Application) -> str:
    return f"{application.service.agency.short_name} – {application.mall.name}"


def test_the_digest_counts_the_supervisors_booths_once_a_day():
    # given
    soon = _due(TUESDAY)
    service = soon.service
    officer = _staff(soon)
    supervisor = _staff(soon, role=SUPERVISOR, language="en")
    _assign(soon, officer)
    _assign(_due(LAST_FRIDAY, service=service), officer)  # overdue
    _due(NEXT_MONDAY, trait="submitted", service=service)  # unassigned
    _due(TUESDAY, trait="changes_requested", service=service)  # clock paused
    _due(LAST_FRIDAY, trait="approved", service=service)  # unassigned
    _assign(_due(LAST_FRIDAY, trait="ready_for_pickup", service=service), officer)
    _due(LAST_FRIDAY, trait="completed", service=service)  # closed: not counted
    ApplicationFactory(service=service)  # a draft: not counted
    _due(LAST_FRIDAY)  # another booth

    # when
    first = deadlines.digests_send(today=MONDAY)
    second = deadlines.digests_send(today=MONDAY)

    # then
    assert (first, second) == (1, 0)
    [(recipient, subject, body)] = _messages()
    assert recipient == supervisor.pk
    assert subject == "Daily summary 06-10-2025"
    assert body == (
        f"{_booth_header(soon)}\n"
        "  Submitted: 1\n"
        "  In review: 2\n"
        "  Changes requested: 1\n"
        "  Approved: 1\n"
        "  Ready for pickup: 1\n"
        "  Due soon: 1\n"
        "  Overdue: 1\n"
        "  Not assigned: 2\n"
        "\n"
        "The details are in the back office (/petugas/)."
    )
    assert list(SupervisorDigest.objects.values_list("supervisor", "day")) == [
        (supervisor.pk, MONDAY)
    ]


def test_the_digest_in_indonesian_for_a_quiet_booth():
    # given
    application = _due(NEXT_MONDAY, trait="completed")
    _staff(application, role=SUPERVISOR)

    # when
    deadlines.digests_send(today=MONDAY)

    # then
    [(_recipient, subject, body)] = _messages()
    assert subject == "Ringkasan harian 06-10-2025"
    assert "  Segera jatuh tempo: 0\n  Terlambat: 0\n  Belum ditugaskan: 0\n" in body
    assert body.endswith("Rinciannya ada di ruang petugas (/petugas/).")


def test_a_supervisor_of_two_booths_gets_one_digest_with_both():
    # given
    first = _due(TUESDAY)
    supervisor = _staff(first, role=SUPERVISOR)
    second = _due(TUESDAY)
    BoothStaffFactory(
        user=supervisor,
        role=SUPERVISOR,
        booth=Booth.objects.get(mall=second.mall, agency=second.service.agency),
    )

    # when
    sent = deadlines.digests_send(today=MONDAY)

    # then
    assert sent == 1
    [(_recipient, _subject, body)] = _messages()
    assert _booth_header(first) in body
    assert _booth_header(second) in body


def test_digests_daily_on_working_days_to_active_supervisors_only():
    # given
    application = _due(TUESDAY)
    supervisor = _staff(application, role=SUPERVISOR)
    _staff(application)  # an officer
    gone = _staff(application, role=SUPERVISOR)
    User.objects.filter(pk=gone.pk).update(is_active=False)

    # when
    for day in (SATURDAY, NEXT_MONDAY, NEXT_MONDAY, NEXT_MONDAY + dt.timedelta(1)):
        deadlines.digests_send(today=day)

    # then
    assert _recipients() == [supervisor.pk, supervisor.pk]


# ---------------------------------------------------------------- tasks and beat

TASKS = (
    "reminders_send_due_soon",
    "escalations_send_overdue",
    "applications_close_unfixed",
    "digests_send",
)


@pytest.mark.parametrize("name", TASKS)
def test_each_task_runs_its_action_for_today(name):
    with mock.patch.object(deadlines, name) as action:
        getattr(tasks, name).apply().get()
    action.assert_called_once_with()


def test_the_close_task_uses_todays_date():
    # given: asked for fixes ten weeks ago
    application = _waiting(paused_on=timezone.localdate() - dt.timedelta(weeks=10))

    # when
    tasks.applications_close_unfixed.apply().get()

    # then
    assert Application.objects.get(pk=application.pk).status == S.CANCELLED


@pytest.mark.parametrize(
    ("name", "weekdays"),
    [
        ("applications_close_unfixed", set(range(7))),
        ("reminders_send_due_soon", {1, 2, 3, 4, 5}),
        ("escalations_send_overdue", {1, 2, 3, 4, 5}),
        ("digests_send", {1, 2, 3, 4, 5}),
    ],
)
def test_beat_runs_each_task_once_a_day_in_jakarta(name, weekdays):
    [entry] = [
        e
        for e in settings.CELERY_BEAT_SCHEDULE.values()
        if e["task"] == getattr(tasks, name).name
    ]
    schedule = entry["schedule"]
    assert isinstance(schedule, crontab)
    assert len(schedule.hour) == len(schedule.minute) == 1
    assert schedule.day_of_week == weekdays
    assert settings.CELERY_TIMEZONE == "Asia/Jakarta"


# ---------------------------------------------------------------- two workers


def _run_together(count: int, work) -> tuple[list, list]:
    """Run `work()` in `count` threads released together by a barrier, each on its
    own database connection; return (results, errors)."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait(timeout=10)
            results.append(work())
        except Exception as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert [t.is_alive() for t in threads] == [False] * count
    return results, errors


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(3))
def test_two_workers_remind_once(_round):
    # given: two booths, one with two applications
    first = _due(MONDAY)
    _due(TUESDAY, service=first.service)
    other = _due(WEDNESDAY)
    officers = [_staff(first), _staff(first), _staff(other)]

    # when
    results, errors = _run_together(
        2, lambda: deadlines.reminders_send_due_soon(today=MONDAY)
    )

    # then
    assert errors == []
    assert sum(results) == 3
    assert DeadlineReminder.objects.count() == 3
    assert _recipients() == sorted(o.pk for o in officers)


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(3))
def test_two_workers_escalate_once(_round):
    # given
    first = _due(LAST_FRIDAY)
    _due(LAST_FRIDAY, service=first.service)
    other = _due(LAST_FRIDAY)
    supervisors = [_staff(first, role=SUPERVISOR), _staff(other, role=SUPERVISOR)]

    # when
    results, errors = _run_together(
        2, lambda: deadlines.escalations_send_overdue(today=MONDAY)
    )

    # then
    assert errors == []
    assert sum(results) == 3
    assert _recipients() == sorted(s.pk for s in supervisors)


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(3))
def test_two_workers_close_once(_round):
    # given
    application = _waiting()

    # when
    results, errors = _run_together(
        2, lambda: deadlines.applications_close_unfixed(today=NEXT_MONDAY, now=NOW)
    )

    # then
    assert errors == []
    assert sorted(results) == [0, 1]
    assert Application.objects.get(pk=application.pk).status == S.CANCELLED
    assert StatusChange.objects.filter(application=application).count() == 1
    assert _recipients() == [application.citizen_id]


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(3))
def test_two_workers_send_each_digest_once(_round):
    # given
    first = _due(TUESDAY)
    other = _due(TUESDAY)
    supervisors = [_staff(first, role=SUPERVISOR), _staff(other, role=SUPERVISOR)]

    # when
    results, errors = _run_together(2, lambda: deadlines.digests_send(today=MONDAY))

    # then
    assert errors == []
    assert sum(results) == 2
    assert SupervisorDigest.objects.count() == 2
    assert _recipients() == sorted(s.pk for s in supervisors)
