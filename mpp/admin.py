"""Role-scoped admin base classes.

Permissions follow the portal's roles rather than Django's per-model permission
table: a provincial admin manages everything, a mall manager their malls, a booth
supervisor their agency's services. Each ModelAdmin says which roles may use it
and how to narrow its queryset for them; every object-level check goes through
that narrowed queryset, so a record outside the scope is simply not there (404).
"""

from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from agencies.permissions import Actor, actor_for

MALL_MANAGER = "mall_manager"
BOOTH_SUPERVISOR = "booth_supervisor"


def scope_of(request: HttpRequest) -> Actor:
    """What the requesting user may manage (agencies.permissions, once a request)."""
    return actor_for(request.user)


def _has_role(scope: Actor, role: str) -> bool:
    return (role == MALL_MANAGER and scope.is_mall_manager) or (
        role == BOOTH_SUPERVISOR and scope.is_booth_supervisor
    )


class ScopedAdmin(admin.ModelAdmin):
    # A website typed without a scheme is https:// (Django 6.0's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    #: Roles besides provincial admin that may use this admin.
    roles: tuple[str, ...] = (MALL_MANAGER,)
    #: Whether those roles may add and delete, not only view and change.
    roles_may_change = True
    roles_may_add = True
    roles_may_delete = True

    def scope(self, request: HttpRequest, queryset, staff: Actor):
        """Narrow `queryset` to what a non-provincial `staff` member may manage."""
        return queryset.none()

    def _role_allowed(self, request: HttpRequest) -> bool:
        staff = scope_of(request)
        return staff.is_provincial_admin or any(_has_role(staff, r) for r in self.roles)

    def _object_allowed(self, request: HttpRequest, obj) -> bool:
        if obj is None or scope_of(request).is_provincial_admin:
            return True
        return self.get_queryset(request).filter(pk=obj.pk).exists()

    def get_queryset(self, request: HttpRequest):
        queryset = super().get_queryset(request)
        staff = scope_of(request)
        if staff.is_provincial_admin:
            return queryset
        if any(_has_role(staff, r) for r in self.roles):
            return self.scope(request, queryset, staff)
        return queryset.none()

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._role_allowed(request)

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._role_allowed(request) and self._object_allowed(request, obj)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        staff = scope_of(request)
        if staff.is_provincial_admin:
            return True
        return self.roles_may_change and self.has_view_permission(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        staff = scope_of(request)
        return staff.is_provincial_admin or (
            self.roles_may_add and self._role_allowed(request)
        )

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        staff = scope_of(request)
        if staff.is_provincial_admin:
            return True
        return self.roles_may_delete and self.has_view_permission(request, obj)


class ProvincialAdminOnly(ScopedAdmin):
    roles = ()


class ScopedInline:
    """Mixin for inlines of a ScopedAdmin.

    The parent admin has already checked that the user may change the parent
    object, so the inline rows (which belong to it) follow that decision instead
    of Django's per-model permission table.
    """

    def has_view_permission(self, request, obj=None):
        return True

    def has_change_permission(self, request, obj=None):
        return True

    def has_add_permission(self, request, obj=None):
        return True

    def has_delete_permission(self, request, obj=None):
        return True
