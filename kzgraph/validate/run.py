"""Validating one article graph against the shapes: results with labels and evidence.

Speed matters because the build validates every article graph it writes:
- the shapes graph is parsed once per process (kzgraph.validate.shapes.load_shapes);
- no inference: the shapes target the concrete classes the builder writes, so pySHACL
  needs neither the ontology nor an RDFS closure (both would mean copying the graph);
- pySHACL sends the same SPARQL text for every focus node of a SPARQL-based constraint
  and rdflib would parse it every time (~30 ms each); _PreparedQueryGraph parses each
  distinct text once. Together: ~0.45 s -> ~0.09 s per sample article graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from kzgraph.graph import iris
from kzgraph.graph.iris import KZ
from kzgraph.validate.shapes import load_shapes, shape_messages, term_label

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

# Which property names the main participant of a fact, for a readable node label.
_PARTICIPANT = (KZ.dismissed, KZ.appointee, KZ.successor, KZ.arrested, KZ.speaker, KZ.holder,
                KZ.mentions)


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, with what a reader needs to find the problem."""

    shape: Node  # sh:sourceShape (an IRI in shapes/, a blank node only for nested shapes)
    focus_node: Node
    node_label: str
    message: str  # in the requested language, English as fallback
    evidence: str | None  # the sentence the focus node (or the fact using it) was read from
    severity: str  # "Violation", "Warning" or "Info"
    path: Node | None = None
    value: Node | None = None


@dataclass
class ValidationOutcome:
    conforms: bool  # no sh:Violation (warnings and infos do not count)
    report: Graph  # the SHACL validation report graph
    results: list[ValidationResult] = field(default_factory=list)

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]


@lru_cache(maxsize=128)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


class _PreparedQueryGraph(Graph):
    """A view of a graph's triples whose query() parses each distinct SPARQL text once."""

    def query(self, query_object, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def _view(graph: Graph) -> Graph:
    # Same store and identifier: no triple is copied.
    view = _PreparedQueryGraph(store=graph.store, identifier=graph.identifier)
    view.namespace_manager = graph.namespace_manager
    return view


def run_shacl(graph: Graph) -> Graph:
    """The pySHACL report graph for ``graph`` (no inference, shapes cached)."""
    _, report, _ = validate(
        _view(graph),
        shacl_graph=load_shapes(),
        inference="none",
        advanced=False,
        allow_warnings=True,
        allow_infos=True,
    )
    return report


def validate_graph(graph: Graph, lang: str = "en") -> ValidationOutcome:
    """Validate one article graph (or any graph) against the kzgraph shapes."""
    return outcome_from_report(run_shacl(graph), graph, lang)


def conforms_text(graph: Graph) -> tuple[bool, str]:
    """For the build: (conforms, short English summary of what is wrong)."""
    report = run_shacl(graph)
    if (None, RDF.type, SH.ValidationResult) not in report:
        return True, ""  # the common case: skip labels and messages entirely
    outcome = outcome_from_report(report, graph, "en")
    return outcome.conforms, summary(outcome)


def outcome_from_report(report: Graph, graph: Graph, lang: str = "en") -> ValidationOutcome:
    """Readable results for a pySHACL report on ``graph``; violations first."""
    results = [_result(report, node, graph, lang) for node in report.subjects(RDF.type, SH.ValidationResult)]
    results.sort(key=lambda r: (r.severity != "Violation", str(r.shape), str(r.focus_node)))
    return ValidationOutcome(not any(r.severity == "Violation" for r in results), report, results)


def summary(outcome: ValidationOutcome, limit: int = 5) -> str:
    """'2 violation(s), 1 warning(s): shape on node (label): message; ...'"""
    counts = f"{len(outcome.violations)} violation(s), {len(outcome.warnings)} warning(s)"
    items = [f"{short(r.shape)} on {short(r.focus_node)} ({r.node_label}): {r.message}"
             for r in outcome.results[:limit]]
    more = len(outcome.results) - limit
    if more > 0:
        items.append(f"... and {more} more")
    return counts + (": " + "; ".join(items) if items else "")


# -- presenting nodes ---------------------------------------------------------------------

_SHORT = [("shapes", str(iris.SHAPES)), ("kzd", str(iris.DATA)), ("kz", str(iris.KZ)),
          *((prefix, str(ns)) for prefix, ns in iris.PREFIXES.items() if prefix not in ("kz", "kzd"))]


def short(node: Node | None) -> str:
    """A compact name: prefix:local for known namespaces, <iri> otherwise, _:id for blanks."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _SHORT:
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return repr(str(node)) if node.datatype is None else f"{str(node)!r}^^{short(node.datatype)}"
    return node.n3()


def node_label(graph: Graph, node: Node, lang: str = "en") -> str:
    """rdfs:label; else '<class label>: <main participant>' for facts; else the short name."""
    label = graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    if isinstance(node, Literal):
        return str(node)
    kind = next((term_label(t, lang) for t in graph.objects(node, RDF.type) if isinstance(t, URIRef)), None)
    if kind is None:
        return short(node)
    if (node, RDF.type, KZ.Article) in graph:
        title = graph.value(node, KZ["title"]) or graph.value(node, KZ.articleId)
        return f"{kind}: {title}" if title is not None else kind
    for prop in _PARTICIPANT:
        who = graph.value(node, prop)
        if who is not None:
            return f"{kind}: {graph.value(who, RDFS.label) or short(who)}"
    if (node, KZ.value, None) in graph:
        return f"{kind}: {graph.value(node, KZ.value)}"
    return kind


def evidence_sentence(graph: Graph, node: Node) -> str | None:
    """The sentence behind a node: its own, its evidence's, or that of a fact pointing to it."""
    for candidate in (node, graph.value(node, KZ.evidence)):
        if candidate is not None and (text := graph.value(candidate, KZ.sentenceText)) is not None:
            return str(text)
    # An agent, post or article: the first (stable order) fact that uses it and has evidence.
    sentences = sorted(str(text) for fact in set(graph.subjects(None, node))
                       if (text := graph.value(graph.value(fact, KZ.evidence), KZ.sentenceText)) is not None)
    return sentences[0] if sentences else None


def _templates(report: Graph, result: Node) -> dict[str, str]:
    """The sh:message templates behind a result, by language tag.

    pySHACL copies every message of the shape and of a SPARQL constraint into the result,
    with {?var} filled in but the language tags dropped; so the tagged templates are read
    from the constraint (copied into the report) or from the shapes graph instead.
    """
    constraint = report.value(result, SH.sourceConstraint)
    if constraint is not None:
        tagged = {m.language: str(m) for m in report.objects(constraint, SH.message)
                  if isinstance(m, Literal) and m.language}
        if tagged:
            return tagged
    shape = report.value(result, SH.sourceShape)
    return {lang: text for lang, text in shape_messages(shape).items() if lang} if shape is not None else {}


# A {?var} or {$var} placeholder as it looks after re.escape().
_PLACEHOLDER = re.compile(r"\\\{\\[?$][A-Za-z_][A-Za-z0-9_]*\\\}")


def _pick(report: Graph, result: Node, lang: str) -> str:
    """The result message in ``lang`` (English as fallback), with its {?var} values filled in."""
    filled = [str(m) for m in report.objects(result, SH.resultMessage)]
    templates = _templates(report, result)
    template = templates.get(lang) or templates.get("en")
    if template is None:
        return filled[0] if filled else ""
    pattern = re.compile(_PLACEHOLDER.sub("(.*?)", re.escape(template)), re.DOTALL)
    return next((text for text in filled if pattern.fullmatch(text)), template)


def _result(report: Graph, node: Node, data: Graph, lang: str) -> ValidationResult:
    focus = report.value(node, SH.focusNode)
    return ValidationResult(
        shape=report.value(node, SH.sourceShape),
        focus_node=focus,
        node_label=node_label(data, focus, lang),
        message=_pick(report, node, lang),
        evidence=evidence_sentence(data, focus),
        severity=SEVERITIES.get(report.value(node, SH.resultSeverity), "Violation"),
        path=report.value(node, SH.resultPath),
        value=report.value(node, SH.value),
    )
