"""The network of persons and organisations, laid out with networkx and drawn as SVG.

Edges come from the fact types that declare one in kinds.yaml (dismissed, appointed,
replaced, arrested); their width grows with how often the relation was read, their dash
pattern and an arrow say which relation it is. Node shape says the kind (person, organisation,
group, state), node size how many facts name it. Large graphs show the most connected nodes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from math import hypot, log2, sqrt

import networkx as nx

from kzgraph.report.gather import ReportData
from kzgraph.report.svg import PALETTE, fmt, marker, text

WIDTH, HEIGHT, PAD = 960, 600, 70
MAX_NODES = 60
DASHES = ("", "7 4", "2 4", "10 4 2 4", "4 2", "1 3")
_SHAPE_CLASS = ' class="shape"'
SHAPES = {"person": "circle", "organisation": "square", "group": "diamond", "state": "triangle"}


@dataclass
class Network:
    nodes: Counter[str]  # name -> facts naming it
    edges: Counter[tuple[str, str, str]]  # (source, target, relation) -> how often
    relations: list[str]
    shown: list[str]  # the nodes drawn (the most connected)
    badges: dict[str, set[str]]  # name -> "arrested", ...: what happened to them without an edge


def build_network(data: ReportData, limit: int = MAX_NODES) -> Network:
    nodes: Counter[str] = Counter()
    edges: Counter[tuple[str, str, str]] = Counter()
    relations: list[str] = []
    badges: dict[str, set[str]] = {}
    for kind_rows in data.kinds:
        edge, badge = kind_rows.kind.edge, kind_rows.kind.badge
        for row in kind_rows.rows:
            if badge is not None and data.agents.get(name := row.values.get(badge[0], "")) == "person":
                badges.setdefault(name, set()).add(badge[1])
                nodes[name] += 1
            if edge is None:
                continue
            source, target = row.values.get(edge.source, ""), row.values.get(edge.target, "")
            nodes.update({n for n in (source, target) if n} - ({name} if badge is not None else set()))
            if source and target and source != target:
                edges[(source, target, edge.label)] += 1
                if edge.label not in relations:
                    relations.append(edge.label)
    degree: Counter[str] = Counter()
    for (source, target, _), n in edges.items():
        degree[source] += n
        degree[target] += n
    ranked = sorted(nodes, key=lambda name: (-degree[name], -nodes[name], name))
    return Network(nodes, edges, relations, ranked[:limit], badges)


def _layout(network: Network) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(network.shown)
    shown = set(network.shown)
    for (source, target, _), n in network.edges.items():
        if source in shown and target in shown:
            weight = graph.get_edge_data(source, target, {}).get("weight", 0)
            graph.add_edge(source, target, weight=weight + n)
    if len(graph) == 1:
        return {network.shown[0]: (WIDTH / 2, HEIGHT / 2)}
    # A weak pull of every node towards a hidden hub keeps unconnected parts from drifting
    # to the corners (spring layouts push components apart without bound).
    hub = object()
    graph.add_edges_from(((hub, n) for n in network.shown), weight=0.3)
    pos = nx.spring_layout(graph, seed=7, k=2.2 / sqrt(len(graph)), iterations=300)
    pos.pop(hub)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]

    def scale(value: float, low: float, high: float, size: float) -> float:
        return PAD + (size - 2 * PAD) * ((value - low) / (high - low) if high > low else 0.5)

    return {n: (scale(p[0], min(xs), max(xs), WIDTH), scale(p[1], min(ys), max(ys), HEIGHT))
            for n, p in pos.items()}


def _edge_svg(a: tuple[float, float], b: tuple[float, float], rel: int, n: int, label: str,
              title: str) -> str:
    (x1, y1), (x2, y2) = a, b
    length = hypot(x2 - x1, y2 - y1) or 1
    bend = 18 * (rel + 1) * (1 if rel % 2 == 0 else -1)  # relations between one pair do not overlap
    cx, cy = (x1 + x2) / 2 - (y2 - y1) / length * bend, (y1 + y2) / 2 + (x2 - x1) / length * bend
    dash = DASHES[rel % len(DASHES)]
    width = 1.3 + 1.6 * log2(n) if n > 1 else 1.3
    count = f'<text x="{fmt(cx)}" y="{fmt(cy)}" class="edge-count">{n}</text>' if n > 1 else ""
    return (f'<g class="edge" data-relation="{text(label)}"><title>{text(title)}</title>'
            f'<path d="M{fmt(x1)},{fmt(y1)} Q{fmt(cx)},{fmt(cy)} {fmt(x2)},{fmt(y2)}" fill="none" '
            f'stroke="{PALETTE[rel % len(PALETTE)]}" stroke-width="{fmt(width)}" '
            f'stroke-dasharray="{dash}" marker-end="url(#arrow-{rel})"/>{count}</g>')


def _badge(x: float, y: float, r: float, labels: set[str] | None) -> str:
    """A ring and a word ("arrested") under the name: readable without colour."""
    if not labels:
        return ""
    word = ", ".join(sorted(labels))
    return (f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r + 4)}" class="badge-ring"/>'
            f'<text x="{fmt(x)}" y="{fmt(y + r + 28)}" class="node-badge">{text(word)}</text>')


def network_svg(data: ReportData, network: Network | None = None) -> str:
    network = network or build_network(data)
    if not network.shown:
        return ('<p class="empty">No dismissals, appointments, replacements or arrests between named '
                'parties.</p>')
    pos = _layout(network)
    top = max(network.nodes[n] for n in network.shown)
    radius = {n: 7 + 11 * sqrt(network.nodes[n] / top) for n in network.shown}
    defs = "".join(
        f'<marker id="arrow-{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{PALETTE[i % len(PALETTE)]}"/></marker>'
        for i in range(len(network.relations)))
    parts = [f"<defs>{defs}</defs>"]
    for (source, target, label), n in sorted(network.edges.items()):
        if source not in pos or target not in pos:
            continue
        rel = network.relations.index(label)
        (x1, y1), (x2, y2) = pos[source], pos[target]
        length = hypot(x2 - x1, y2 - y1) or 1
        # End the arrow at the target's edge, not its centre.
        shrink = (radius[target] + 3) / length
        end = (x2 - (x2 - x1) * shrink, y2 - (y2 - y1) * shrink)
        parts.append(_edge_svg(pos[source], end, rel, n, label, f"{source} {label} {target} ({n}×)"))
    for name in network.shown:
        x, y = pos[name]
        kind = data.agents.get(name, "group")
        shape = SHAPES.get(kind, "diamond")
        short = name if len(name) <= 26 else name[:25] + "…"
        parts.append(
            f'<g class="node" data-name="{text(name)}" data-kind="{text(kind)}" tabindex="0" role="button" '
            f'aria-label="{text(name)}: show facts"><title>{text(name)} ({text(kind)}, '
            f'{network.nodes[name]} facts)</title>{marker(shape, x, y, radius[name], "#fff", _SHAPE_CLASS)}'
            f'<text x="{fmt(x)}" y="{fmt(y + radius[name] + 14)}" class="node-label">{text(short)}</text>'
            f'{_badge(x, y, radius[name], network.badges.get(name))}</g>')
    return (f'<svg class="chart network-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="Network of persons and organisations">{"".join(parts)}</svg>')


def network_legend(network: Network) -> str:
    lines = []
    for i, label in enumerate(network.relations):
        lines.append(
            f'<li><svg width="46" height="12" aria-hidden="true"><line x1="2" y1="6" x2="40" y2="6" '
            f'stroke="{PALETTE[i % len(PALETTE)]}" stroke-width="2.5" '
            f'stroke-dasharray="{DASHES[i % len(DASHES)]}"/>'
            f'<path d="M38,2L46,6L38,10z" fill="{PALETTE[i % len(PALETTE)]}"/></svg> {text(label)}</li>')
    for kind, shape in SHAPES.items():
        lines.append(f'<li><svg width="18" height="18" aria-hidden="true">{marker(shape, 9, 9, 6, "#fff")}'
                     f'</svg> {text(kind)}</li>')
    return '<ul class="legend">' + "".join(lines) + "</ul>"
