"""Periodic tasks of the reports (CELERY_BEAT_SCHEDULE in mpp/settings/base.py)."""

import datetime as dt

from celery import shared_task

from django.utils import timezone

from reports import figures


@shared_task
def reports_refresh_today() -> int:
    """Today's application figures so far (every 15 minutes); idempotent."""
    return figures.refresh(timezone.localdate())


@shared_task
def reports_refresh_yesterday() -> int:
    """Yesterday's application figures, final (at night); idempotent. Also catches
    decisions of the last minutes of the day that today's last run missed."""
    return figures.refresh(timezone.localdate() - dt.timedelta(days=1))
