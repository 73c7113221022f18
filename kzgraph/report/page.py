"""HTML assembly: the templates (package data) filled with the sections, all inline."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib.resources import files
from string import Template

from kzgraph import __version__
from kzgraph.report.figures import figures_svg
from kzgraph.report.gather import ReportData
from kzgraph.report.kinds import FIGURES
from kzgraph.report.network import MAX_NODES, build_network, network_legend, network_svg
from kzgraph.report.status import GraphStatus
from kzgraph.report.svg import text
from kzgraph.report.tables import script_json, table_data
from kzgraph.report.timeline import timeline_svg


def _template(name: str) -> str:
    return files("kzgraph.report").joinpath("templates", name).read_text(encoding="utf-8")


def _card(number: object, what: str, css: str = "") -> str:
    size = "" if isinstance(number, int) else " word"
    return (f'<div class="card {css}"><span class="num{size}">{text(number)}</span>'
            f'<span class="what">{text(what)}</span></div>')


def summary_html(data: ReportData, status: GraphStatus) -> str:
    facts = sum(len(k.rows) for k in data.kinds if k.kind.name != FIGURES)
    shacl_css = {"conforms": "ok", "violations": "bad"}.get(status.shacl.state, "unknown")
    skipped = "not known" if status.skipped is None else len(status.skipped)
    cards = [
        _card(len(data.articles), "articles in the graph"),
        _card(facts, "facts shown" if data.filters.active else "facts"),
        _card(len(data.persons), "named persons"),
        _card(skipped, "articles skipped when read", "bad" if status.skipped else ""),
        _card(status.shacl.state, "SHACL validation", shacl_css),
    ]
    rows = "".join(
        f'<tr><td>{text(k.kind.label)}</td><td class="n">{len(k.rows)}</td><td class="n">{k.total}</td>'
        f'<td><code>kzgraph query {text(k.kind.name)}</code></td></tr>' for k in data.kinds)
    details = [f'<p class="note">SHACL: {text(status.shacl.detail)}</p>'] if status.shacl.detail else []
    if status.skipped:
        details.append("<details><summary>Skipped articles</summary><ul>"
                       + "".join(f"<li>{text(s)}</li>" for s in status.skipped) + "</ul></details>")
    details += [f'<p class="note">{text(note)}</p>' for note in status.notes]
    return (f'<div class="cards">{"".join(cards)}</div>'
            '<table class="counts"><thead><tr><th>fact type</th><th>shown</th><th>in the graph</th>'
            f'<th>saved query</th></tr></thead><tbody>{rows}</tbody></table>' + "".join(details))


def filters_html(data: ReportData) -> str:
    f = data.filters
    if not f.active:
        return ""
    parts = []
    if f.person:
        names = ", ".join(sorted(data.person_names))
        parts.append(f"facts naming {f.person} ({names}); arrest figures are not filtered by person")
    if f.since or f.until:
        parts.append(f"dated from {f.since or '…'} to {f.until or '…'} "
                     "(overlapping periods kept, undated left out)")
    return f'<p class="filters">Filtered: {text("; ".join(parts))}</p>'


def render(data: ReportData, status: GraphStatus, title: str, source: str,
           row_limit: int | None = None) -> str:
    network = build_network(data)
    hidden = len(network.nodes) - len(network.shown)
    network_note = (f'<p class="note">Showing the {len(network.shown)} most connected of '
                    f'{len(network.nodes)} '
                    f"names (limit {MAX_NODES}); the fact tables list all.</p>") if hidden > 0 else ""
    figures = data.kind(FIGURES)
    figures_note = "" if figures else '<p class="note">No saved query arrest-figures.</p>'
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = Template(_template("report.html"))
    return page.substitute(
        title=text(title), version=text(__version__), css=_template("report.css"), js=_template("report.js"),
        meta=text(f"From {source} · generated {generated}"), filters=filters_html(data),
        summary=summary_html(data, status), timeline_svg=timeline_svg(data.kinds),
        network_svg=network_svg(data, network),
        network_legend=network_legend(network) if network.shown else "",
        network_note=network_note, figures_svg=figures_svg(figures), figures_note=figures_note,
        queries=text(", ".join(k.kind.name for k in data.kinds)),
        data=script_json(table_data(data, row_limit)),
    )
