"""The timeline chart: one lane per fact type, drawn as SVG at build time.

A fact dated to a day is a marker on its day (sized and labelled by how many facts share it);
a fact dated only to a month, a weekday in a month or a year is a band over the whole
interval it names, so no chart suggests a day the text does not give. Undated facts are
counted under the chart. With thousands of facts the chart stays one aggregated picture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from kzgraph.report.gather import KindRows
from kzgraph.report.svg import PALETTE, fmt, marker, text

WIDTH, LEFT, RIGHT, TOP, LANE = 960, 150, 20, 34, 40
SPAN_ROW = 15


def _span(rows: list[KindRows]) -> tuple[date, date] | None:
    starts = [r.period.start for k in rows for r in k.rows if r.period.start]
    ends = [r.period.end for k in rows for r in k.rows if r.period.end]
    return (min(starts), max(ends)) if starts else None


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    days = (last - first).days
    if days <= 62:
        step = 1 if days <= 14 else 7
        out, day = [], first
        while day <= last:
            out.append((day, f"{day.day}.{day.month}."))
            day += timedelta(days=step)
        return out
    months = []
    year, month = first.year, first.month
    every = 1 if days <= 800 else 12
    while date(year, month, 1) <= last:
        if (month - 1) % every == 0:
            months.append((date(year, month, 1), f"{month:02d}/{year}" if every == 1 else str(year)))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def _lane(lane: KindRows, index: int, y: int, x: Callable[[date], float]) -> tuple[list[str], int]:
    """One type's lane: label, day markers, bands for coarser dates. Returns (svg parts, height)."""
    colour = PALETTE[index % len(PALETTE)]
    days = Counter(r.period.start for r in lane.rows if r.period.precision == "day")
    bands: dict[tuple, list[str]] = {}  # (start, end, precision) -> weekday of each fact ("" if none)
    for r in lane.rows:
        if r.period.precision in ("month", "weekday in month", "year"):
            bands.setdefault((r.period.start, r.period.end, r.period.precision), []).append(r.period.weekday)
    undated = sum(1 for r in lane.rows if r.period.start is None)
    height = LANE + 6 + SPAN_ROW * len(bands)
    shade = "#f6f7f9" if index % 2 else "#fff"
    body = [f'<g class="lane" data-kind="{text(lane.kind.name)}">'
            f'<rect x="0" y="{y}" width="{WIDTH}" height="{height}" fill="{shade}"/>',
            marker(lane.kind.marker, 14, y + 17, 6, colour),
            f'<text x="26" y="{y + 21}" class="lane-label">{text(lane.kind.label)}</text>']
    if undated:
        body.append(f'<text x="26" y="{y + 34}" class="note">{undated} undated</text>')
    top = max(days.values(), default=1)
    for day, n in sorted(days.items()):
        cx = x(day) + (x(day + timedelta(days=1)) - x(day)) / 2
        body.append(f'<g class="event"><title>{text(lane.kind.label)}: {n} on {day.isoformat()}</title>'
                    f'{marker(lane.kind.marker, cx, y + 17, 4 + 6 * (n / top) ** 0.5, colour)}</g>')
        if n > 1:
            body.append(f'<text x="{fmt(cx)}" y="{y + 38}" class="count">{n}</text>')
    for row, ((start, end, precision), weekdays) in enumerate(sorted(bands.items())):
        by, x0, x1, n = y + LANE + 2 + row * SPAN_ROW, x(start), x(end + timedelta(days=1)), len(weekdays)
        label = (f"{n} · on a {' or '.join(sorted(set(weekdays)))} in the month"
                 if precision == "weekday in month" else f"{n} · known to the {precision}")
        body.append(f'<g class="band"><title>{text(lane.kind.label)}: {n} dated only to the '
                    f'{text(precision)} {text(start.isoformat())} – {text(end.isoformat())}</title>'
                    f'<rect x="{fmt(x0)}" y="{by}" width="{fmt(max(x1 - x0, 2))}" height="11" rx="3" '
                    f'fill="{colour}" fill-opacity="0.18" stroke="{colour}" stroke-dasharray="4 2"/>'
                    f'<text x="{fmt(x0 + 4)}" y="{by + 9}" class="band-label">{text(label)}</text></g>')
    body.append("</g>")
    return body, height


def timeline_svg(kinds: list[KindRows]) -> str:
    lanes = [k for k in kinds if k.kind.on_timeline and k.rows]
    span = _span(lanes)
    if span is None:
        return '<p class="empty">No dated events.</p>'
    first, last = span[0], span[1] + timedelta(days=1)
    total_days = max((last - first).days, 1)

    def x(day: date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / total_days

    body, y = [], TOP
    for index, lane in enumerate(lanes):
        parts, height = _lane(lane, index, y, x)
        body += parts
        y += height
    axis = [f'<line x1="{LEFT}" y1="{TOP - 6}" x2="{WIDTH - RIGHT}" y2="{TOP - 6}" class="axis"/>']
    for day, label in _ticks(first, last - timedelta(days=1)):
        axis.append(f'<line x1="{fmt(x(day))}" y1="{TOP - 10}" x2="{fmt(x(day))}" y2="{y}" class="grid"/>'
                    f'<text x="{fmt(x(day))}" y="{TOP - 14}" class="tick">{text(label)}</text>')
    return (f'<svg class="chart timeline-chart" viewBox="0 0 {WIDTH} {y + 6}" role="img" '
            f'aria-label="Timeline of events by type">' + "".join(axis) + "".join(body) + "</svg>")
