"""Admin for malls, agencies, booths and staff roles, scoped by who is asking.

Provincial admins (and superusers) see everything. A mall manager sees and changes
only their own malls (no adding or deleting malls), and their malls' booths,
counters and staff. Agencies and mall managers are the province's business.
"""

from django.contrib import admin

from agencies import actions, selectors
from agencies.models import (
    Agency,
    Booth,
    BoothStaff,
    Closure,
    Mall,
    MallManager,
    OpeningHours,
)
from mpp.admin import (
    BOOTH_SUPERVISOR,
    MALL_MANAGER,
    ProvincialAdminOnly,
    ScopedAdmin,
    ScopedInline,
    scope_of,
)
from queueing.models import Counter
from services import actions as service_actions


def sync_staff_status(formset) -> None:
    """After an inline of booth roles is saved, grant staff status where needed."""
    if formset.model is BoothStaff:
        for assignment in formset.new_objects + [
            o for o, _f in formset.changed_objects
        ]:
            actions.booth_staff_after_save(assignment=assignment)


class OpeningHoursInline(ScopedInline, admin.TabularInline):
    model = OpeningHours
    extra = 0
    max_num = 7


class ClosureInline(ScopedInline, admin.TabularInline):
    model = Closure
    extra = 0


@admin.register(Mall)
class MallAdmin(ScopedAdmin):
    list_display = ["name", "code", "regency", "phone", "is_active"]
    list_filter = ["regency", "is_active"]
    search_fields = ["name", "code", "address"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OpeningHoursInline, ClosureInline]
    roles_may_add = False
    roles_may_delete = False

    def scope(self, request, queryset, staff):
        return queryset.filter(pk__in=staff.managed_mall_ids)

    def get_readonly_fields(self, request, obj=None):
        if scope_of(request).is_provincial_admin:
            return ()
        # The mall's identity (code in tracking numbers, slug in links) is provincial.
        return ("slug", "code", "regency")

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if scope_of(request).is_provincial_admin else {}


@admin.register(Agency)
class AgencyAdmin(ScopedAdmin):
    list_display = ["name", "short_name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "name_en", "short_name", "description"]
    prepopulated_fields = {"slug": ["short_name"]}
    # The English texts (shown under /en/) right beside the Indonesian ones.
    fields = [
        ("name", "name_en"),
        "short_name",
        "slug",
        "kind",
        ("description", "description_en"),
        "website",
    ]
    # Mall managers see agencies (to register booths), booth supervisors their own
    # (to pick one for a service); only the province registers and changes them.
    roles = (MALL_MANAGER, BOOTH_SUPERVISOR)
    roles_may_change = roles_may_add = roles_may_delete = False

    def scope(self, request, queryset, staff):
        if staff.is_mall_manager:
            return queryset  # agencies are public information
        return queryset.filter(pk__in=staff.supervised_agency_ids)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"name", "name_en", "short_name"} & set(form.changed_data):
            service_actions.agency_renamed(agency=obj)


class CounterInline(ScopedInline, admin.TabularInline):
    model = Counter
    extra = 0


class BoothStaffInline(ScopedInline, admin.TabularInline):
    model = BoothStaff
    extra = 0
    autocomplete_fields = ["user"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = selectors.users_managed_by(staff=scope_of(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Booth)
class BoothAdmin(ScopedAdmin):
    list_display = [
        "agency",
        "mall",
        "zone",
        "agreement_number",
        "agreement_valid_until",
        "is_active",
    ]
    list_filter = ["mall", "agency__kind", "is_active"]
    search_fields = [
        "agency__name",
        "agency__short_name",
        "mall__name",
        "agreement_number",
    ]
    list_select_related = ["agency", "mall"]
    autocomplete_fields = ["mall", "agency"]
    inlines = [CounterInline, BoothStaffInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("agency", "mall")

    def scope(self, request, queryset, staff):
        return queryset.filter(mall__in=staff.managed_mall_ids)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        sync_staff_status(formset)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        staff = scope_of(request)
        if db_field.name == "mall" and not staff.is_provincial_admin:
            kwargs["queryset"] = Mall.objects.filter(pk__in=staff.managed_mall_ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(BoothStaff)
class BoothStaffAdmin(ScopedAdmin):
    list_display = ["user", "booth", "role"]
    list_filter = ["role", "booth__mall", "booth__agency"]
    search_fields = ["user__full_name", "user__email", "booth__agency__short_name"]
    list_select_related = ["user", "booth__agency", "booth__mall"]
    autocomplete_fields = ["user", "booth"]

    def scope(self, request, queryset, staff):
        return queryset.filter(booth__mall__in=staff.managed_mall_ids)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        actions.booth_staff_after_save(assignment=obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        staff = scope_of(request)
        if db_field.name == "booth" and not staff.is_provincial_admin:
            kwargs["queryset"] = selectors.booths_managed_by(staff=staff)
        if db_field.name == "user":
            # Only people already on this mall's staff (new ones: the user form).
            kwargs["queryset"] = selectors.users_managed_by(staff=staff)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(MallManager)
class MallManagerAdmin(ProvincialAdminOnly):
    list_display = ["user", "mall"]
    list_filter = ["mall"]
    search_fields = ["user__full_name", "user__email", "mall__name"]
    list_select_related = ["user", "mall"]
    autocomplete_fields = ["user", "mall"]

    def save_model(self, request, obj, form, change):
        actions.mall_manager_assign(user=obj.user, mall=obj.mall)
