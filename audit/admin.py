"""The audit trail in the admin: read-only, for provincial admins only.

Nobody may add, change or delete a row here, not even a superuser (the model and,
on PostgreSQL, the database refuse it as well). "Who looked at citizen X, and
when?" is the list filtered by citizen, linked from the user's own admin page
(`audit_trail_link`).
"""

from django.contrib import admin
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from applications.models import Application
from applications.tracking import tracking_number_normalize
from audit.models import AuditEvent


def _is_provincial_admin(request: HttpRequest) -> bool:
    user = request.user
    return bool(
        user.is_active
        and user.is_staff
        and (user.is_superuser or user.is_provincial_admin)
    )


def _as_id(value: str | None) -> int | None:
    """A user id from the query string; None for anything else (no bigint
    overflow reaches the database)."""
    if value and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


class _UserIdFilter(admin.SimpleListFilter):
    """A filter by user id, shown only while active (links set it: listing every
    user as a choice would not scale)."""

    field_name = ""

    def lookups(self, request, model_admin):
        value = self.value()
        if value is None:
            return []
        user = User.objects.filter(pk=_as_id(value)).only("full_name", "email").first()
        return [(value, str(user) if user else _("Account %(id)s") % {"id": value})]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        user_id = _as_id(self.value())
        if user_id is None:
            return queryset.none()
        return queryset.filter(**{self.field_name: user_id})


class CitizenFilter(_UserIdFilter):
    title = _("citizen")
    parameter_name = "citizen"
    field_name = "citizen_id"


class ActorFilter(_UserIdFilter):
    title = _("actor")
    parameter_name = "actor"
    field_name = "actor_id"


@admin.display(description=_("audit trail"))
def audit_trail_link(user: User) -> str:
    """Links from a user's admin page to what was looked at about them and by them
    (shown to provincial admins; the list refuses everyone else)."""
    if user is None or user.pk is None:
        return "-"
    url = reverse("admin:audit_auditevent_changelist")
    return format_html(
        '<a href="{}?citizen={}">{}</a> · <a href="{}?actor={}">{}</a>',
        url,
        user.pk,
        _("Who looked at this person's data"),
        url,
        user.pk,
        _("What this person did"),
    )


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "action", "role", "actor_label", "object_repr", "ip"]
    list_filter = [
        "action",
        "role",
        ("at", admin.DateFieldListFilter),
        CitizenFilter,
        ActorFilter,
    ]
    fields = [
        "at",
        "action",
        "role",
        "actor_id",
        "actor_label",
        "ip",
        "application_id",
        "citizen_id",
        "object_repr",
        "detail",
    ]
    search_fields = ["actor_label"]  # the box; get_search_results does the work
    search_help_text = _(
        "Actor's name or e-mail, citizen's e-mail or account id, tracking number."
    )
    ordering = ["-at", "-pk"]
    actions = None
    # Counting a table that only grows costs more than it tells.
    show_full_result_count = False

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        if (citizen_id := _as_id(term)) is not None:  # digits: an account id, exactly
            return queryset.filter(citizen_id=citizen_id), False
        citizens = User.objects.filter(email__icontains=term).values("pk")
        number = tracking_number_normalize(term)
        applications = Application.objects.filter(tracking_number=number).values("pk")
        return queryset.filter(
            Q(actor_label__icontains=term)
            | Q(citizen_id__in=citizens)
            | Q(application_id__in=applications)
            | Q(object_repr=number)
        ), False

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _is_provincial_admin(request)

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return _is_provincial_admin(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
