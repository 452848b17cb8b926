from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit trail")

    def ready(self) -> None:
        from django.contrib.auth import signals

        from audit import receivers

        # Django sends these for every sign-in, allauth's included (it calls
        # django.contrib.auth's authenticate() and login()), so allauth's own
        # user_logged_in is not connected: it would write a second row.
        signals.user_logged_in.connect(
            receivers.signed_in, dispatch_uid="audit.signed_in"
        )
        signals.user_login_failed.connect(
            receivers.sign_in_failed, dispatch_uid="audit.sign_in_failed"
        )
