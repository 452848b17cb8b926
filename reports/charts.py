"""Server-rendered SVG bar charts: coordinates computed here, drawn by a template
(templates/backoffice/dashboards/_bar_chart.html) with no JavaScript. The same
approach as the queue figures' day chart (backoffice/queue_figures.py), which can
move onto `scale_to` when it is next touched."""

from __future__ import annotations

from dataclasses import dataclass


def scale_to(value: float, top: float, length: float) -> float:
    """`value` on an axis from 0 to `top` drawn `length` units long (0 if top is 0),
    never past the axis."""
    if top <= 0:
        return 0.0
    return round(length * min(max(value, 0), top) / top, 1)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    text: str  # the value as the reader sees it ("93 %", "12.5")
    y: float
    width: float
    text_y: float  # the baseline of the label and the value's text
    value_x: float  # where the value's text starts, after the bar


def horizontal_bars(
    items: list[tuple[str, float | None, str]],
    *,
    top: float | None = None,
    width: int = 640,
    label_width: int = 200,
    bar_height: int = 18,
    gap: int = 8,
) -> dict:
    """One horizontal bar per (label, value, text), top to bottom in the given
    order: the shape for comparing groups ("which mall is behind?"). A None value
    draws no bar but keeps its row and text. `top` fixes the axis end (100 for a
    percentage); by default it is the largest value."""
    values = [value for _label, value, _text in items if value is not None]
    top = top if top is not None else max(values, default=0)
    length = width - label_width - 60  # room for the value's text after the bar
    bars = []
    for index, (label, value, text) in enumerate(items):
        y = gap + index * (bar_height + gap)
        bar_width = scale_to(value or 0, top, length)
        bars.append(
            Bar(
                label=label,
                value=value,
                text=text,
                y=y,
                width=bar_width,
                text_y=round(y + bar_height * 0.7, 1),
                value_x=round(label_width + bar_width + 4, 1),
            )
        )
    return {
        "width": width,
        "height": gap + len(bars) * (bar_height + gap),
        "label_width": label_width,
        "label_x": label_width - 6,
        "bar_height": bar_height,
        "bars": bars,
        "top": top,
    }
