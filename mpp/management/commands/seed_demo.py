import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from mpp import pagecache
from mpp.demo import feedback, seed
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
        # The dashboards read summary rows (reports/), kept by Celery beat; fill
        # the demo month's at once so the dashboard shows the demo applications.
        today = timezone.localdate()
        for days_ago in range(31):
            report_figures.refresh(today - dt.timedelta(days=days_ago))
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
