import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationChannel
from mpp.models import TimeStampedModel


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Notification(TimeStampedModel):
    """An outbox row: written in the same transaction as the event it announces, then
    delivered by a Celery task, at least once (notifications/actions.py).

    pending ──claim──▶ sending ──gateway accepted──▶ sent
       ▲                  │ ──temporary error, attempts left──▶ pending (backoff)
       │                  │ ──permanent error, or no attempt left──▶ failed
       └──claim expired───┘ (the worker died: the next claim sends with the same key)

    `uuid` is the idempotency key every attempt gives the gateway (and the e-mail's
    Message-ID), so a provider that honours it delivers a retried message once.
    """

    uuid = models.UUIDField(
        _("idempotency key"), default=uuid.uuid4, unique=True, editable=False
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=NotificationChannel)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=NotificationStatus,
        default=NotificationStatus.PENDING,
    )
    # Attempts since the row was written or last resent from the admin; each one
    # also has a NotificationAttempt row, which a resend keeps.
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # When the sweeper queues the row (again): the end of a retry's backoff, or, for
    # a row never tried, a grace period for the task queued at its commit.
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    # A worker's claim while it sends; past this time the worker is presumed dead.
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="notif_due_idx"),
            models.Index(fields=["recipient", "-created_at"], name="notif_inbox_idx"),
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notif_unread_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=NotificationStatus.SENT) | Q(sent_at__isnull=False),
                name="notifications_sent_has_sent_at",
                violation_error_message=_(
                    "A sent notification needs its sending time."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(status=NotificationStatus.SENDING)
                | Q(claimed_until__isnull=False),
                name="notifications_sending_is_claimed",
                violation_error_message=_(
                    "A notification being sent needs the end of its claim."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}: {self.subject}"


class AttemptOutcome(models.TextChoices):
    RUNNING = "", _("In progress")
    SENT = "sent", _("Sent")
    RETRY = "retry", _("Temporary error, retried later")
    FAILED = "failed", _("Permanent error")
    EXPIRED = "expired", _("No answer: the worker stopped")


class NotificationAttempt(models.Model):
    """One try at delivering a notification. A worker that dies mid-send leaves its
    attempt running; the next claim marks it expired."""

    notification = models.ForeignKey(
        Notification,
        on_delete=models.CASCADE,
        related_name="delivery_attempts",
        verbose_name=_("notification"),
    )
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"),
        max_length=10,
        choices=AttemptOutcome,
        default=AttemptOutcome.RUNNING,
        blank=True,
    )
    # What went wrong, in words the portal wrote ("HTTP 503", "SMTP 550",
    # "TimeoutError"): never a provider's text, which may quote the address.
    error = models.CharField(_("error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        ordering = ["started_at", "pk"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M:%S} {self.get_outcome_display()}"
