"""The audit trail: one append-only row per sign-in, refusal and staff look at a
citizen's data (RELIABILITY 16, DOMAIN §9).

Rows are written by `audit.actions.audit_record` only, and never change afterwards:
the model refuses updates and deletes through the ORM, and on PostgreSQL a trigger
refuses them in the database too (migration 0002).
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    """What happened. A new value needs a migration (the check constraint); say in
    `INDEPENDENT_ACTIONS` whether its row must outlive a rolled-back transaction."""

    SIGN_IN = "sign_in", _("Signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
    VIEW_APPLICATION = "view_application", _("Viewed an application")
    VIEW_DOCUMENT = "view_document", _("Viewed a document")
    VIEW_COMPLAINT = "view_complaint", _("Viewed a complaint")
    REVEAL_NIK = "reveal_nik", _("Revealed a NIK")
    STATUS_CHANGE = "status_change", _("Changed a status")
    ACCESS_DENIED = "access_denied", _("Access denied")
    EXPORT = "export", _("Exported data")


class AuditRole(models.TextChoices):
    """The actor's role when the row was written (a snapshot: roles change)."""

    PROVINCIAL_ADMIN = "provincial_admin", _("Provincial admin")
    MALL_MANAGER = "mall_manager", _("Mall manager")
    SUPERVISOR = "supervisor", _("Booth supervisor")
    OFFICER = "officer", _("Officer")
    CITIZEN = "citizen", _("Citizen")
    ANONYMOUS = "anonymous", _("Anonymous visitor")
    SYSTEM = "system", _("System")


#: Roles of people who work for the malls: their looks at citizen data are audited.
STAFF_ROLES = frozenset(
    {
        AuditRole.PROVINCIAL_ADMIN,
        AuditRole.MALL_MANAGER,
        AuditRole.SUPERVISOR,
        AuditRole.OFFICER,
    }
)
#: Actions that read a citizen's personal data (the citizen's access trail).
LOOK_ACTIONS = frozenset(
    {
        AuditAction.VIEW_APPLICATION,
        AuditAction.VIEW_DOCUMENT,
        AuditAction.VIEW_COMPLAINT,
        AuditAction.REVEAL_NIK,
        AuditAction.EXPORT,
    }
)
#: Actions whose row is kept even when the caller's transaction rolls back: a look,
#: a refusal or a sign-in happened whatever became of the surrounding work. Every
#: other action (a status change) is written in the caller's transaction, so it
#: exists exactly when the change it records does (audit.actions explains how).
INDEPENDENT_ACTIONS = frozenset(
    {
        AuditAction.SIGN_IN,
        AuditAction.SIGN_IN_FAILED,
        AuditAction.ACCESS_DENIED,
        *LOOK_ACTIONS,
    }
)


class AuditLogIsAppendOnly(Exception):
    """Code tried to change or delete an audit row: a programming error, not a
    business rule, so not a DomainError (nothing to show the user)."""

    def __init__(self) -> None:
        super().__init__("The audit trail is append-only: rows never change.")


class AuditEventQuerySet(models.QuerySet):
    """No bulk update or delete: the trail only grows (retention is a later issue,
    and will say in its own migration how it may remove rows)."""

    def update(self, **kwargs):
        raise AuditLogIsAppendOnly

    def delete(self):
        raise AuditLogIsAppendOnly

    def bulk_update(self, objs, fields, batch_size=None):
        raise AuditLogIsAppendOnly

    def _update(self, values):  # Model.save() and bulk_update() update through this
        raise AuditLogIsAppendOnly

    def _raw_delete(self, using):  # the deletion collector's fast path
        raise AuditLogIsAppendOnly


class AuditEvent(models.Model):
    """One thing that happened to or around a citizen's data, written once."""

    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    # Who, where and about whom are plain integers, not foreign keys. The trail must
    # outlive what it points at without ever being rewritten: SET_NULL would UPDATE
    # the row (refused by the trigger, so deleting a user would fail), CASCADE would
    # DELETE it, PROTECT or a database constraint would stop a user or an
    # application from ever being deleted or anonymised. The id stays and
    # `actor_label` keeps who it was (PostgreSQL and SQLite with AUTOINCREMENT
    # never reuse an id).
    actor_id = models.BigIntegerField(_("actor id"), null=True, blank=True)
    actor_label = models.CharField(
        _("actor"),
        max_length=300,
        blank=True,
        help_text=_("Full name and e-mail address when the row was written."),
    )
    role = models.CharField(_("role"), max_length=20, choices=AuditRole)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=AuditAction)
    application_id = models.BigIntegerField(_("application id"), null=True, blank=True)
    citizen_id = models.BigIntegerField(_("citizen id"), null=True, blank=True)
    # What was looked at, e.g. "ApplicationDocument 17" or a tracking number; never
    # a NIK (audit_record masks any NIK-like number).
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        # Related lookups and deletions use the base manager: make it refuse too.
        base_manager_name = "objects"
        indexes = [
            models.Index(fields=["citizen_id", "-at"], name="audit_citizen_at_idx"),
            models.Index(
                fields=["application_id", "-at"], name="audit_application_at_idx"
            ),
            models.Index(fields=["actor_id", "-at"], name="audit_actor_at_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=AuditAction.values),
                name="audit_auditevent_action_valid",
                violation_error_message=_("Unknown action."),
            ),
            models.CheckConstraint(
                condition=Q(role__in=AuditRole.values),
                name="audit_auditevent_role_valid",
                violation_error_message=_("Unknown role."),
            ),
        ]

    def __str__(self) -> str:
        who = self.actor_label or self.get_role_display()
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.get_action_display()}: {who}"

    def save(self, *args, **kwargs) -> None:
        # The append-only rule itself, not business logic (STYLE §2): a row is
        # inserted once and never saved again.
        if not self._state.adding or kwargs.get("update_fields") is not None:
            raise AuditLogIsAppendOnly
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly
