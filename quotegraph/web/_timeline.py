"""A speaker's quotes per week as an inline SVG bar chart, drawn on the server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from markupsafe import Markup

__all__ = ["timeline_svg", "fill_weeks"]

_WIDTH, _HEIGHT = 720, 180
_LEFT, _RIGHT, _TOP, _BOTTOM = 36, 8, 12, 28
#: A longer history is cut to its most recent weeks so bars stay visible.
MAX_WEEKS = 156


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def fill_weeks(weekly_counts: Sequence[tuple[str, int]]) -> list[tuple[date, int]]:
    """Counts for every week from the first to the last, zeros included.

    Entries whose week is not an ISO date are dropped; weeks are snapped to
    their Monday. Only the last :data:`MAX_WEEKS` weeks are kept.
    """
    counts: dict[date, int] = {}
    for week, n in weekly_counts:
        try:
            day = _monday(date.fromisoformat(str(week)[:10]))
        except ValueError:
            continue
        counts[day] = counts.get(day, 0) + max(int(n), 0)
    if not counts:
        return []
    first, last = min(counts), max(counts)
    first = max(first, last - timedelta(weeks=MAX_WEEKS - 1))
    weeks = []
    day = first
    while day <= last:
        weeks.append((day, counts.get(day, 0)))
        day += timedelta(weeks=1)
    return weeks


def timeline_svg(weekly_counts: Sequence[tuple[str, int]], *, label: str = "Quotes per week") -> Markup:
    """An accessible ``<svg>`` with one bar a week; an empty chart says there is no dated quote."""
    weeks = fill_weeks(weekly_counts)
    if not weeks:
        return Markup('<p class="muted">No dated quotes to chart.</p>')
    peak = max(n for _, n in weeks) or 1
    plot_w = _WIDTH - _LEFT - _RIGHT
    plot_h = _HEIGHT - _TOP - _BOTTOM
    step = plot_w / len(weeks)
    bar_w = min(max(step * 0.8, 1.0), 36.0)
    parts = [Markup(
        '<svg class="timeline" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" '
        'xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
    ).format(w=_WIDTH, h=_HEIGHT, label=label)]
    base = _TOP + plot_h
    parts.append(Markup('<line class="axis" x1="{x}" y1="{y}" x2="{x2}" y2="{y}"/>').format(
        x=_LEFT, x2=_WIDTH - _RIGHT, y=base))
    parts.append(Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">{n}</text>').format(
        x=_LEFT - 6, y=_TOP + 8, n=peak))
    parts.append(Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">0</text>').format(
        x=_LEFT - 6, y=base))
    month_every = max(1, len({(d.year, d.month) for d, _ in weeks}) // 8 + 1)
    seen_months = 0
    previous_month = None
    for i, (day, n) in enumerate(weeks):
        x = _LEFT + i * step + (step - bar_w) / 2
        h = plot_h * n / peak
        noun = "quote" if n == 1 else "quotes"
        parts.append(Markup(
            '<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}">'
            "<title>week of {day}: {n} {noun}</title></rect>"
        ).format(x=x, y=base - h, w=bar_w, h=h, day=day.isoformat(), n=n, noun=noun))
        if (day.year, day.month) != previous_month:
            if seen_months % month_every == 0:
                parts.append(Markup('<text class="tick" x="{x:.1f}" y="{y}">{label}</text>').format(
                    x=_LEFT + i * step, y=base + 16, label=day.strftime("%b %Y")))
            seen_months += 1
            previous_month = (day.year, day.month)
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
