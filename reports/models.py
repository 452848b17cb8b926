"""Summary rows the dashboards read (issue 10 §3): one row per day, booth and
service, written by reports.figures.refresh, never computed at request time."""

from django.db import models
from django.utils.text import format_lazy
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


def _element_fields() -> dict[str, models.PositiveIntegerField]:
    fields = {}
    for number in range(1, 10):
        # format_lazy, not %: the name must stay lazy, translated when shown (and
        # in English for makemigrations), not fixed at import in the language then.
        fields[f"u{number}_sum"] = models.PositiveIntegerField(
            format_lazy(_("sum of the answers to element {n}"), n=number), default=0
        )
        fields[f"u{number}_n"] = models.PositiveIntegerField(
            format_lazy(_("answers to element {n}"), n=number), default=0
        )
    return fields


class SurveyDayFigures(models.Model):
    """The satisfaction surveys of the visits to one service at one booth that
    finished on one day: the respondents and, per element (u1…u9), the sum and the
    number of the answers. NRR = Σ sums ÷ Σ answers, so the IKM over any period is
    exact from summed rows (surveys.ikm)."""

    day = models.DateField(_("day"))
    mall = models.ForeignKey(
        "agencies.Mall", on_delete=models.CASCADE, related_name="survey_figures"
    )
    booth = models.ForeignKey(
        "agencies.Booth", on_delete=models.CASCADE, related_name="survey_figures"
    )
    service = models.ForeignKey(
        "services.Service", on_delete=models.CASCADE, related_name="survey_figures"
    )
    respondents = models.PositiveIntegerField(_("respondents"), default=0)
    locals().update(_element_fields())
    refreshed_at = models.DateTimeField(_("refreshed at"))

    class Meta:
        verbose_name = _("survey figures of a day")
        verbose_name_plural = _("survey figures per day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "booth", "service"], name="reports_survey_figures_unique"
            ),
        ]
        indexes = [models.Index(fields=["mall", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.booth_id}/{self.service_id}"


class ComplaintDayFigures(models.Model):
    """The complaints of one booth (and service, empty when the complainant named
    none) on one day.

    Flows of the day: received (created_at), answered (answered_at), answered on
    time (answered on or before the due date).

    Open and overdue are a snapshot at the end of the day (received or being
    handled; overdue: also past the due date, as the complaints list counts it
    that day). We keep a snapshot rather than derive it from flows: "overdue at the
    end of a period" needs each complaint's due date against the period's end,
    which per-day counts cannot give without a histogram per due date; and a
    period's open/overdue is a stock, not a sum, so the dashboard reads the
    snapshot of the period's last day (today's for a period not yet over).
    Past days are rebuilt from the complaints' timestamps (created_at,
    answered_at, closed_at of a rejection), so `reports_refresh --days N` writes
    the same snapshot again.
    """

    day = models.DateField(_("day"))
    mall = models.ForeignKey(
        "agencies.Mall", on_delete=models.CASCADE, related_name="complaint_figures"
    )
    booth = models.ForeignKey(
        "agencies.Booth", on_delete=models.CASCADE, related_name="complaint_figures"
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="complaint_figures",
    )
    received = models.PositiveIntegerField(_("received"), default=0)
    answered = models.PositiveIntegerField(_("answered"), default=0)
    answered_on_time = models.PositiveIntegerField(
        _("answered within the time limit"), default=0
    )
    open = models.PositiveIntegerField(_("open at the end of the day"), default=0)
    overdue = models.PositiveIntegerField(_("overdue at the end of the day"), default=0)
    refreshed_at = models.DateTimeField(_("refreshed at"))

    class Meta:
        verbose_name = _("complaint figures of a day")
        verbose_name_plural = _("complaint figures per day")
        constraints = [
            # One row for "no service" too (PostgreSQL 15+).
            models.UniqueConstraint(
                fields=["day", "booth", "service"],
                name="reports_complaint_figures_unique",
                nulls_distinct=False,
            ),
            models.CheckConstraint(
                condition=models.Q(answered_on_time__lte=models.F("answered")),
                name="reports_complaint_figures_on_time_le_answered",
            ),
        ]
        indexes = [models.Index(fields=["mall", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.booth_id}/{self.service_id}"
