from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationChannel
from mpp.models import TimeStampedModel


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Notification(TimeStampedModel):
    """An outbox row: written in the same transaction as the event it announces, then
    delivered by a Celery task (enqueued on commit, re-enqueued by a sweeper if the
    broker was down), exactly once: delivery stamps `sent_at` under a row lock."""

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
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["status", "created_at"], name="notif_pending_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=NotificationStatus.SENT) | Q(sent_at__isnull=False),
                name="notifications_sent_has_sent_at",
                violation_error_message=_(
                    "A sent notification needs its sending time."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}: {self.subject}"
