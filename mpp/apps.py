from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MppConfig(AppConfig):
    name = "mpp"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from mpp import logmask, pagecache

        logmask.install()
        pagecache.connect_signals()
