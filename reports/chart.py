"""The six-month trend as stacked bars, laid out in Python so the template only
draws rectangles: inline SVG with no scripts, fonts or external resources, which
survives being archived, printed and opened in a mail client that renders SVG.
The template also prints the same numbers as a table for clients that do not."""
from __future__ import annotations

import math

from reports.context import TrendBar, TrendChart
from reports.items import month_label

COLOURS = {"high": "#b42318", "medium": "#dc6803", "low": "#7a8ca5"}
SEVERITY_ORDER = ("high", "medium", "low")
WIDTH, HEIGHT = 560, 200
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 14, 28


def _nice_max(value: int) -> int:
    """A round top for the axis, four gridline steps of a nice size (1, 2, 5, 10, 20, 25, 50...)."""
    need = max(1, math.ceil(value / 4))
    magnitude = 10 ** int(math.log10(need))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= need)
    return int(math.ceil(step)) * 4


def trend_chart(months: list[str], counts: dict[str, dict[str, int]]) -> TrendChart:
    """`counts[month][severity]` -> a chart with one stacked bar per month."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_max(max([sum(counts.get(m, {}).values()) for m in months] + [0]))
    slot = plot_w / max(len(months), 1)
    bar_w = slot * 0.56
    baseline = TOP + plot_h
    bars = []
    for i, m in enumerate(months):
        per = counts.get(m, {})
        y, segments = baseline, []
        for sev in SEVERITY_ORDER:
            n = per.get(sev, 0)
            if n:
                h = plot_h * n / top
                y -= h
                segments.append((COLOURS[sev], round(y, 1), round(h, 1), n))
        bars.append(TrendBar(month=m, label=month_label(m, short=True), total=sum(per.values()),
                             x=round(LEFT + i * slot + (slot - bar_w) / 2, 1), segments=segments))
    grid = [(round(baseline - plot_h * k / 4, 1), top * k // 4) for k in range(5)]
    legend = [(COLOURS[s], s.capitalize()) for s in SEVERITY_ORDER]
    return TrendChart(width=WIDTH, height=HEIGHT, bar_width=round(bar_w, 1), baseline=baseline,
                      bars=bars, gridlines=grid, legend=legend)
