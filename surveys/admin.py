from django.contrib import admin

from mpp.admin import ScopedAdmin
from surveys.models import FollowUpPlan, SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS


@admin.register(SurveyResponse)
class SurveyResponseAdmin(ScopedAdmin):
    """The responses, to look up (read only: answers come from respondents alone;
    the mall's public IKM page and /petugas/ikm/ show the index)."""

    list_display = ["service", "mall", "visit_finished_at", *ELEMENT_FIELDS]
    list_filter = ["mall", "agency"]
    list_select_related = ["service", "mall"]
    date_hierarchy = "visit_finished_at"
    readonly_fields = [f.name for f in SurveyResponse._meta.fields]
    roles_may_change = roles_may_add = roles_may_delete = False

    def scope(self, request, queryset, staff):
        return queryset.filter(mall_id__in=staff.managed_mall_ids)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(FollowUpPlan)
class FollowUpPlanAdmin(ScopedAdmin):
    """Published plans, to look up; they are written at /petugas/ikm/ (each mall's
    managers for their malls, checked by surveys.actions.follow_up_plan_save)."""

    list_display = ["mall", "service", "period_start", "period_end", "updated_at"]
    list_filter = ["mall"]
    list_select_related = ["mall", "service"]
    readonly_fields = [f.name for f in FollowUpPlan._meta.fields]
    roles_may_change = roles_may_add = roles_may_delete = False

    def scope(self, request, queryset, staff):
        return queryset.filter(mall_id__in=staff.managed_mall_ids)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
