from django.db import models
from django.utils.translation import gettext_lazy as _

from agencies.models import Booth
from mpp.models import TimeStampedModel


class Counter(TimeStampedModel):
    """A counter (loket) at a booth, where one officer serves the queue."""

    booth = models.ForeignKey(
        Booth,
        on_delete=models.CASCADE,
        related_name="counters",
        verbose_name=_("booth"),
    )
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Counter number as called out: loket 3.")
    )
    name = models.CharField(_("name"), max_length=60, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("counter")
        verbose_name_plural = _("counters")
        ordering = ["booth", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["booth", "number"],
                name="queueing_counter_number_unique_per_booth",
                violation_error_message=_(
                    "This booth already has a counter with this number."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1),
                name="queueing_counter_number_positive",
                violation_error_message=_("Counter numbers start at 1."),
            ),
        ]

    def __str__(self) -> str:
        return _("Counter %(number)d") % {"number": self.number}
