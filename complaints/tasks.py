"""Daily deadline tasks for complaints; each is idempotent (complaints/actions.py
claims each complaint with a conditional update), so a second run, or a second
worker, sends nothing more."""

from celery import shared_task

from django.utils import timezone

from agencies import calendar
from complaints import actions


@shared_task
def complaints_remind_due_soon() -> None:
    today = timezone.localdate()
    if calendar.is_working_day(today):
        actions.complaints_remind_due_soon(today=today)


@shared_task
def complaints_escalate_overdue() -> None:
    today = timezone.localdate()
    if calendar.is_working_day(today):
        actions.complaints_escalate_overdue(today=today)
