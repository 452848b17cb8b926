from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agencies.constants import AgencyKind, BoothRole, Regency, Weekday
from mpp.models import TimeStampedModel


class Mall(TimeStampedModel):
    """One Mal Pelayanan Publik: a tenant with its own booths, counters and staff."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    code = models.CharField(
        _("code"),
        max_length=3,
        unique=True,
        help_text=_("Three capital letters, used in tracking numbers (e.g. BTM)."),
    )
    regency = models.CharField(_("regency or city"), max_length=20, choices=Regency)
    address = models.TextField(_("address"))
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("public service mall")
        verbose_name_plural = _("public service malls")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{3}$"),
                name="agencies_mall_code_three_capitals",
                violation_error_message=_("The code must be three capital letters."),
            ),
            models.CheckConstraint(
                condition=Q(regency__in=Regency.values),
                name="agencies_mall_regency_valid",
                violation_error_message=_("Unknown regency or city."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("agencies:mall_detail", kwargs={"slug": self.slug})


class OpeningHours(models.Model):
    """A mall's opening hours on one weekday; a weekday without a row is closed."""

    mall = models.ForeignKey(
        Mall,
        on_delete=models.CASCADE,
        related_name="opening_hours",
        verbose_name=_("mall"),
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["mall", "weekday"]
        constraints = [
            models.UniqueConstraint(
                fields=["mall", "weekday"],
                name="agencies_openinghours_one_per_weekday",
                violation_error_message=_("This weekday already has opening hours."),
            ),
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="agencies_openinghours_closes_after_opening",
                violation_error_message=_("Closing time must be after opening time."),
            ),
            models.CheckConstraint(
                condition=Q(weekday__gte=1, weekday__lte=7),
                name="agencies_openinghours_weekday_valid",
                violation_error_message=_("Unknown weekday."),
            ),
        ]

    def __str__(self) -> str:
        return (
            f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"
        )


class Agency(TimeStampedModel):
    """An agency (instansi) taking part in one or more malls."""

    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(
        _("name (English)"),
        max_length=200,
        blank=True,
        help_text=_("Shown under /en/; empty shows the Indonesian name."),
    )
    short_name = models.CharField(_("short name"), max_length=40)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["short_name"],
                name="agencies_agency_short_name_unique",
                violation_error_message=_(
                    "Another agency already uses this short name."
                ),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AgencyKind.values),
                name="agencies_agency_kind_valid",
                violation_error_message=_("Unknown kind of agency."),
            ),
        ]

    def __str__(self) -> str:
        return self.short_name

    def get_absolute_url(self) -> str:
        return reverse("agencies:agency_detail", kwargs={"slug": self.slug})


class Booth(TimeStampedModel):
    """An agency's booth (gerai) inside one mall, under a cooperation agreement."""

    mall = models.ForeignKey(
        Mall, on_delete=models.PROTECT, related_name="booths", verbose_name=_("mall")
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="booths",
        verbose_name=_("agency"),
    )
    agreement_number = models.CharField(
        _("agreement number"), max_length=100, blank=True
    )
    agreement_valid_from = models.DateField(
        _("agreement valid from"), null=True, blank=True
    )
    agreement_valid_until = models.DateField(
        _("agreement valid until"), null=True, blank=True
    )
    zone = models.CharField(
        _("zone or floor"),
        max_length=60,
        blank=True,
        help_text=_("e.g. Lantai 1, Zona B"),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("booth")
        verbose_name_plural = _("booths")
        constraints = [
            models.UniqueConstraint(
                fields=["mall", "agency"],
                name="agencies_booth_one_per_agency_and_mall",
                violation_error_message=_(
                    "This agency already has a booth in this mall."
                ),
            ),
            models.CheckConstraint(
                condition=Q(agreement_valid_until__isnull=True)
                | Q(agreement_valid_from__isnull=True)
                | Q(agreement_valid_until__gte=F("agreement_valid_from")),
                name="agencies_booth_agreement_period_ordered",
                violation_error_message=_("The agreement cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        # Callers select_related("mall", "agency"); admin lists do.
        return f"{self.agency.short_name} – {self.mall.name}"


class BoothStaff(TimeStampedModel):
    """A staff member's role at one booth: officer or booth supervisor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="booth_roles",
        verbose_name=_("user"),
    )
    booth = models.ForeignKey(
        Booth, on_delete=models.CASCADE, related_name="staff", verbose_name=_("booth")
    )
    role = models.CharField(_("role"), max_length=20, choices=BoothRole)

    class Meta:
        verbose_name = _("booth staff")
        verbose_name_plural = _("booth staff")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "booth"],
                name="agencies_boothstaff_one_role_per_booth",
                violation_error_message=_(
                    "This person already has a role at this booth."
                ),
            ),
            models.CheckConstraint(
                condition=Q(role__in=BoothRole.values),
                name="agencies_boothstaff_role_valid",
                violation_error_message=_("Unknown role."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user.full_name}: {self.get_role_display()}"


class MallManager(TimeStampedModel):
    """A person who manages one mall's booths, counters and staff."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="managed_malls",
        verbose_name=_("user"),
    )
    mall = models.ForeignKey(
        Mall, on_delete=models.CASCADE, related_name="managers", verbose_name=_("mall")
    )

    class Meta:
        verbose_name = _("mall manager")
        verbose_name_plural = _("mall managers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "mall"],
                name="agencies_mallmanager_unique",
                violation_error_message=_("This person already manages this mall."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user.full_name}: {self.mall.name}"


class Closure(models.Model):
    """A day a mall is closed besides weekends and national holidays (local holiday,
    renovation, a joint leave day the package does not know yet)."""

    mall = models.ForeignKey(
        Mall, on_delete=models.CASCADE, related_name="closures", verbose_name=_("mall")
    )
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200)

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ["mall", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["mall", "date"],
                name="agencies_closure_one_per_day",
                violation_error_message=_("This mall already has a closure that day."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.mall.name} {self.date:%Y-%m-%d}: {self.reason}"
