from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgenciesConfig(AppConfig):
    name = "agencies"
    verbose_name = _("Malls and agencies")

    def ready(self) -> None:
        from agencies import permissions

        # Cached roles are dropped by any write of what they are read from.
        permissions.connect_signals()
