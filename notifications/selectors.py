"""Reads of a citizen's notifications."""

from django.core.cache import cache
from django.db.models import QuerySet

from accounts.models import User
from notifications.models import Notification

# The bell's count is cached per user and forgotten when a notification is written
# or read (notifications.actions). A count computed while another request commits
# a change may be cached stale; the timeout bounds that.
UNREAD_COUNT_TIMEOUT = 300


def unread_count_key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def unread_count(*, user: User) -> int:
    """The number on the bell: no query while the count is cached, one COUNT on
    the partial index of unread rows when it is not."""
    key = unread_count_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(
            recipient=user, read_at__isnull=True
        ).count()
        cache.set(key, count, UNREAD_COUNT_TIMEOUT)
    return count


def notification_list_for(*, user: User) -> QuerySet[Notification]:
    """The user's own notifications, newest first (only what the page shows)."""
    return (
        Notification.objects.filter(recipient=user)
        .only("pk", "subject", "body", "created_at", "read_at", "status", "channel")
        .order_by("-created_at", "-pk")
    )
