"""User admin: provincial admins manage every account; a mall manager registers and
manages the staff of their own malls' booths."""

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from agencies import actions, selectors
from agencies.admin import sync_staff_status
from agencies.constants import BoothRole
from agencies.models import BoothStaff
from audit.admin import audit_trail_link
from mpp.admin import ScopedAdmin, ScopedInline, scope_of


class StaffCreationForm(AdminUserCreationForm):
    """New account, optionally with its first booth role in the same step."""

    booth = forms.ModelChoiceField(label=_("booth"), queryset=None, required=False)
    role = forms.ChoiceField(label=_("role"), choices=BoothRole.choices, required=False)

    class Meta:
        model = User
        fields = ("email", "full_name", "phone", "preferred_language")

    #: Set per request by UserAdmin.get_form on the class it builds for that request.
    booth_queryset = None
    booth_required = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # self.fields is this instance's own copy; base_fields is shared.
        self.fields["booth"].queryset = self.booth_queryset

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("booth") and not cleaned.get("role"):
            self.add_error("role", _("Choose the role at this booth."))
        if self.booth_required and not cleaned.get("booth"):
            self.add_error("booth", _("Choose the booth where this person works."))
        return cleaned


class BoothStaffInline(ScopedInline, admin.TabularInline):
    model = BoothStaff
    fk_name = "user"
    extra = 0
    verbose_name = _("role at a booth")
    verbose_name_plural = _("roles at booths")

    def get_queryset(self, request):
        staff = scope_of(request)
        return (
            super()
            .get_queryset(request)
            .filter(booth__in=selectors.booths_managed_by(staff=staff))
            .select_related("booth__agency", "booth__mall")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "booth":
            kwargs["queryset"] = selectors.booths_managed_by(staff=scope_of(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(User)
class UserAdmin(ScopedAdmin, BaseUserAdmin):
    add_form = StaffCreationForm
    ordering = ["full_name", "email"]
    list_display = [
        "email",
        "full_name",
        "is_staff",
        "is_provincial_admin",
        "is_active",
    ]
    list_filter = ["is_staff", "is_provincial_admin", "is_active", "booth_roles__role"]
    search_fields = ["email", "full_name", "phone"]
    inlines = [BoothStaffInline]
    roles_may_delete = False  # deactivate instead: history keeps pointing at the person
    readonly_fields = ["last_login", "date_joined", audit_trail_link]

    def scope(self, request, queryset, staff):
        return queryset.filter(pk__in=selectors.users_managed_by(staff=staff))

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            fields = [
                "email",
                "full_name",
                "phone",
                "preferred_language",
                "usable_password",
                "password1",
                "password2",
                "booth",
                "role",
            ]
            return [(None, {"classes": ["wide"], "fields": fields})]
        roles = ["is_active", "is_staff"]
        dates = ["last_login", "date_joined"]
        if scope_of(request).is_provincial_admin:
            dates.append(audit_trail_link)  # the audit list is theirs alone
            roles += [
                "is_provincial_admin",
                "is_superuser",
                "groups",
                "user_permissions",
            ]
        return [
            (None, {"fields": ["email", "password"]}),
            (
                _("Personal info"),
                {"fields": ["full_name", "phone", "preferred_language"]},
            ),
            (_("Permissions"), {"fields": roles}),
            (_("Important dates"), {"fields": dates}),
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is None:
            staff = scope_of(request)
            # `form` is a class built for this request: class attributes are safe.
            form.booth_queryset = selectors.booths_managed_by(staff=staff)
            # A mall manager's new account must work at one of their booths, or it
            # would vanish from their list at once.
            form.booth_required = not staff.is_provincial_admin
        return form

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change and form.cleaned_data.get("booth"):
            actions.booth_staff_assign(
                user=obj,
                booth=form.cleaned_data["booth"],
                role=form.cleaned_data["role"],
            )

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        sync_staff_status(formset)
