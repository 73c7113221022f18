"""``kzgraph validate FILE | --store DIR``: check article graphs against the SHACL shapes.

Each article's named graph is validated on its own (the shapes hold per article graph,
and cost stays linear), together with the shared graph's description (type, label, aliases)
of the persons, posts and organizations it uses, as the build validated it; the shared
graph is not validated on its own. A Turtle / N-Triples / JSON-LD file is one graph. Named graphs
are copied into in-memory rdflib graphs first: pySHACL over an Oxigraph-backed graph
is orders of magnitude slower.
Exit codes: 0 conforms (warnings allowed), 1 violations, 2 error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kzgraph.cli.common import EXIT_OK, EXIT_VIOLATIONS, fail, warn
from kzgraph.graph import iris
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import DATASET_FORMATS, FORMATS, SUFFIXES, StoreError, format_for
from kzgraph.validate import ShapesError, ValidationOutcome, ValidationResult, validate_graph
from kzgraph.validate.inputs import (
    InputError,
    check_not_empty,
    check_well_typed,
    ill_typed,
    ill_typed_quads,
    parse_quads,
    quiet_literal_casts,
)
from kzgraph.validate.run import short

DEFAULT_GRAPH = "default graph"


# -- reading the graphs -------------------------------------------------------------------

def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    # rdflib keeps "x" and "x"^^xsd:string apart (sh:in would fail); the builder writes plain ones.
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


SHARED_GRAPH = URIRef(str(iris.SHARED_GRAPH))


def with_shared(named: dict[Node, Graph]) -> list[tuple[str, Graph]]:
    """Each named graph but the shared one, completed with the shared descriptions of its nodes."""
    shared = named.pop(SHARED_GRAPH, None)
    out = []
    for name in sorted(named, key=str):
        graph = named[name]
        if shared is not None:
            nodes = {term for triple in graph for term in (triple[0], triple[2])}
            for node in nodes & set(shared.subjects()):
                for triple in shared.triples((node, None, None)):
                    graph.add(triple)
        out.append((short(name), graph))
    return out


def _add(graphs: dict[Node, Graph], name: Node, quad: ox.Quad) -> None:
    graph = graphs.get(name)
    if graph is None:  # not `or`: an empty Graph is falsy
        graph = graphs[name] = iris.new_graph()
    graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))


def store_graphs(store: ox.Store) -> Iterator[tuple[str, Graph]]:
    """Each article graph (with its shared descriptions) as an in-memory rdflib graph.

    The default graph is skipped when there are named graphs: stores of earlier versions kept
    the union of the article graphs there, which would double every result (and fail the
    per-article shapes). Without named graphs, the default graph is the data.
    """
    names: list[ox.NamedNode | ox.BlankNode] = sorted(store.named_graphs(), key=str)
    if not names:
        graph = iris.new_graph()
        for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
        if len(graph):
            yield DEFAULT_GRAPH, graph
        return
    shared = {}
    if SHARED_GRAPH in {_term(n) for n in names}:
        for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(str(SHARED_GRAPH))):
            _add(shared, SHARED_GRAPH, quad)
    for name in names:
        if _term(name) == SHARED_GRAPH:
            continue
        # One article graph at a time (plus the shared one), never the whole store in memory.
        graphs = dict(shared)
        for quad in store.quads_for_pattern(None, None, None, name):
            _add(graphs, _term(name), quad)
        yield from with_shared(graphs)


def _dataset_graphs(path: Path, fmt: str) -> list[tuple[str, Graph]]:
    """TriG / N-Quads: one graph per named graph; same default-graph rule as for a store."""
    graphs: dict[Node, Graph] = {}
    # rdflib's own IRI for a default graph: URIRef("default graph") made rdflib warn that it
    # "does not look like a valid URI" on every TriG file.
    default = DATASET_DEFAULT_GRAPH_ID
    quads = parse_quads(path, FORMATS[fmt], fmt)
    check_not_empty(path, len(quads))
    check_well_typed(str(path), ill_typed_quads(quads), path)
    for quad in quads:
        named = not isinstance(quad.graph_name, ox.DefaultGraph)
        _add(graphs, _term(quad.graph_name) if named else default, quad)
    if len(graphs) > 1 or default not in graphs:
        graphs.pop(default, None)
        return with_shared(graphs)
    return [(DEFAULT_GRAPH, graphs[default])]


def file_graphs(path: Path) -> Iterator[tuple[str, Graph]]:
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    fmt = format_for(path)
    if fmt in DATASET_FORMATS:
        yield from _dataset_graphs(path, fmt)
        return
    if path.suffix.lower() not in SUFFIXES:
        warn(f"kzgraph validate: {path}: unknown suffix, reading it as Turtle")
    # Parsed by pyoxigraph: its errors name the line and column, rdflib's show Python reprs.
    quads = parse_quads(path, FORMATS[fmt], fmt)
    check_not_empty(path, len(quads))
    check_well_typed(str(path), ill_typed_quads(quads), path)
    graph = iris.new_graph()
    for quad in quads:
        graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    yield path.name, graph


def open_store_read_only(directory: Path) -> ox.Store:
    # Read-only: validating must never create or change a store (open_store would create one).
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such store directory")
    try:
        return ox.Store.read_only(str(directory))
    except OSError as err:
        raise StoreError(f"{directory}: cannot open the store: {err}") from err


# -- reporting ----------------------------------------------------------------------------

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


# -- the command --------------------------------------------------------------------------

@click.command("validate")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Validate every named graph of this embedded Oxigraph store.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the SHACL validation report graph (Turtle) to this file.")
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True,
              help="Language of the messages.")
def validate_command(file: Path | None, store_dir: Path | None, report_file: Path | None, lang: str) -> None:
    """Check graphs against the kzgraph SHACL shapes.

    FILE in TriG or N-Quads is validated named graph by named graph (one per article);
    Turtle, N-Triples and JSON-LD as one graph. Without FILE or --store: the default store
    (.kzgraph/store), as for `kzgraph query`. Exit codes: 0 conforms (warnings allowed),
    1 violations, 2 error.
    """
    if file is not None and store_dir is not None:
        fail("give either FILE or --store DIR, not both")
    if file is None and store_dir is None:
        store_dir = DEFAULT_STORE
        if not store_dir.is_dir():
            fail(f"no store at {store_dir}: build one with `kzgraph build CORPUS`, "
                 "or give FILE or --store DIR")
    outcomes: list[tuple[str, ValidationOutcome]] = []
    try:
        with quiet_literal_casts():  # ill-typed literals are reported below, not logged by rdflib
            graphs = file_graphs(file) if file is not None else store_graphs(open_store_read_only(store_dir))
            for name, graph in graphs:
                if file is None:  # a file's literals are checked as it is parsed
                    check_well_typed(f"{store_dir} [{name}]", ill_typed(graph))
                outcomes.append((name, validate_graph(graph, lang=lang)))
    except (StoreError, ShapesError, InputError, OSError) as err:
        fail(str(err))
    if not outcomes:
        warn("kzgraph validate: no triples to validate")
    click.echo(format_report(outcomes))
    if report_file is not None:
        try:
            combined_report(outcomes).serialize(destination=str(report_file), format="turtle")
        except OSError as err:
            fail(f"{report_file}: cannot write the report: {err}")
    conforms = all(o.conforms for _, o in outcomes)
    raise SystemExit(EXIT_OK if conforms else EXIT_VIOLATIONS)

