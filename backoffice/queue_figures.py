"""The queue's figures for booth supervisors, mall managers and provincial admins:
per service over a period, and a chart of tickets issued and served per day, read
from the day summaries (queueing.figures), never from the tickets themselves."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from agencies.permissions import actor_for
from backoffice.views import _header, staff_required
from queueing.models import QueueDayFigures
from reports.selectors import scope_q

PERIODS = (7, 14, 30)


@dataclass
class ServiceFigures:
    mall: str
    agency: str
    service: str
    issued: int = 0
    served: int = 0
    no_shows: int = 0
    called: int = 0
    within_target: int = 0
    wait_total_s: int = 0
    service_total_s: int = 0
    served_timed: int = 0
    worst_p90_s: int | None = None

    @property
    def wait_average_min(self) -> float | None:
        return round(self.wait_total_s / self.called / 60, 1) if self.called else None

    @property
    def worst_p90_min(self) -> float | None:
        return round(self.worst_p90_s / 60, 1) if self.worst_p90_s is not None else None

    @property
    def service_average_min(self) -> float | None:
        if not self.served_timed:
            return None
        return round(self.service_total_s / self.served_timed / 60, 1)

    @property
    def service_level(self) -> int | None:
        """Percent called within the target wait."""
        return round(100 * self.within_target / self.called) if self.called else None

    @property
    def level_class(self) -> str:
        """DOMAIN.md §7: red under 90 %, amber to 95 %, green above."""
        level = self.service_level
        if level is None:
            return ""
        return "success" if level > 95 else "warning" if level >= 90 else "danger"


def _chart(days: list[dt.date], per_day: dict) -> dict:
    """Bars of issued and served per day, as coordinates for an inline SVG."""
    width, height, pad = 640, 180, 24
    top = max((per_day[d]["issued"] for d in days), default=0) or 1
    slot = (width - 2 * pad) / max(len(days), 1)
    bars = []
    for index, day in enumerate(days):
        x = pad + index * slot
        for offset, key in ((0.1, "issued"), (0.5, "served")):
            value = per_day[day][key]
            h = (height - 2 * pad) * value / top
            bars.append(
                {
                    "x": round(x + slot * offset, 1),
                    "y": round(height - pad - h, 1),
                    "width": round(slot * 0.38, 1),
                    "height": round(h, 1),
                    "kind": key,
                    "value": value,
                    "day": day,
                }
            )
    labels = [
        {"x": round(pad + (i + 0.5) * slot, 1), "day": d}
        for i, d in enumerate(days)
        if len(days) <= 14 or i % 5 == 0
    ]
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "labels": labels,
        "top": top,
        "baseline": height - pad,
    }


@staff_required
@never_cache
@require_safe
def queue_figures(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    scope = scope_q(actor)
    if scope is None:
        raise Http404  # officers: their counter's figures are on the console
    try:
        period = int(request.GET.get("hari", 14))
    except ValueError:
        period = 14
    period = period if period in PERIODS else 14
    end = timezone.localdate()
    start = end - dt.timedelta(days=period - 1)
    rows = (
        QueueDayFigures.objects.filter(scope, day__range=(start, end))
        .select_related("mall", "booth__agency", "service")
        .order_by("mall__name", "booth__agency__short_name", "service__name", "day")
    )
    services: dict[tuple[int, int], ServiceFigures] = {}
    days = [start + dt.timedelta(days=i) for i in range(period)]
    per_day = {d: {"issued": 0, "served": 0} for d in days}
    for row in rows:
        figures = services.setdefault(
            (row.service_id, row.booth_id),
            ServiceFigures(
                row.mall.name, row.booth.agency.short_name, row.service.name
            ),
        )
        figures.issued += row.issued
        figures.served += row.served
        figures.no_shows += row.no_shows
        figures.called += row.called
        figures.within_target += row.called_within_target
        if row.wait_average_s is not None:
            figures.wait_total_s += row.wait_average_s * row.called
        if row.service_average_s is not None:
            figures.service_total_s += row.service_average_s * row.served
            figures.served_timed += row.served
        if row.wait_p90_s is not None:
            figures.worst_p90_s = max(figures.worst_p90_s or 0, row.wait_p90_s)
        per_day[row.day]["issued"] += row.issued
        per_day[row.day]["served"] += row.served
    totals = defaultdict(int)
    for figures in services.values():
        for key in ("issued", "served", "no_shows"):
            totals[key] += getattr(figures, key)
    return render(
        request,
        "backoffice/queue_figures.html",
        {
            **_header(actor),
            "services": list(services.values()),
            "totals": dict(totals),
            "chart": _chart(days, per_day),
            "period": period,
            "periods": PERIODS,
            "start": start,
            "end": end,
        },
    )
