"""Periodic tasks of the queue (CELERY_BEAT_SCHEDULE in mpp/settings/base.py)."""

from celery import shared_task

from django.utils import timezone

from queueing import actions, figures


@shared_task
def queue_close_day() -> int:
    """The day's tickets still waiting or called become no-shows, open counters
    close, and the day's figures are written; idempotent (a second run changes
    nothing and writes the same figures)."""
    today = timezone.localdate()
    changed = actions.close_day(day=today)
    figures.figures_compute(day=today)
    return changed
