"""Periodic tasks of the queue (CELERY_BEAT_SCHEDULE in mpp/settings/base.py)."""

from celery import shared_task

from django.utils import timezone

from queueing import actions


@shared_task
def queue_close_day() -> int:
    """The day's tickets still waiting or called become no-shows and open counters
    close; idempotent (a second run changes nothing)."""
    return actions.close_day(day=timezone.localdate())
