"""An announced replacement in the graph: the event carries kz:announced true and no
kz:replaces shortcut between the persons (which would state it as done); it conforms to the
shapes, and the saved listing shows it with status "announced"."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kzgraph.extract.facts import ArticleFacts, Replacement
from kzgraph.graph import iris
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.query.run import run_query
from kzgraph.query.saved import find_query
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.validate.run import validate_graph
from tests.extract_helpers import article, facts

TEXT = "Nach dem Parteitag soll Lena Marquardt den Vorsitzenden Bernd Ostholt ablösen."


def _graph(found: ArticleFacts) -> Graph:
    registry = PersonRegistry()
    register_persons(registry, found)
    return article_graph(article(TEXT), found, registry, "hash")


def _with(found: ArticleFacts, replacements: list[Replacement]) -> ArticleFacts:
    return ArticleFacts(found.article_id, **{**found.by_type, "replacements": replacements})


def test_announced_differs_from_done_by_the_mark_and_the_shortcut() -> None:
    found = facts(TEXT)
    [announced] = found.replacements
    assert announced.announced
    done = replace(announced, announced=False)
    announced_graph, done_graph = _graph(found), _graph(_with(found, [done]))
    [event] = announced_graph.subjects(RDF.type, KZ.Replacement)
    successor, predecessor = iris.person_iri("Lena Marquardt"), iris.person_iri("Bernd Ostholt")
    expected = Graph()
    for triple in done_graph:
        expected.add(triple)
    expected.remove((successor, KZ.replaces, predecessor))
    expected.add((event, KZ.announced, Literal(True)))
    assert isomorphic(announced_graph, expected)


def _listing(graph: Graph) -> list[dict[str, str]]:
    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    return run_query(store, find_query("who-replaced-whom")).rows


def test_announced_conforms_and_is_listed_as_announced() -> None:
    found = facts(TEXT)
    graph = _graph(found)
    assert validate_graph(graph).conforms
    [row] = _listing(graph)
    expected = ("Lena Marquardt", "Bernd Ostholt", "announced")
    assert (row["successor"], row["predecessor"], row["status"]) == expected
    [done] = _listing(_graph(_with(found, [replace(found.replacements[0], announced=False)])))
    assert done["status"] == "done"


def test_announced_false_is_no_value_the_shapes_allow() -> None:
    graph = _graph(facts(TEXT))
    [event] = graph.subjects(RDF.type, KZ.Replacement)
    graph.set((event, KZ.announced, Literal("false", datatype=XSD.boolean)))
    outcome = validate_graph(graph)
    assert not outcome.conforms
