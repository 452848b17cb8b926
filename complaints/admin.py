from django.contrib import admin

from complaints.models import Complaint, ComplaintEvent
from mpp.admin import scope_of


class ComplaintEventInline(admin.TabularInline):
    model = ComplaintEvent
    extra = 0
    can_delete = False
    readonly_fields = ["from_status", "to_status", "changed_by", "note", "created_at"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Complaint)
class ComplaintAdmin(admin.ModelAdmin):
    """Read-only: complaints change in the back office, through the workflow."""

    list_display = ["tracking_number", "booth", "status", "due_date", "created_at"]
    list_filter = ["status", "classification", "mall"]
    search_fields = ["tracking_number"]
    list_select_related = ["booth__agency", "booth__mall"]
    inlines = [ComplaintEventInline]

    def get_queryset(self, request):
        # Superusers and provincial admins only: others see nothing here.
        qs = super().get_queryset(request)
        return qs if scope_of(request).is_provincial_admin else qs.none()

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
