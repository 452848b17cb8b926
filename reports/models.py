"""Summary rows the dashboards read (issue 10 §3): one row per day, booth and
service, written by reports.figures.refresh, never computed at request time."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationDayFigures(models.Model):
    """The online applications of one service at one booth on one day.

    - received: applications sent (submitted_at) that day;
    - completed: applications decided (approved or rejected, decided_at) that day:
      the service standard's clock stops at the decision, not at the pickup;
    - completed_on_time: of those, decided on or before their due date (which
      already includes the days the application waited on the citizen);
    - processing_days: a histogram {working days: applications} of the completed
      ones, so medians and percentiles over any period come from summing rows.
    """

    day = models.DateField(_("day"))
    mall = models.ForeignKey(
        "agencies.Mall", on_delete=models.CASCADE, related_name="application_figures"
    )
    booth = models.ForeignKey(
        "agencies.Booth", on_delete=models.CASCADE, related_name="application_figures"
    )
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.CASCADE, related_name="application_figures"
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.CASCADE,
        related_name="application_figures",
    )
    received = models.PositiveIntegerField(_("received"), default=0)
    completed = models.PositiveIntegerField(_("completed"), default=0)
    completed_on_time = models.PositiveIntegerField(
        _("completed within the time limit"), default=0
    )
    processing_days = models.JSONField(_("processing time histogram"), default=dict)
    refreshed_at = models.DateTimeField(_("refreshed at"))

    class Meta:
        verbose_name = _("application figures of a day")
        verbose_name_plural = _("application figures per day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "booth", "service"], name="reports_app_figures_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(completed_on_time__lte=models.F("completed")),
                name="reports_app_figures_on_time_le_completed",
            ),
        ]
        indexes = [models.Index(fields=["mall", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.booth_id}/{self.service_id}"
