from allauth.mfa import app_settings as mfa_settings

from django.core.management.base import BaseCommand

from mpp.demo import seed


class Command(BaseCommand):
    help = (
        "Print the current authenticator code of the demo staff accounts "
        "(seed_demo gives them all the same published secret)."
    )

    def handle(self, *args, **options):
        code, seconds_left = seed.demo_totp_code()
        # A code is still accepted one period after the app moved on (tolerance).
        accepted_for = seconds_left + mfa_settings.TOTP_TOLERANCE * (
            mfa_settings.TOTP_PERIOD
        )
        self.stdout.write(
            f"Demo staff code: {code}  (valid for {accepted_for} s; "
            f"an authenticator app shows the next one in {seconds_left} s)"
        )
        self.stdout.write(
            f"Authenticator secret of every demo staff account: {seed.DEMO_TOTP_SECRET}"
        )
