"""The bell in the header: the unread count, looked up only if a page shows it."""

from functools import cache

from django.http import HttpRequest

from notifications import selectors


def unread_notifications(request: HttpRequest) -> dict:
    """`notifications_unread` is a callable the template calls when it renders the
    bell (base.html, for a signed-in user): an htmx fragment, an admin page or an
    anonymous visitor's page costs nothing, and the bell at most one cached read."""

    @cache
    def count() -> int:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return 0
        return selectors.unread_count(user=user)

    return {"notifications_unread": count}
