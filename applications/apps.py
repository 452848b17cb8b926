from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")

    def ready(self) -> None:
        from applications import versions
        from mpp.cache import on_every_write

        # Invalidates the back office's cached counts and pages
        # (applications/versions.py).
        on_every_write(
            ["applications.Application"],
            versions.on_application_saved,
            "applications-version",
        )
        on_every_write(
            [
                "applications.ApplicationDocument",
                "applications.StatusChange",
                "applications.Message",
            ],
            versions.on_part_saved,
            "applications-version",
        )
