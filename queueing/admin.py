from django.contrib import admin

from agencies import selectors
from mpp.admin import ScopedAdmin, scope_of
from queueing.models import Counter, Ticket


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


@admin.register(Ticket)
class TicketAdmin(ScopedAdmin):
    """The day's tickets, to look up (read only: tickets move only through the
    kiosk, the citizen's page and the counter console, queueing/actions.py)."""

    list_display = [
        "__str__",
        "service",
        "mall",
        "day",
        "status",
        "source",
        "priority",
        "issued_at",
        "counter",
    ]
    list_filter = ["status", "source", "priority", "mall", "day"]
    search_fields = ["prefix", "check_in_code", "service__name"]
    list_select_related = ["service", "mall", "counter"]
    date_hierarchy = "day"
    readonly_fields = [f.name for f in Ticket._meta.fields if f.name != "issue_key"]
    exclude = ["issue_key"]  # internal: the double-tap key
    roles_may_change = roles_may_add = roles_may_delete = False

    def scope(self, request, queryset, staff):
        return queryset.filter(mall_id__in=staff.managed_mall_ids)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
