"""Periodic tasks of the application workflow (CELERY_BEAT_SCHEDULE in
mpp/settings/base.py). Each calls one action of applications.deadlines, which is
idempotent and safe with several workers at once, so a redelivery (acks_late) or a
second run the same day does no harm."""

from celery import shared_task

from applications import deadlines  # module imports: no circular-import dance


@shared_task
def reminders_send_due_soon() -> None:
    deadlines.reminders_send_due_soon()


@shared_task
def escalations_send_overdue() -> None:
    deadlines.escalations_send_overdue()


@shared_task
def applications_close_unfixed() -> None:
    deadlines.applications_close_unfixed()


@shared_task
def digests_send() -> None:
    deadlines.digests_send()
