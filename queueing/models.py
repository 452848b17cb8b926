import uuid

from django.db import models
from django.utils import timezone
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


# ---------------------------------------------------------------- tickets
class TicketStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    CALLED = "called", _("Called")
    SERVING = "serving", _("Being served")
    PARKED = "parked", _("Set aside")
    DONE = "done", _("Done")
    NO_SHOW = "no_show", _("Did not come")
    CANCELLED = "cancelled", _("Cancelled")
    TRANSFERRED = "transferred", _("Transferred")


T = TicketStatus
TICKET_TRANSITIONS: dict[str, set[str]] = {  # The whole workflow; change it here.
    # Booked online and not checked in yet is "waiting" with no place in the queue
    # (Ticket.queued_at is empty): check-in gives it one.
    T.WAITING: {T.CALLED, T.CANCELLED, T.NO_SHOW},
    # Back to waiting when its counter closes; no-show after the last recall.
    T.CALLED: {T.SERVING, T.WAITING, T.NO_SHOW},
    T.SERVING: {T.DONE, T.PARKED, T.TRANSFERRED},
    # Set aside (the citizen fetches a copy) and resumed at the same counter.
    T.PARKED: {T.SERVING, T.DONE},
    T.DONE: set(),
    T.NO_SHOW: set(),
    T.CANCELLED: set(),
    T.TRANSFERRED: set(),
}
#: A counter holds at most one ticket in these (a partial unique constraint).
AT_COUNTER = {T.CALLED, T.SERVING}
#: Nothing more happens to these.
FINISHED = {T.DONE, T.NO_SHOW, T.CANCELLED, T.TRANSFERRED}


class TicketSource(models.TextChoices):
    KIOSK = "kiosk", _("Kiosk")
    ONLINE = "online", _("Online")
    OFFICER = "officer", _("Officer")


class PriorityClass(models.TextChoices):
    NONE = "none", _("None")
    ELDERLY = "elderly", _("Elderly")
    DISABLED = "disabled", _("Disability")
    PREGNANT = "pregnant", _("Pregnant or nursing")
    CHILD = "child", _("With a small child")


class TicketSequence(models.Model):
    """The last number issued per mall, day and prefix: numbers restart every day.
    Issuing locks this row for an instant (numbers never repeat or skip); the
    unique constraint on Ticket is the backstop."""

    mall = models.ForeignKey("agencies.Mall", on_delete=models.CASCADE)
    day = models.DateField()
    prefix = models.CharField(max_length=2)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mall", "day", "prefix"], name="queueing_sequence_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.prefix} {self.day}: {self.last_number}"


class CounterSession(models.Model):
    """A counter opened by an officer for a day, serving some of its booth's
    services. Closing it returns its called ticket to the queue."""

    counter = models.ForeignKey(
        Counter, on_delete=models.PROTECT, related_name="sessions"
    )
    officer = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="counter_sessions"
    )
    day = models.DateField()
    services = models.ManyToManyField("services.Service", related_name="+")
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["counter"],
                condition=models.Q(closed_at__isnull=True),
                name="queueing_one_open_session_per_counter",
                violation_error_message=_("This counter is already open."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.counter_id} {self.day}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Ticket(models.Model):
    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True)
    # The kiosk's or page's one-time key: a double tap finds the first ticket.
    issue_key = models.UUIDField(unique=True)
    # No index of its own: queueing_ticket_number_unique and queueing_waiting_idx
    # begin with the mall (every ticket written updates one index less).
    mall = models.ForeignKey(
        "agencies.Mall",
        on_delete=models.PROTECT,
        related_name="tickets",
        db_index=False,
    )
    booth = models.ForeignKey(Booth, on_delete=models.PROTECT, related_name="tickets")
    service = models.ForeignKey(
        "services.Service", on_delete=models.PROTECT, related_name="tickets"
    )
    day = models.DateField(_("day"))
    prefix = models.CharField(_("prefix"), max_length=2)
    number = models.PositiveIntegerField(_("number"))
    source = models.CharField(_("source"), max_length=10, choices=TicketSource)
    priority = models.CharField(
        _("priority"), max_length=10, choices=PriorityClass, default=PriorityClass.NONE
    )
    priority_reason = models.CharField(_("priority reason"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=TicketStatus, default=T.WAITING
    )
    citizen = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tickets",
    )
    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tickets",
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    booked_for = models.DateTimeField(_("booked for"), null=True, blank=True)
    # An online booking's code, typed at the kiosk on arrival (or read from its QR).
    check_in_code = models.CharField(_("check-in code"), max_length=8, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    # Its place in the queue: issue time, or max(booked time, check-in) for an
    # online ticket; a transfer keeps it. Empty until an online ticket checks in.
    queued_at = models.DateTimeField(_("in the queue since"), null=True, blank=True)
    # 0 for everyone, 1 for a priority class: called first.
    priority_rank = models.PositiveSmallIntegerField(default=0)
    counter = models.ForeignKey(
        Counter,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tickets",
    )
    officer = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="served_tickets",
    )
    call_count = models.PositiveSmallIntegerField(default=0)
    called_at = models.DateTimeField(null=True, blank=True)
    last_called_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=200, blank=True)
    # When the holder was told that few people are left ahead (once per ticket).
    ahead_notified_at = models.DateTimeField(null=True, blank=True)
    transferred_from = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transferred_to",
    )

    class Meta:
        verbose_name = _("queue ticket")
        verbose_name_plural = _("queue tickets")
        constraints = [
            models.UniqueConstraint(
                fields=["mall", "day", "prefix", "number"],
                name="queueing_ticket_number_unique",
            ),
            # Exactly once: a counter never holds two called or serving tickets.
            models.UniqueConstraint(
                fields=["counter"],
                condition=models.Q(status__in=[T.CALLED, T.SERVING]),
                name="queueing_one_ticket_at_a_counter",
            ),
            # One ticket per citizen, service and day: numbers cannot be resold.
            models.UniqueConstraint(
                fields=["citizen", "service", "day"],
                condition=models.Q(citizen__isnull=False)
                & ~models.Q(status__in=[T.CANCELLED, T.TRANSFERRED]),
                name="queueing_one_ticket_per_citizen_service_day",
            ),
            models.UniqueConstraint(
                fields=["mall", "day", "check_in_code"],
                condition=~models.Q(check_in_code=""),
                name="queueing_check_in_code_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1),
                name="queueing_ticket_number_positive",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=[T.CALLED, T.SERVING])
                | models.Q(counter__isnull=False),
                name="queueing_ticket_at_counter_has_counter",
            ),
        ]
        indexes = [
            # call next: the day's waiting tickets of a mall by service, in order.
            models.Index(
                # priority_rank descending, as call next orders: the first
                # waiting ticket is the index's first entry, no sort.
                fields=["mall", "day", "service", "-priority_rank", "queued_at", "id"],
                condition=models.Q(status="waiting", queued_at__isnull=False),
                name="queueing_waiting_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.display_number

    @property
    def display_number(self) -> str:
        return f"{self.prefix}-{self.number:03d}"

    def can_transition_to(self, status: str) -> bool:
        return status in TICKET_TRANSITIONS[self.status]


class TicketEvent(models.Model):
    """One row per status change and per recall: the ticket's history."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    # The ticket's mall and day, copied: the display boards' version is the newest
    # event of a mall's day, one index lookup however many tickets the day has.
    # No index of its own: queueing_event_board_idx begins with the mall.
    mall = models.ForeignKey(
        "agencies.Mall",
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
        db_index=False,
    )
    day = models.DateField(null=True)
    from_status = models.CharField(max_length=12, choices=TicketStatus, blank=True)
    to_status = models.CharField(max_length=12, choices=TicketStatus)
    at = models.DateTimeField(default=timezone.now)
    counter = models.ForeignKey(
        Counter, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    by = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [
            models.Index(fields=["mall", "day", "id"], name="queueing_event_board_idx")
        ]

    def __str__(self) -> str:
        return f"{self.from_status or '-'} → {self.to_status}"


class QueueDayFigures(models.Model):
    """One service's queue at one booth on one day, summed up when the day closes
    (queueing.figures): what supervisors and managers read, without scanning the
    day's tickets at request time."""

    day = models.DateField(_("day"))
    mall = models.ForeignKey(
        "agencies.Mall", on_delete=models.CASCADE, related_name="queue_figures"
    )
    booth = models.ForeignKey(
        Booth, on_delete=models.CASCADE, related_name="queue_figures"
    )
    service = models.ForeignKey(
        "services.Service", on_delete=models.CASCADE, related_name="queue_figures"
    )
    issued = models.PositiveIntegerField(_("issued"), default=0)
    served = models.PositiveIntegerField(_("served"), default=0)
    no_shows = models.PositiveIntegerField(_("no-shows"), default=0)
    cancelled = models.PositiveIntegerField(_("cancelled"), default=0)
    called = models.PositiveIntegerField(_("called"), default=0)
    called_within_target = models.PositiveIntegerField(default=0)
    wait_average_s = models.PositiveIntegerField(null=True, blank=True)
    wait_p90_s = models.PositiveIntegerField(null=True, blank=True)
    service_average_s = models.PositiveIntegerField(null=True, blank=True)
    priority = models.JSONField(_("priority classes"), default=dict)

    class Meta:
        verbose_name = _("queue figures of a day")
        verbose_name_plural = _("queue figures per day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "booth", "service"], name="queueing_figures_unique"
            )
        ]
        indexes = [models.Index(fields=["mall", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.service_id}"

    @property
    def service_level(self) -> float | None:
        """Share of the called tickets called within the target wait (0–1)."""
        return self.called_within_target / self.called if self.called else None
