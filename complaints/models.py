"""Complaints (pengaduan, DOMAIN §5): one row per complaint, routed to one agency's
booth at one mall, with its history, attachments and the SP4N-LAPOR! reference."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agencies.models import Booth, Mall
from applications import uploads
from mpp.models import TimeStampedModel


class ComplaintStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    CLASSIFIED = "classified", _("Being handled")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    REJECTED = "rejected", _("Not handled")


S = ComplaintStatus
COMPLAINT_TRANSITIONS: dict[str, set[str]] = {  # The whole workflow; change it here.
    S.RECEIVED: {S.CLASSIFIED, S.REJECTED},
    S.CLASSIFIED: {S.ANSWERED, S.REJECTED},
    S.ANSWERED: {S.CLOSED},
    S.CLOSED: set(),
    S.REJECTED: set(),
}
#: Statuses in which the deadline clock runs (a due date is set when classified).
CLOCK_RUNNING = {S.CLASSIFIED}
#: Statuses in which the complaint waits on the booth's staff.
OPEN = {S.RECEIVED, S.CLASSIFIED}


class Classification(models.TextChoices):
    """The kinds of complaint and, in WORKING_DAYS, their time limits (DOMAIN §5)."""

    LIGHT = "light", _("Light (2 working days)")
    NORMATIVE = "normative", _("Normative (5 working days)")
    NO_SUPERVISION = "no_supervision", _("Not needing supervision (14 working days)")
    INVESTIGATION = "investigation", _("Needing investigation (60 working days)")


WORKING_DAYS: dict[str, int] = {
    Classification.LIGHT: 2,
    Classification.NORMATIVE: 5,
    Classification.NO_SUPERVISION: 14,
    Classification.INVESTIGATION: 60,
}


class Complaint(TimeStampedModel):
    uuid = models.UUIDField(
        _("public id"), default=uuid.uuid4, unique=True, editable=False
    )
    tracking_number = models.CharField(_("tracking number"), max_length=13, unique=True)
    # One key per form shown: a double click finds the complaint the first made.
    submit_key = models.UUIDField(_("submit key"), unique=True, editable=False)
    mall = models.ForeignKey(
        Mall,
        on_delete=models.PROTECT,
        related_name="complaints",
        verbose_name=_("mall"),
    )
    booth = models.ForeignKey(
        Booth,
        on_delete=models.PROTECT,
        related_name="complaints",
        verbose_name=_("booth"),
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("service"),
    )
    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("application"),
    )
    ticket = models.ForeignKey(
        "queueing.Ticket",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("queue ticket"),
    )
    # Empty for an anonymous complaint: nobody is notified, the tracking number is
    # the way to follow it.
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("citizen"),
    )
    contact_name = models.CharField(_("name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mail address"), blank=True)
    contact_phone = models.CharField(_("phone number"), max_length=30, blank=True)
    text = models.TextField(_("complaint"))
    status = models.CharField(
        _("status"), max_length=12, choices=ComplaintStatus, default=S.RECEIVED
    )
    classification = models.CharField(
        _("classification"), max_length=16, choices=Classification, blank=True
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    lapor_reference = models.CharField(
        _("SP4N-LAPOR! reference"), max_length=60, blank=True
    )
    # What the daily deadline task sent (complaints/tasks.py): once each.
    reminded_on = models.DateField(_("staff reminded on"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)

    Status = ComplaintStatus

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["booth", "status", "due_date"], name="complaint_booth_idx"
            ),
            models.Index(
                fields=["citizen", "-created_at"], name="complaint_citizen_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ComplaintStatus.values),
                name="complaints_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(classification="")
                | Q(classification__in=Classification.values),
                name="complaints_classification_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[S.CLASSIFIED, S.ANSWERED, S.CLOSED])
                | (~Q(classification="") & Q(due_date__isnull=False)),
                name="complaints_classified_has_due_date",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[S.ANSWERED, S.CLOSED])
                | (~Q(answer="") & Q(answered_at__isnull=False)),
                name="complaints_answered_has_answer",
            ),
        ]

    def __str__(self) -> str:
        return self.tracking_number

    def get_absolute_url(self) -> str:
        return reverse("complaints:detail", kwargs={"uuid": self.uuid})

    def can_transition_to(self, status: str) -> bool:
        return status in COMPLAINT_TRANSITIONS[self.status]

    @property
    def is_anonymous(self) -> bool:
        return self.citizen_id is None


class ComplaintEvent(models.Model):
    """One step of a complaint's history (append-only): one row per transition."""

    complaint = models.ForeignKey(
        Complaint,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("complaint"),
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=ComplaintStatus, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=ComplaintStatus)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("complaint event")
        verbose_name_plural = _("complaint events")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class ComplaintAttachment(models.Model):
    """A file sent with a complaint, checked and re-written as applications'
    documents are (applications/uploads.py), stored privately under a random name."""

    complaint = models.ForeignKey(
        Complaint,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("complaint"),
    )
    file = models.FileField(_("file"), upload_to=uploads.document_upload_to)
    original_name = models.CharField(
        _("original file name"), max_length=255, blank=True
    )
    content_type = models.CharField(_("content type"), max_length=40)
    size = models.PositiveIntegerField(_("size"))
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(content_type__in=list(uploads.ALLOWED_TYPES)),
                name="complaints_attachment_type_allowed",
            ),
        ]

    def __str__(self) -> str:
        return self.original_name or f"Attachment {self.pk}"
