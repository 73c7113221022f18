"""Small SVG pieces shared by the charts: escaped text, marker shapes, fill patterns.

Every chart tells its series apart by shape, dash pattern or a text label, never by colour
alone; colours only repeat what the shapes say.
"""

from __future__ import annotations

from html import escape
from math import cos, pi, sin

# Colour-blind-safe palette (Okabe & Ito), paired with distinct shapes.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "triangle-down", "star", "plus")


def text(value: object) -> str:
    """User text for an SVG/HTML text node or attribute value."""
    return escape(str(value), quote=True)


def fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


MARKERS = ("circle", "square", "triangle", "triangle-down", "diamond", "star", "cross", "plus")


def marker(shape: str, x: float, y: float, r: float, fill: str, extra: str = "") -> str:
    """A symbol centred on (x, y) with radius about r."""
    common = f'fill="{fill}" stroke="#1f2933" stroke-width="1"{extra}'
    if shape == "square":
        side = fmt(2 * r)
        return f'<rect x="{fmt(x - r)}" y="{fmt(y - r)}" width="{side}" height="{side}" {common}/>'
    if shape in ("triangle", "triangle-down", "diamond", "star"):
        return f'<polygon points="{_points(shape, x, y, r)}" {common}/>'
    if shape in ("cross", "plus"):
        d = r * 0.8
        lines = (f"M{fmt(x - d)},{fmt(y - d)}L{fmt(x + d)},{fmt(y + d)}M{fmt(x - d)},{fmt(y + d)}"
                 f"L{fmt(x + d)},{fmt(y - d)}") if shape == "cross" else (
            f"M{fmt(x - r)},{fmt(y)}L{fmt(x + r)},{fmt(y)}M{fmt(x)},{fmt(y - r)}L{fmt(x)},{fmt(y + r)}")
        return f'<path d="{lines}" stroke="{fill}" stroke-width="{fmt(max(2, r / 2.5))}" fill="none"{extra}/>'
    return f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" {common}/>'


def _points(shape: str, x: float, y: float, r: float) -> str:
    if shape == "triangle":
        pts = [(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)]
    elif shape == "triangle-down":
        pts = [(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)]
    elif shape == "diamond":
        pts = [(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)]
    else:  # star
        pts = [(x + (r if i % 2 == 0 else r * 0.45) * cos(pi / 2 + i * pi / 5) * -1,
                y - (r if i % 2 == 0 else r * 0.45) * sin(pi / 2 + i * pi / 5)) for i in range(10)]
    return " ".join(f"{fmt(px)},{fmt(py)}" for px, py in pts)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks, value = [], 0.0
    while value < top + step:
        ticks.append(value)
        value += step
        if value > top:
            ticks.append(value)
            break
    return ticks
