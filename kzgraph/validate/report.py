"""The readable report of `kzgraph validate` (grouped by shape) and its combined report graph."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, SH

from kzgraph.graph import iris
from kzgraph.validate.run import ValidationOutcome, ValidationResult, short


def _line(result: ValidationResult, graph: str, message: str | None) -> list[str]:
    where = f"  - {short(result.focus_node)} \u201e{result.node_label}\u201c  [{graph}]"
    lines = [where]
    if result.path is not None:
        value = f" = {short(result.value)}" if result.value not in (None, result.focus_node) else ""
        lines.append(f"      path: {short(result.path)}{value}")
    if message is not None:
        lines.append(f"      {message}")
    if result.evidence:
        lines.append(f"      sentence: {result.evidence}")
    return lines


def format_report(outcomes: list[tuple[str, ValidationOutcome]]) -> str:
    """Results grouped by shape (violations first), each with node, label and sentence."""
    groups: dict[tuple[bool, str, str], list[tuple[str, ValidationResult]]] = {}
    for graph, outcome in outcomes:
        for result in outcome.results:
            key = (result.severity != "Violation", short(result.shape), result.severity)
            groups.setdefault(key, []).append((graph, result))
    violations = sum(len(o.violations) for _, o in outcomes)
    warnings = sum(len(o.warnings) for _, o in outcomes)
    failing = sum(1 for _, o in outcomes if not o.conforms)
    head = (f"{len(outcomes)} graph(s) validated: {len(outcomes) - failing} conform, {failing} do not; "
            f"{violations} violation(s), {warnings} warning(s)")
    lines = [head]
    for (_, shape, severity), items in sorted(groups.items()):
        first = items[0][1].message
        lines += ["", f"[{severity}] {shape} ({len(items)})", f"  {first}"]
        for graph, result in items:
            lines += _line(result, graph, result.message if result.message != first else None)
    return "\n".join(lines)


def combined_report(outcomes: list[tuple[str, ValidationOutcome]]) -> Graph:
    """One sh:ValidationReport holding the results of every graph."""
    report = iris.new_graph()
    report.bind("sh", SH)
    report.bind("shapes", iris.SHAPES)
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, Literal(all(o.conforms for _, o in outcomes))))
    for _, outcome in outcomes:
        for old in outcome.report.subjects(RDF.type, SH.ValidationReport):
            for result in outcome.report.objects(old, SH.result):
                report.add((node, SH.result, result))
        for triple in outcome.report:
            if outcome.report.value(triple[0], RDF.type) != SH.ValidationReport:
                report.add(triple)
    return report
