from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from agencies.models import Agency, Booth
from mpp.models import TimeStampedModel
from services.constants import Channel, FieldKind, TimeUnit


class Service(TimeStampedModel):
    """A service (layanan) with the six public components of its service standard.

    PermenPAN-RB 15/2014: requirements, procedure, time limit, fee, output product
    and complaint handling; plus the decree that adopted the standard.
    """

    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("agency"),
    )
    code = models.CharField(
        _("code"),
        max_length=30,
        help_text=_("Unique within the agency, e.g. PASPOR-BARU"),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(
        _("name (English)"),
        max_length=200,
        blank=True,
        help_text=_("Shown under /en/; empty shows the Indonesian name."),
    )
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    time_limit_value = models.PositiveIntegerField(_("time limit"))
    time_limit_unit = models.CharField(
        _("time limit unit"),
        max_length=20,
        choices=TimeUnit,
        default=TimeUnit.WORKING_DAYS,
    )
    fee = models.PositiveBigIntegerField(
        _("fee (rupiah)"), default=0, help_text=_("0 means free of charge.")
    )
    fee_legal_basis = models.CharField(
        _("legal basis of the fee"), max_length=300, blank=True
    )
    output_product = models.CharField(_("output product"), max_length=200)
    output_product_en = models.CharField(
        _("output product (English)"), max_length=200, blank=True
    )
    complaint_channel = models.TextField(
        _("complaints, suggestions and feedback"),
        help_text=_("How and where to complain about this service."),
    )
    complaint_channel_en = models.TextField(
        _("complaints, suggestions and feedback (English)"), blank=True
    )
    decree_number = models.CharField(_("decree number"), max_length=120, blank=True)
    decree_date = models.DateField(_("decree date"), null=True, blank=True)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel, default=Channel.BOTH
    )
    booths = models.ManyToManyField(
        Booth,
        related_name="services",
        blank=True,
        verbose_name=_("offered at booths"),
        help_text=_("Only booths of the owning agency."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    # The queue (queueing/): tickets are numbered per mall, day and prefix.
    queue_prefix = models.CharField(
        _("queue prefix"),
        max_length=2,
        default="A",
        help_text=_("Letter(s) before the ticket number, as called out: A-012."),
    )
    daily_quota = models.PositiveIntegerField(
        _("daily ticket quota"),
        null=True,
        blank=True,
        help_text=_("Tickets per mall and day; empty for no limit."),
    )
    online_share = models.PositiveSmallIntegerField(
        _("online share (%)"),
        default=50,
        help_text=_("Share of the daily quota that may be booked online."),
    )
    # Lower-cased words of the name, description, agency, output and requirement
    # names (Indonesian and English), kept by
    # services.actions.service_refresh_search_text; a trigram index serves substring
    # search on PostgreSQL (services/search.py tells the format).
    search_text = models.TextField(
        _("search text"), blank=True, default="", editable=False
    )
    # Parts of search_text that rank a match (services.selectors.service_search):
    # the names of the service and its agency first, then description and output.
    search_name = models.TextField(
        _("search text: names"), blank=True, default="", editable=False
    )
    search_body = models.TextField(
        _("search text: description"), blank=True, default="", editable=False
    )

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        indexes = [
            # Per-agency counts of active services (home and agency pages).
            models.Index(
                fields=["agency", "is_active"], name="services_agency_active_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "code"],
                name="services_service_code_unique_per_agency",
                violation_error_message=_(
                    "The agency already has a service with this code."
                ),
            ),
            models.CheckConstraint(
                condition=Q(fee__gte=0),
                name="services_service_fee_not_negative",
                violation_error_message=_("The fee cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(time_limit_value__gt=0),
                name="services_service_time_limit_positive",
                violation_error_message=_("The time limit must be at least 1."),
            ),
            models.CheckConstraint(
                condition=Q(time_limit_unit__in=TimeUnit.values),
                name="services_service_time_unit_valid",
                violation_error_message=_("Unknown time unit."),
            ),
            models.CheckConstraint(
                condition=Q(queue_prefix__regex=r"^[A-Z]{1,2}$"),
                name="services_service_queue_prefix_letters",
                violation_error_message=_(
                    "The queue prefix is one or two capital letters."
                ),
            ),
            models.CheckConstraint(
                condition=Q(online_share__lte=100),
                name="services_service_online_share_percent",
                violation_error_message=_("The online share is at most 100 %."),
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values),
                name="services_service_channel_valid",
                violation_error_message=_("Unknown channel."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("services:detail", kwargs={"slug": self.slug})

    @property
    def is_free(self) -> bool:
        return self.fee == 0

    @property
    def is_online(self) -> bool:
        return self.channel in (Channel.ONLINE, Channel.BOTH)

    @property
    def time_limit_display(self) -> str:
        n = self.time_limit_value
        if self.time_limit_unit == TimeUnit.WORKING_DAYS:
            text = ngettext("%(n)d working day", "%(n)d working days", n)
        elif self.time_limit_unit == TimeUnit.HOURS:
            text = ngettext("%(n)d hour", "%(n)d hours", n)
        else:
            text = ngettext("%(n)d minute", "%(n)d minutes", n)
        return text % {"n": n}


class Requirement(models.Model):
    """One requirement (persyaratan) of a service: a document or a condition."""

    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        related_name="requirements",
        verbose_name=_("service"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    needs_upload = models.BooleanField(
        _("document upload"),
        default=True,
        help_text=_("The applicant uploads a document for this requirement."),
    )
    max_upload_mb = models.PositiveSmallIntegerField(
        _("upload limit (MB)"),
        default=5,
        help_text=_("Largest file accepted for this document."),
    )
    is_mandatory = models.BooleanField(_("mandatory"), default=True)

    class Meta:
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")
        ordering = ["service", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "name"],
                name="services_requirement_name_unique_per_service",
                violation_error_message=_("This service already has this requirement."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ProcedureStep(models.Model):
    """One step of a service's procedure (sistem, mekanisme dan prosedur)."""

    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        related_name="steps",
        verbose_name=_("service"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    description = models.TextField(_("description"))
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        verbose_name = _("procedure step")
        verbose_name_plural = _("procedure steps")
        ordering = ["service", "position", "id"]

    def __str__(self) -> str:
        return self.description[:60]


class ServiceField(models.Model):
    """An extra question on a service's online application form (beyond documents),
    defined by a provincial admin: e.g. "Nomor paspor lama", "Tujuan perjalanan"."""

    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        related_name="fields",
        verbose_name=_("service"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120, blank=True)
    kind = models.CharField(
        _("kind"), max_length=10, choices=FieldKind, default=FieldKind.TEXT
    )
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For a choice: one option per line.")
    )
    help_text = models.CharField(_("help text"), max_length=200, blank=True)
    help_text_en = models.CharField(
        _("help text (English)"), max_length=200, blank=True
    )
    is_required = models.BooleanField(_("required"), default=True)

    class Meta:
        verbose_name = _("application form field")
        verbose_name_plural = _("application form fields")
        ordering = ["service", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "label"],
                name="services_servicefield_label_unique_per_service",
                violation_error_message=_(
                    "This service already has a field with this label."
                ),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=FieldKind.values),
                name="services_servicefield_kind_valid",
                violation_error_message=_("Unknown field kind."),
            ),
            models.CheckConstraint(
                condition=~Q(kind=FieldKind.CHOICE) | ~Q(choices=""),
                name="services_servicefield_choice_has_options",
                violation_error_message=_("A choice field needs at least one option."),
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def key(self) -> str:
        """Stable key of the answer in Application.field_values."""
        return f"field_{self.pk}"

    @property
    def option_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class SearchSynonym(TimeStampedModel):
    """A word people search with and the catalogue's word for it, edited by
    provincial admins: "passport" -> "paspor", "id card" -> "ktp"."""

    term = models.CharField(
        _("search term"),
        max_length=100,
        unique=True,
        help_text=_("What people type, in lower case: e.g. passport, id card."),
    )
    expansion = models.CharField(
        _("searches for"),
        max_length=200,
        help_text=_(
            "The catalogue's words for it. Alternatives are separated by commas, "
            "and every word of one alternative must match: e.g. "
            '"nib, izin usaha" finds either NIB or izin usaha.'
        ),
    )

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["term"]
        constraints = [
            models.CheckConstraint(
                condition=Q(term=Lower("term")) & ~Q(term=""),
                name="services_searchsynonym_term_lower",
                violation_error_message=_("The search term is written in lower case."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.expansion}"
