"""Admin for the service catalogue.

Provincial admins manage every service; a booth supervisor manages the services of
the agencies where they supervise a booth, and may offer them only at that
agency's booths.
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Booth
from mpp.admin import (
    BOOTH_SUPERVISOR,
    ProvincialAdminOnly,
    ScopedAdmin,
    ScopedInline,
    scope_of,
)
from mpp.exceptions import DomainError
from services import actions
from services.models import (
    ProcedureStep,
    Requirement,
    SearchSynonym,
    Service,
    ServiceField,
)

# Each English column (`<field>_en`, shown under /en/) sits right after its
# Indonesian one, so that both are entered on one screen.
_COMPACT_TEXT = {
    models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 32})}
}


class RequirementInline(ScopedInline, admin.TabularInline):
    model = Requirement
    extra = 1
    formfield_overrides = _COMPACT_TEXT
    fields = [
        "position",
        "name",
        "name_en",
        "description",
        "description_en",
        "needs_upload",
        "max_upload_mb",
        "is_mandatory",
    ]


class ServiceFieldInline(ScopedInline, admin.TabularInline):
    model = ServiceField
    extra = 0
    formfield_overrides = _COMPACT_TEXT
    fields = [
        "position",
        "label",
        "label_en",
        "kind",
        "choices",
        "help_text",
        "help_text_en",
        "is_required",
    ]


class ProcedureStepInline(ScopedInline, admin.TabularInline):
    model = ProcedureStep
    extra = 1
    formfield_overrides = _COMPACT_TEXT
    fields = ["position", "description", "description_en"]


class ServiceAdminForm(forms.ModelForm):
    class Meta:
        model = Service
        fields = [
            "agency",
            "code",
            "name",
            "name_en",
            "slug",
            "description",
            "description_en",
            "channel",
            "is_active",
            "time_limit_value",
            "time_limit_unit",
            "fee",
            "fee_legal_basis",
            "output_product",
            "output_product_en",
            "complaint_channel",
            "complaint_channel_en",
            "queue_prefix",
            "daily_quota",
            "online_share",
            "decree_number",
            "decree_date",
            "booths",
        ]

    def clean(self):
        cleaned = super().clean()
        agency, booths = cleaned.get("agency"), cleaned.get("booths")
        if agency and booths:
            # The rule is services.actions'; checked here too so that the admin
            # shows it next to the field instead of after saving.
            try:
                actions.ensure_booths_of_agency(agency=agency, booths=booths)
            except DomainError as refused:
                self.add_error("booths", str(refused))
        return cleaned


@admin.register(Service)
class ServiceAdmin(ScopedAdmin):
    form = ServiceAdminForm
    roles = (BOOTH_SUPERVISOR,)
    list_display = [
        "name",
        "agency",
        "code",
        "fee",
        "time_limit_value",
        "time_limit_unit",
        "channel",
        "is_active",
    ]
    list_filter = ["agency__kind", "channel", "time_limit_unit", "is_active", "agency"]
    search_fields = [
        "name",
        "name_en",
        "code",
        "description",
        "agency__short_name",
        "requirements__name",
    ]
    list_select_related = ["agency"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["agency"]
    filter_horizontal = ["booths"]
    inlines = [RequirementInline, ProcedureStepInline, ServiceFieldInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "agency",
                    "code",
                    ("name", "name_en"),
                    "slug",
                    ("description", "description_en"),
                    "channel",
                    "is_active",
                ]
            },
        ),
        (
            _("Time limit and fee"),
            {
                "fields": [
                    "time_limit_value",
                    "time_limit_unit",
                    "fee",
                    "fee_legal_basis",
                ]
            },
        ),
        (
            _("Output and complaints"),
            {
                "fields": [
                    ("output_product", "output_product_en"),
                    ("complaint_channel", "complaint_channel_en"),
                ]
            },
        ),
        (
            _("Queue"),
            {"fields": ["queue_prefix", "daily_quota", "online_share"]},
        ),
        (_("Decree"), {"fields": ["decree_number", "decree_date"]}),
        (_("Where it is offered"), {"fields": ["booths"]}),
    ]

    def scope(self, request, queryset, staff):
        return queryset.filter(agency__in=staff.supervised_agency_ids)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Requirements (inline) are saved by now: search sees their names.
        actions.service_saved(
            service=form.instance, booths=form.cleaned_data.get("booths")
        )

    def get_search_results(self, request, queryset, search_term):
        queryset, _may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        # Searching requirement names joins a to-many relation.
        return queryset.distinct(), False

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        staff = scope_of(request)
        if db_field.name == "agency" and not staff.is_provincial_admin:
            kwargs["queryset"] = Agency.objects.filter(
                pk__in=staff.supervised_agency_ids
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "booths":
            booths = Booth.objects.select_related("agency", "mall")
            staff = scope_of(request)
            if not staff.is_provincial_admin:
                booths = booths.filter(agency__in=staff.supervised_agency_ids)
            kwargs["queryset"] = booths.order_by("agency__short_name", "mall__name")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class SearchSynonymForm(forms.ModelForm):
    class Meta:
        model = SearchSynonym
        fields = ["term", "expansion"]

    def clean_term(self) -> str:
        # Searches are matched in lower case (the model's constraint); spare the
        # admin the refusal of "Passport".
        return " ".join(self.cleaned_data["term"].split()).lower()


@admin.register(SearchSynonym)
class SearchSynonymAdmin(ProvincialAdminOnly):
    """Words people search with (often English) and the catalogue's words for them:
    the province's, like the catalogue's agencies."""

    form = SearchSynonymForm
    list_display = ["term", "expansion", "updated_at"]
    search_fields = ["term", "expansion"]
    ordering = ["term"]
