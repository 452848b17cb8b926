from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    """The officers' back office at /petugas/: an interface only (no models); its
    reads and writes are the applications app's selectors and actions."""

    name = "backoffice"
    verbose_name = _("Back office")
