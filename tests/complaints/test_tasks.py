"""The daily deadline tasks: remind the booth's staff of complaints due within one
working day, escalate overdue ones to the mall's managers; run twice, same effect."""

import datetime as dt

import pytest

from complaints import actions, tasks
from complaints.models import Classification, Complaint
from notifications.models import Notification
from tests.complaints.factories import ComplaintFactory
from tests.complaints.helpers import make_desk

pytestmark = pytest.mark.django_db

MONDAY = dt.date(2026, 8, 10)


def _classified(desk, *, due: dt.date) -> Complaint:
    return ComplaintFactory(
        booth=desk.booth,
        status="classified",
        classification=Classification.LIGHT,
        due_date=due,
    )


def test_staff_are_reminded_once_of_complaints_due_within_a_working_day():
    desk = make_desk()
    due_tomorrow = _classified(desk, due=MONDAY + dt.timedelta(days=1))
    _classified(desk, due=MONDAY + dt.timedelta(days=3))  # not yet

    first = actions.complaints_remind_due_soon(today=MONDAY)
    second = actions.complaints_remind_due_soon(today=MONDAY)

    assert (first, second) == (1, 0)
    recipients = set(Notification.objects.values_list("recipient_id", flat=True))
    assert recipients == {desk.officer.pk, desk.supervisor.pk}
    assert Notification.objects.count() == 2
    due_tomorrow.refresh_from_db()
    assert due_tomorrow.reminded_on == MONDAY


def test_a_friday_reminder_covers_the_next_monday():
    desk = make_desk()
    _classified(desk, due=dt.date(2026, 8, 10))  # Monday
    assert actions.complaints_remind_due_soon(today=dt.date(2026, 8, 7)) == 1


def test_overdue_complaints_go_to_the_malls_managers_once():
    desk = make_desk()
    overdue = _classified(desk, due=MONDAY - dt.timedelta(days=1))
    ComplaintFactory(booth=desk.booth, status="received")  # no due date yet

    first = actions.complaints_escalate_overdue(today=MONDAY)
    second = actions.complaints_escalate_overdue(today=MONDAY)

    assert (first, second) == (1, 0)
    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [
        desk.manager.pk
    ]
    overdue.refresh_from_db()
    assert overdue.escalated_at is not None


def test_answered_complaints_are_neither_reminded_nor_escalated():
    desk = make_desk()
    ComplaintFactory(
        booth=desk.booth,
        status="answered",
        classification=Classification.LIGHT,
        due_date=MONDAY - dt.timedelta(days=1),
        answer="Sudah.",
        answered_at=dt.datetime(2026, 8, 7, tzinfo=dt.UTC),
    )
    assert actions.complaints_escalate_overdue(today=MONDAY) == 0
    assert actions.complaints_remind_due_soon(today=MONDAY) == 0
    assert Notification.objects.count() == 0


def test_the_tasks_run_twice_send_once(monkeypatch):
    desk = make_desk()
    _classified(desk, due=MONDAY - dt.timedelta(days=1))
    _classified(desk, due=MONDAY + dt.timedelta(days=1))
    monkeypatch.setattr(tasks.timezone, "localdate", lambda: MONDAY)

    for _run in range(2):
        tasks.complaints_remind_due_soon()
        tasks.complaints_escalate_overdue()

    # two staff reminded of one complaint, one manager told of the other
    assert Notification.objects.count() == 3
