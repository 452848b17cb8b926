"""Admin for the service catalogue.

Provincial admins manage every service; a booth supervisor manages the services of
the agencies where they supervise a booth, and may offer them only at that
agency's booths.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Booth
from mpp.admin import BOOTH_SUPERVISOR, ScopedAdmin, ScopedInline, scope_of
from mpp.exceptions import DomainError
from services import actions
from services.models import ProcedureStep, Requirement, Service, ServiceField


class RequirementInline(ScopedInline, admin.TabularInline):
    model = Requirement
    extra = 1
    fields = [
        "position",
        "name",
        "description",
        "needs_upload",
        "max_upload_mb",
        "is_mandatory",
    ]


class ServiceFieldInline(ScopedInline, admin.TabularInline):
    model = ServiceField
    extra = 0
    fields = ["position", "label", "kind", "choices", "help_text", "is_required"]


class ProcedureStepInline(ScopedInline, admin.TabularInline):
    model = ProcedureStep
    extra = 1
    fields = ["position", "description"]


class ServiceAdminForm(forms.ModelForm):
    class Meta:
        model = Service
        fields = [
            "agency",
            "code",
            "name",
            "slug",
            "description",
            "channel",
            "is_active",
            "time_limit_value",
            "time_limit_unit",
            "fee",
            "fee_legal_basis",
            "output_product",
            "complaint_channel",
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
                    "name",
                    "slug",
                    "description",
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
            {"fields": ["output_product", "complaint_channel"]},
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
