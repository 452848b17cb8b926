from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from mpp.admin import ProvincialAdminOnly
from notifications import actions
from notifications.models import Notification, NotificationAttempt


class NotificationAttemptInline(admin.TabularInline):
    """Every delivery attempt, as the workers recorded it."""

    model = NotificationAttempt
    fields = ["started_at", "finished_at", "outcome", "error"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(ProvincialAdminOnly):
    """Watch delivery and resend what failed; messages are never edited here."""

    list_display = [
        "subject",
        "channel",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "sent_at",
    ]
    list_filter = ["status", "channel"]
    search_fields = ["subject", "recipient__email"]
    list_select_related = ["recipient"]
    readonly_fields = [
        "uuid",
        "recipient",
        "channel",
        "subject",
        "body",
        "status",
        "attempts",
        "next_attempt_at",
        "claimed_until",
        "sent_at",
        "last_error",
        "read_at",
    ]
    inlines = [NotificationAttemptInline]
    actions = ["resend"]
    roles_may_add = roles_may_change = roles_may_delete = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(
        description=_("Send the selected failed or pending notifications again")
    )
    def resend(self, request, queryset):
        """An admin action is a POST of the list's form, with its CSRF token."""
        count = sum(
            actions.notification_resend(notification_id=pk)
            for pk in queryset.values_list("pk", flat=True)
        )
        self.message_user(
            request,
            _("%(count)d notifications queued.") % {"count": count},
            messages.INFO,
        )
