"""The queue's day in figures (issue 8): per mall, booth, service and day, written
when the day closes (queueing.tasks.queue_close_day) and read by supervisors and
managers (backoffice/queue_figures.py) without scanning tickets at request time.

- issued: tickets of the day (transfers count at the service they were sent to);
- served: done; no-shows; cancelled;
- wait: first call − place in the queue (queued_at), over the called tickets;
  average and 90th percentile (nearest rank), in seconds;
- service time: finish − start, over the done tickets, average;
- service level: called within MPP_QUEUE_WAIT_TARGET_MINUTES ÷ called;
- priority: tickets per priority class.

Idempotent: computing a day again replaces its rows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

from django.conf import settings
from django.db import transaction

from queueing.models import QueueDayFigures, Ticket, TicketStatus

T = TicketStatus


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def figures_compute(*, day: dt.date) -> int:
    """(Re)write the figures of `day`; returns how many rows."""
    target = dt.timedelta(minutes=settings.MPP_QUEUE_WAIT_TARGET_MINUTES)
    groups: dict[tuple[int, int, int], list[Ticket]] = defaultdict(list)
    tickets = Ticket.objects.filter(day=day).only(
        "mall_id",
        "booth_id",
        "service_id",
        "status",
        "priority",
        "queued_at",
        "called_at",
        "started_at",
        "finished_at",
    )
    for ticket in tickets.iterator(chunk_size=2000):
        groups[ticket.mall_id, ticket.booth_id, ticket.service_id].append(ticket)
    rows = []
    for (mall_id, booth_id, service_id), group in groups.items():
        waits = [
            (t.called_at - t.queued_at).total_seconds()
            for t in group
            if t.called_at and t.queued_at
        ]
        services = [
            (t.finished_at - t.started_at).total_seconds()
            for t in group
            if t.status == T.DONE and t.started_at and t.finished_at
        ]
        statuses = Counter(t.status for t in group)
        rows.append(
            QueueDayFigures(
                day=day,
                mall_id=mall_id,
                booth_id=booth_id,
                service_id=service_id,
                issued=len(group),
                served=statuses[T.DONE],
                no_shows=statuses[T.NO_SHOW],
                cancelled=statuses[T.CANCELLED],
                called=len(waits),
                called_within_target=sum(
                    1 for w in waits if w <= target.total_seconds()
                ),
                wait_average_s=round(sum(waits) / len(waits)) if waits else None,
                wait_p90_s=round(_p90(waits)) if waits else None,
                service_average_s=(
                    round(sum(services) / len(services)) if services else None
                ),
                priority=dict(Counter(t.priority for t in group)),
            )
        )
    with transaction.atomic():
        QueueDayFigures.objects.filter(day=day).delete()
        QueueDayFigures.objects.bulk_create(rows)
    # The dashboards cache their summaries until a figure changes.
    from reports.selectors import bump_version

    transaction.on_commit(bump_version, robust=True)
    return len(rows)
