from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")

    def ready(self) -> None:
        from applications import versions
        from applications.models import (
            Application,
            ApplicationDocument,
            Message,
            StatusChange,
        )

        # Invalidates the back office's cached counts and pages
        # (applications/versions.py).
        for signal in (post_save, post_delete):
            signal.connect(
                versions.on_application_saved,
                sender=Application,
                dispatch_uid=f"applications-version-{signal is post_save}",
            )
            for part in (ApplicationDocument, StatusChange, Message):
                signal.connect(
                    versions.on_part_saved,
                    sender=part,
                    dispatch_uid=f"applications-version-{part.__name__}-"
                    f"{signal is post_save}",
                )
