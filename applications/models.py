"""Citizens' online applications (permohonan): states, documents, history."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agencies.models import Mall
from applications import uploads
from mpp.models import TimeStampedModel
from services.models import Requirement, Service


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    READY_FOR_PICKUP = "ready_for_pickup", _("Ready for pickup")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


S = ApplicationStatus
APPLICATION_TRANSITIONS: dict[str, set[str]] = {  # The whole workflow; change it here.
    S.DRAFT: {S.SUBMITTED, S.CANCELLED},
    S.SUBMITTED: {
        S.IN_REVIEW,
        S.CHANGES_REQUESTED,
        S.APPROVED,
        S.REJECTED,
        S.CANCELLED,
    },
    S.IN_REVIEW: {S.CHANGES_REQUESTED, S.APPROVED, S.REJECTED, S.CANCELLED},
    S.CHANGES_REQUESTED: {S.SUBMITTED, S.CANCELLED},
    # Finished with an output document, or ready to be picked up at the booth.
    S.APPROVED: {S.COMPLETED, S.READY_FOR_PICKUP},
    S.READY_FOR_PICKUP: {S.COMPLETED},  # picked up
    S.REJECTED: set(),
    S.COMPLETED: set(),
    S.CANCELLED: set(),
}
#: Statuses in which the citizen may still cancel (no decision yet).
CANCELLABLE = {S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.CHANGES_REQUESTED}
#: Statuses in which the deadline clock runs.
CLOCK_RUNNING = {S.SUBMITTED, S.IN_REVIEW}
#: Statuses in which the application waits on an officer (the back office's work).
OPEN_FOR_OFFICER = {S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.READY_FOR_PICKUP}
#: Statuses after which nothing more happens.
CLOSED = {S.REJECTED, S.COMPLETED, S.CANCELLED}


class Application(TimeStampedModel):
    uuid = models.UUIDField(
        _("public id"), default=uuid.uuid4, unique=True, editable=False
    )
    tracking_number = models.CharField(
        _("tracking number"), max_length=13, unique=True, null=True, blank=True
    )
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("citizen"),
    )
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("service"),
    )
    mall = models.ForeignKey(
        Mall,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("mall"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus, default=S.DRAFT
    )
    # Answers to the service's extra fields, keyed by ServiceField.key.
    field_values = models.JSONField(_("answers"), default=dict, blank=True)
    # One key per "start" form shown: a resent form finds the draft it made.
    start_key = models.UUIDField(_("start key"), editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    paused_on = models.DateField(
        _("waiting on the citizen since"), null=True, blank=True
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    output_file = models.FileField(
        _("output document"), upload_to=uploads.output_upload_to, blank=True
    )
    output_content_type = models.CharField(max_length=40, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_applications",
        verbose_name=_("assigned officer"),
    )

    Status = ApplicationStatus

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [
            models.Index(
                fields=["citizen", "-created_at"], name="application_citizen_idx"
            ),
            # The back office's inbox: a mall's sent applications by due date (the
            # booth's agency is then a filter on few rows; make bench: officer_inbox).
            models.Index(
                fields=["mall", "due_date", "id"],
                condition=Q(tracking_number__isnull=False),
                name="application_inbox_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ApplicationStatus.values),
                name="applications_status_valid",
                violation_error_message=_("Unknown status."),
            ),
            models.CheckConstraint(
                condition=Q(status=S.DRAFT)
                | Q(status=S.CANCELLED, submitted_at__isnull=True)
                | Q(tracking_number__isnull=False, submitted_at__isnull=False),
                name="applications_submitted_has_number",
                violation_error_message=_(
                    "A submitted application has a tracking number."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(
                    status__in=[S.APPROVED, S.REJECTED, S.READY_FOR_PICKUP, S.COMPLETED]
                )
                | Q(decided_at__isnull=False),
                name="applications_decided_has_decided_at",
                violation_error_message=_("A decided application has a decision time."),
            ),
            models.UniqueConstraint(
                fields=["citizen", "start_key"],
                name="applications_one_draft_per_start_form",
            ),
        ]

    def __str__(self) -> str:
        return self.tracking_number or _("Draft %(id)s") % {"id": str(self.uuid)[:8]}

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", kwargs={"uuid": self.uuid})

    def can_transition_to(self, status: str) -> bool:
        return status in APPLICATION_TRANSITIONS[self.status]

    @property
    def is_cancellable(self) -> bool:
        return self.status in CANCELLABLE

    @property
    def is_editable(self) -> bool:
        return self.status == S.DRAFT


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Not checked yet")
    ACCEPTED = "accepted", _("Accepted")
    NEEDS_FIX = "needs_fix", _("Needs to be fixed")


class ApplicationDocument(TimeStampedModel):
    """The current file for one requirement of an application, with the officer's
    check. Replacing the file resets the check."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("application"),
    )
    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("requirement"),
    )
    file = models.FileField(_("file"), upload_to=uploads.document_upload_to)
    # The name the citizen's file had, shown back to them only (escaped); the
    # stored name is random (uploads.document_upload_to).
    original_name = models.CharField(
        _("original file name"), max_length=255, blank=True
    )
    content_type = models.CharField(_("content type"), max_length=40)
    size = models.PositiveIntegerField(_("size"))
    review_status = models.CharField(
        _("check"), max_length=10, choices=ReviewStatus, default=ReviewStatus.PENDING
    )
    review_note = models.TextField(_("what to fix"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    reviewed_at = models.DateTimeField(_("checked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "requirement"],
                name="applications_one_document_per_requirement",
            ),
            models.CheckConstraint(
                condition=Q(content_type__in=list(uploads.ALLOWED_TYPES)),
                name="applications_document_type_allowed",
            ),
            models.CheckConstraint(
                condition=~Q(review_status=ReviewStatus.NEEDS_FIX) | ~Q(review_note=""),
                name="applications_fix_has_reason",
                violation_error_message=_("Say what must be fixed."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.requirement)


class StatusChange(models.Model):
    """One step of an application's timeline (append-only)."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="history",
        verbose_name=_("application"),
    )
    from_status = models.CharField(
        _("from"), max_length=20, choices=ApplicationStatus, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=ApplicationStatus)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class Message(models.Model):
    """A message from an officer to the citizen about one application."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("application"),
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sender"),
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:60]


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", _("Due soon")
    OVERDUE = "overdue", _("Overdue")


class DeadlineReminder(models.Model):
    """A deadline reminder about one application on one day (applications/
    deadlines.py). The unique row is the claim: a second run the same day, or a
    second worker at the same moment, finds it and sends nothing."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="deadline_reminders",
        verbose_name=_("application"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ReminderKind)
    day = models.DateField(_("day"))
    recipient_count = models.PositiveSmallIntegerField(_("people told"), default=0)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "kind", "day"],
                name="applications_one_reminder_per_kind_and_day",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ReminderKind.values),
                name="applications_reminder_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application_id} {self.kind} {self.day:%Y-%m-%d}"


class SupervisorDigest(models.Model):
    """The daily digest sent to one booth supervisor on one day (unique: one a day,
    whatever the number of runs or workers)."""

    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("supervisor"),
    )
    day = models.DateField(_("day"))
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("supervisor digest")
        verbose_name_plural = _("supervisor digests")
        constraints = [
            models.UniqueConstraint(
                fields=["supervisor", "day"], name="applications_one_digest_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.supervisor_id} {self.day:%Y-%m-%d}"
