from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeUnit(models.TextChoices):
    WORKING_DAYS = "working_days", _("working days")
    HOURS = "hours", _("hours")
    MINUTES = "minutes", _("minutes")


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    COUNTER = "counter", _("At the counter")
    BOTH = "both", _("Online and at the counter")


class FieldKind(models.TextChoices):
    TEXT = "text", _("Text")
    NUMBER = "number", _("Number")
    DATE = "date", _("Date")
    CHOICE = "choice", _("Choice")
