"""Backfill the dashboards' summary rows: `manage.py reports_refresh --days 365`."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports import figures


class Command(BaseCommand):
    help = "Recompute the application figures of the last N days (today included)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=1)

    def handle(self, *args, days: int, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        today = timezone.localdate()
        rows = 0
        for offset in range(days - 1, -1, -1):
            rows += figures.refresh(today - dt.timedelta(days=offset))
        self.stdout.write(f"{days} days refreshed, {rows} rows written.")
