"""The graphs `kzgraph validate` and a report of a stored graph check, read from a store or a file.

Each article's named graph is one graph to validate, completed with the shared graph's
description (type, label, aliases) of the persons, posts and organizations it uses, as the
build validated it; the shared graph is not validated on its own. A Turtle / N-Triples /
JSON-LD file is one graph. Everything is copied into in-memory rdflib graphs: pySHACL over an
Oxigraph-backed graph is orders of magnitude slower.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from kzgraph.graph import iris
from kzgraph.store.embedded import (
    DATASET_FORMATS,
    FORMATS,
    StoreError,
    data_graphs,
    format_for,
    open_read_only,
)
from kzgraph.validate.inputs import check_not_empty, check_well_typed, ill_typed_quads, parse_quads
from kzgraph.validate.run import short

DEFAULT_GRAPH = "default graph"


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
    names = data_graphs(store)  # not the listing index: rows of queries, not facts
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
        if named and iris.is_listing_graph(quad.graph_name.value):
            continue  # a dump of a whole store: its listing index holds rows of queries, not facts
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
    return open_read_only(directory)
