from django.contrib import admin

from agencies import selectors
from mpp.admin import ScopedAdmin, scope_of
from queueing.models import Counter


@admin.register(Counter)
class CounterAdmin(ScopedAdmin):
    list_display = ["__str__", "name", "booth", "is_active"]
    list_filter = ["booth__mall", "is_active"]
    search_fields = ["name", "booth__agency__short_name", "booth__mall__name"]
    list_select_related = ["booth__agency", "booth__mall"]
    autocomplete_fields = ["booth"]

    def scope(self, request, queryset, staff):
        return queryset.filter(booth__mall__in=staff.managed_mall_ids)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        staff = scope_of(request)
        if db_field.name == "booth" and not staff.is_provincial_admin:
            kwargs["queryset"] = selectors.booths_managed_by(staff=staff)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
