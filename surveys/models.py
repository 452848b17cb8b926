"""Satisfaction survey responses (SKM) and the follow-up plans published with the
index (IKM), PermenPAN-RB 14/2017 (issue 10 §1)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mpp.models import TimeStampedModel
from surveys.questionnaire import ELEMENTS, AgeBand, Education, Occupation, Sex

#: The grades' names (surveys.ikm.Grade.name) as visitors read them.
GRADE_NAMES = {
    "A": _("Very good"),
    "B": _("Good"),
    "C": _("Less than good"),
    "D": _("Not good"),
}


def _answer_field(number: int) -> models.PositiveSmallIntegerField:
    """Element `number`'s answer, 1–4; empty: not answered."""
    return models.PositiveSmallIntegerField(
        ELEMENTS[number - 1].name, null=True, blank=True
    )


def _answer_in_range(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gte": 1, f"{field}__lte": 4}),
        name=f"surveys_response_{field}_1_to_4",
        violation_error_message=_("An answer is scored 1 to 4."),
    )


class SurveyResponse(models.Model):
    """One respondent's answers about one finished visit: a completed application
    or a ticket served to the end. One response per visit, enforced by the
    database; the visit's mall, booth, agency and service are copied for
    reporting, with the time the visit finished (the period it counts in)."""

    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="survey_responses",
        verbose_name=_("application"),
    )
    ticket = models.ForeignKey(
        "queueing.Ticket",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="survey_responses",
        verbose_name=_("queue ticket"),
    )
    mall = models.ForeignKey(
        "agencies.Mall",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("mall"),
    )
    booth = models.ForeignKey(
        "agencies.Booth",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("booth"),
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("agency"),
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("service"),
    )
    visit_finished_at = models.DateTimeField(_("visit finished at"))
    u1 = _answer_field(1)
    u2 = _answer_field(2)
    u3 = _answer_field(3)
    u4 = _answer_field(4)
    u5 = _answer_field(5)
    u6 = _answer_field(6)
    u7 = _answer_field(7)
    u8 = _answer_field(8)
    u9 = _answer_field(9)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex, blank=True)
    age_band = models.CharField(_("age"), max_length=6, choices=AgeBand, blank=True)
    education = models.CharField(
        _("education"), max_length=8, choices=Education, blank=True
    )
    occupation = models.CharField(
        _("occupation"), max_length=8, choices=Occupation, blank=True
    )
    created_at = models.DateTimeField(
        _("answered at"), default=timezone.now, db_index=True, editable=False
    )

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.CheckConstraint(
                condition=Q(application__isnull=False, ticket__isnull=True)
                | Q(application__isnull=True, ticket__isnull=False),
                name="surveys_response_one_visit",
                violation_error_message=_(
                    "A response is about one application or one ticket."
                ),
            ),
            models.UniqueConstraint(
                fields=["application"],
                name="surveys_one_response_per_application",
                violation_error_message=_("This visit has already been rated."),
            ),
            models.UniqueConstraint(
                fields=["ticket"],
                name="surveys_one_response_per_ticket",
                violation_error_message=_("This visit has already been rated."),
            ),
            *(_answer_in_range(element.field) for element in ELEMENTS),
        ]
        indexes = [
            # Reports: a period's responses, per mall.
            models.Index(
                fields=["mall", "visit_finished_at"], name="surveys_mall_period_idx"
            ),
            models.Index(fields=["visit_finished_at"], name="surveys_period_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.service_id} {self.created_at:%Y-%m-%d}"


class FollowUpPlan(TimeStampedModel):
    """The mall's follow-up plan (rencana tindak lanjut) on a period's results,
    for the whole mall or one service, published on the mall's IKM page."""

    mall = models.ForeignKey(
        "agencies.Mall",
        on_delete=models.CASCADE,
        related_name="follow_up_plans",
        verbose_name=_("mall"),
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service"),
        help_text=_("Leave empty for a plan about the whole mall."),
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    text = models.TextField(_("follow-up plan"), max_length=5000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )

    class Meta:
        verbose_name = _("follow-up plan")
        verbose_name_plural = _("follow-up plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="surveys_plan_period_ordered",
                violation_error_message=_("The period ends after it starts."),
            ),
            models.UniqueConstraint(
                fields=["mall", "service", "period_start", "period_end"],
                condition=Q(service__isnull=False),
                name="surveys_one_plan_per_service_and_period",
            ),
            models.UniqueConstraint(
                fields=["mall", "period_start", "period_end"],
                condition=Q(service__isnull=True),
                name="surveys_one_mall_plan_per_period",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mall_id} {self.period_start}–{self.period_end}"
