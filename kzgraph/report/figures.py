"""Conflicting figures: every reported arrest count as its own point, by date and source.

The x axis has one column per period the claims are dated to (a day, a weekday in a month, a
month ...), in time order, so a claim dated only to a month is not drawn on a day. Claims of
one column stand side by side, never merged or averaged; each source has its own marker shape.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kzgraph.report.dates import Period
from kzgraph.report.gather import FactRow, KindRows
from kzgraph.report.svg import MARKERS, PALETTE, fmt, marker, nice_ticks, text

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 960, 380, 70, 20, 20, 64
MAX_TICKS = 10  # column labels at most (each is a date and its precision)
LABELLED = 40  # above this many claims the points carry no text labels (the table has them)
UNNAMED = "source not named"


def source_of(row: FactRow) -> str:
    return row.values.get("reported_by") or UNNAMED


def _value(row: FactRow) -> int | None:
    try:
        return int(row.values.get("count", ""))
    except ValueError:
        return None


def _points(rows: list[FactRow], period: Period, x0: float, column_w: float, y: Callable[[float], float],
            style: dict[str, tuple[str, str]], labelled: bool) -> list[str]:
    """The claims of one period, side by side in its column, ordered by value and source."""
    parts = []
    rows = sorted(rows, key=lambda r: (_value(r), source_of(r), r.values.get("article", "")))
    step = column_w / (len(rows) + 1)
    for j, row in enumerate(rows):
        cx, cy = x0 + step * (j + 1), y(_value(row) or 0)
        shape, colour = style[source_of(row)]
        claim = " ".join(p for p in (row.values.get("qualifier", ""), f"{_value(row):,}") if p)
        title = f"{claim} arrests — {source_of(row)}, {period.label}, article {row.values.get('article', '')}"
        # Labels above and below in turn: neighbours of about the same value do not collide.
        ly = cy - 11 if j % 2 == 0 else cy + 20
        label = (f'<text x="{fmt(cx)}" y="{fmt(ly)}" class="point-label">{text(claim)}</text>'
                 if labelled else "")
        # Many claims: no tooltip per point (the claims list below has every detail).
        tip = f'<title>{text(title)}</title>' if labelled else ""
        parts.append(f'<g class="claim" data-count="{_value(row)}">{tip}'
                     f'{marker(shape, cx, cy, 6 if labelled else 4, colour)}{label}</g>')
    return parts


def figures_svg(kind_rows: KindRows | None) -> str:
    claims = [r for r in (kind_rows.rows if kind_rows else []) if _value(r) is not None]
    if not claims:
        return '<p class="empty">No reported arrest figures.</p>'
    columns: dict[str, list[FactRow]] = defaultdict(list)
    periods: dict[str, Period] = {}
    for row in claims:
        columns[row.period.text].append(row)
        periods[row.period.text] = row.period
    order = sorted(columns, key=lambda key: periods[key].sort_key)
    sources = sorted({source_of(r) for r in claims}, key=lambda s: (s == UNNAMED, s))
    style = {s: (MARKERS[i % len(MARKERS)], PALETTE[i % len(PALETTE)]) for i, s in enumerate(sources)}
    ticks = nice_ticks(max(_value(r) or 0 for r in claims) * 1.05)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    column_w = plot_w / len(order)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / ticks[-1])

    parts = []
    for tick in ticks:
        parts.append(f'<line x1="{LEFT}" y1="{fmt(y(tick))}" x2="{WIDTH - RIGHT}" y2="{fmt(y(tick))}" '
                     'class="grid"/>'
                     f'<text x="{LEFT - 8}" y="{fmt(y(tick) + 4)}" class="tick y">{tick:,.0f}</text>')
    labelled = len(claims) <= LABELLED
    every = -(-len(order) // MAX_TICKS)  # label every n-th column when there are many
    for i, key in enumerate(order):
        x0 = LEFT + i * column_w
        period = periods[key]
        parts.append(f'<line x1="{fmt(x0)}" y1="{TOP}" x2="{fmt(x0)}" y2="{TOP + plot_h}" '
                     'class="grid faint"/>')
        if i % every == 0:
            parts.append(f'<text x="{fmt(x0 + column_w / 2)}" y="{TOP + plot_h + 18}" class="tick">'
                         f'{text(period.label)}</text>'
                         f'<text x="{fmt(x0 + column_w / 2)}" y="{TOP + plot_h + 32}" class="tick precision">'
                         f'({text(period.precision)})</text>')
        parts += _points(columns[key], period, x0, column_w, y, style, labelled)
    parts.append(f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" '
                 'class="axis"/>'
                 f'<text x="14" y="{TOP + plot_h / 2}" class="axis-title" transform="rotate(-90 14 '
                 f'{TOP + plot_h / 2})">arrests reported</text>')
    legend = "".join(f'<li><svg width="16" height="16" aria-hidden="true">{marker(sh, 8, 8, 5, c)}</svg> '
                     f'{text(s)}</li>' for s, (sh, c) in style.items())
    return (f'<svg class="chart figures-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="Reported arrest figures by date and source">{"".join(parts)}</svg>'
            f'<ul class="legend">{legend}</ul>')
