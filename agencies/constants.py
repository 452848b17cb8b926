from django.db import models
from django.utils.translation import gettext_lazy as _


class Regency(models.TextChoices):
    """The regencies and cities of Kepulauan Riau (each may run its own MPP)."""

    BATAM = "batam", "Kota Batam"
    TANJUNGPINANG = "tanjungpinang", "Kota Tanjungpinang"
    BINTAN = "bintan", "Kabupaten Bintan"
    KARIMUN = "karimun", "Kabupaten Karimun"
    LINGGA = "lingga", "Kabupaten Lingga"
    NATUNA = "natuna", "Kabupaten Natuna"
    ANAMBAS = "anambas", "Kabupaten Kepulauan Anambas"


class AgencyKind(models.TextChoices):
    NATIONAL = "national", _("National government")
    PROVINCIAL = "provincial", _("Provincial government")
    REGENCY = "regency", _("Regency or city government")
    STATE_COMPANY = "state_company", _("State-owned company")
    BANK = "bank", _("Bank")
    PRIVATE = "private", _("Private company")


class Weekday(models.IntegerChoices):
    """ISO weekday numbers, as `date.isoweekday()` returns them."""

    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


class BoothRole(models.TextChoices):
    OFFICER = "officer", _("Officer")
    SUPERVISOR = "supervisor", _("Booth supervisor")
