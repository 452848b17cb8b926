import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from mpp import pagecache
from mpp.demo import feedback, seed
from queueing import figures as queue_figures
from queueing.models import QueueDayFigures, Ticket
from reports import figures as report_figures


class Command(BaseCommand):
    help = "Load the demo malls, agencies, services and accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also add N synthetic services (for benchmarks).",
        )
        parser.add_argument(
            "--quiet-logins", action="store_true", help="Do not print the demo logins."
        )

    def handle(self, *args, scale: int, quiet_logins: bool, **options):
        counts = seed.seed_catalogue()
        accounts = seed.seed_accounts()
        applications = seed.seed_applications()
        feedback.seed_feedback()
        summary = "Catalogue: {malls} malls, {agencies} agencies, {services} services."
        self.stdout.write(self.style.SUCCESS(summary.format(**counts)))
        if applications:
            self.stdout.write(f"Demo citizen: {applications} applications sent.")
        if scale:
            created = seed.seed_scale(count=scale)
            self.stdout.write(
                f"Scale: {created} synthetic services added ({scale} wanted)."
            )
        # The seed writes some rows in bulk (no save signals): public pages cached
        # before it are stale.
        pagecache.bump()
        # The dashboards read summary rows, kept by Celery beat (reports/) and by
        # the queue's end of day (queueing/figures.py); fill those of the demo's
        # days at once, so the dashboard shows the demo visits.
        today = timezone.localdate()
        ticket_days = set(
            Ticket.objects.filter(day__lt=today).values_list("day", flat=True)
        )
        closed_days = set(
            QueueDayFigures.objects.filter(day__in=ticket_days).values_list(
                "day", flat=True
            )
        )
        for day in sorted(ticket_days - closed_days):
            queue_figures.figures_compute(day=day)
        month = {today - dt.timedelta(days=n) for n in range(31)}
        for day in sorted(month | ticket_days):
            report_figures.refresh(day)
        if not quiet_logins:
            self.stdout.write(f"\nDemo logins (password for all: {seed.DEMO_PASSWORD})")
            for account in accounts:
                self.stdout.write(f"  {account.email:<36} {account.description}")
            self.stdout.write(
                "\nThe mall floor of MPP Kota Batam (open each in its own window):\n"
                "  kiosk          /antrean/batam/kiosk/\n"
                "  display board  /antrean/batam/layar/\n"
                "  counters       /petugas/loket/ (as petugas.dukcapil@demo.mpp.id)"
            )
