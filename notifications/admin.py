from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from mpp.admin import ProvincialAdminOnly
from notifications import actions
from notifications.models import Notification, NotificationStatus


@admin.register(Notification)
class NotificationAdmin(ProvincialAdminOnly):
    """Watch delivery and resend what failed; messages are never edited here."""

    list_display = ["subject", "channel", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "channel"]
    search_fields = ["subject", "recipient__email"]
    list_select_related = ["recipient"]
    readonly_fields = [
        "recipient",
        "channel",
        "subject",
        "body",
        "status",
        "attempts",
        "sent_at",
        "last_error",
    ]
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
        count = 0
        for notification in queryset.exclude(status=NotificationStatus.SENT):
            actions.notification_resend(notification_id=notification.pk)
            count += 1
        self.message_user(
            request,
            _("%(count)d notifications queued.") % {"count": count},
            messages.INFO,
        )
