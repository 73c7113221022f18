"""The embedded store: saved queries agree with the exported Turtle, graphs replace cleanly."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph.build import article_graph
from kzgraph.graph.iris import LISTING_META_GRAPH, SHARED_GRAPH, article_graph_iri, is_listing_graph
from kzgraph.query import list_queries
from kzgraph.query.layout import is_current
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import (
    article_hashes,
    article_persons,
    drop_union_copy,
    export,
    graphs,
    load_file,
    open_store,
    prune_shared,
    remove_article_graph,
    replace_article_graph,
    select,
    split_shared,
    union_triples,
)
from tests.factories import sample_article, sample_facts
from tests.servers import (
    FILTER_CASES,
    QUERY_PARAMS,
    distinct,
    factory_store,
    listing_rows,
    local_rows,
    unfiltered,
)


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "store"
    store = factory_store(directory)
    del store  # close it: the query CLI opens the directory again
    return directory


def test_every_saved_query_has_a_parameter_value_here() -> None:
    for query in list_queries():
        assert set(query.parameters) == set(QUERY_PARAMS.get(query.name, {})), query.name


@pytest.mark.parametrize("fmt,suffix", [("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq")])
def test_saved_queries_give_the_same_rows_on_store_and_export(tmp_path: Path, fmt: str, suffix: str) -> None:
    store = factory_store(tmp_path / "store")
    exported = tmp_path / f"graph.{suffix}"
    export(store, exported, fmt)
    on_store, on_file = local_rows(store), local_rows(load_file(exported))
    assert on_store == on_file
    # The listings, as the store answers them from its listing index (the file has none).
    assert is_current(store) and not is_current(load_file(exported))
    assert listing_rows(store) == listing_rows(load_file(exported)) == distinct(on_file)
    # The comparison must not pass vacuously: every query returns rows on the factory data.
    base = unfiltered(on_store)
    assert all(base.values()), [name for name, rows in base.items() if not rows]
    # Each filter case keeps some rows of some query and drops some of another.
    for case in FILTER_CASES:
        keys = [k for k in on_store if k.endswith(str(sorted(case.items())))]
        assert any(on_store[k] for k in keys), case
        assert any(on_store[k].total() < base[k.split(" ", 1)[0]].total() for k in keys), case


def test_store_persists_and_cli_queries_it(store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    on_store = runner.invoke(main, ["query", "dismissals", "--store", str(store_dir), "--format", "csv"])
    assert on_store.exit_code == 0, on_store.output
    exported = tmp_path / "g.ttl"
    export(open_store(store_dir), exported, "turtle")
    on_file = runner.invoke(main, ["query", "dismissals", "--graph", str(exported), "--format", "csv"])
    assert sorted(on_store.output.splitlines()) == sorted(on_file.output.splitlines())
    assert "Karl Muster" in on_store.output


def test_replace_article_graph_replaces_and_remove_removes() -> None:
    store = factory_store()
    name = ox.NamedNode(str(article_graph_iri("a1")))
    before = len(list(store.quads_for_pattern(None, None, None, name)))
    graph = article_graph(sample_article("a1"), sample_facts("a1"), PersonRegistry(), "hash-x")
    own, shared = split_shared(graph)
    replace_article_graph(store, "a1", graph)
    replace_article_graph(store, "a1", graph)  # twice: still exactly one copy
    assert len(list(store.quads_for_pattern(None, None, None, name))) == len(own) == before
    assert len(own) + len(shared) == len(graph)
    assert all(ox.Quad(t.subject, t.predicate, t.object, SHARED) in store for t in shared)
    assert article_hashes(store)["a1"] == "hash-x"
    remove_article_graph(store, "a1")
    assert not store.contains_named_graph(name)
    assert set(article_hashes(store)) == {"a2", "a3"}


def test_article_hashes_and_persons() -> None:
    store = factory_store()
    assert set(article_hashes(store)) == {"a1", "a2", "a3"}
    assert all(len(h) == 64 for h in article_hashes(store).values())
    persons = article_persons(store)["a1"]
    assert set(persons) == {"Maria Beispiel", "Karl Muster", "Jana Probe", "Paul Rang"}
    assert "Beispiel" in persons["Maria Beispiel"]


SHARED = ox.NamedNode(str(SHARED_GRAPH))
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def test_graphs_yields_each_named_graph_once_and_no_union_copy() -> None:
    store = factory_store()
    items = list(graphs(store))
    # No default graph: the union is the query engine's view, not a second copy of the data.
    assert not list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    names = sorted([*(str(article_graph_iri(a)) for a in ("a1", "a2", "a3")), str(SHARED_GRAPH)])
    assert sorted(name.value for name, _ in items) == names
    # Every quad but the listing index's (kzgraph.store.listings: rows of queries, not facts).
    index = [q for name in store.named_graphs() if is_listing_graph(name.value)
             for q in store.quads_for_pattern(None, None, None, name)]
    assert index and sum(len(t) for _, t in items) + len(index) == len(store)


def test_shared_nodes_are_described_once() -> None:
    store = factory_store()
    person = ox.NamedNode("https://w3id.org/kzgraph/id/person/maria-beispiel")
    # Three articles mention her; her label is stored once, in the shared graph.
    labels = list(store.quads_for_pattern(person, LABEL, None))
    assert [q.graph_name for q in labels] == [SHARED]
    query = "SELECT ?p ?l WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    assert len(list(select(store, query, {ox.Variable("p"): person}))) == 1


def test_the_union_has_each_triple_once_also_when_graphs_repeat_it() -> None:
    """A triple told by several graphs (a shared node's description in an old layout, or one
    person's post told by two articles) is exported once, with the first graph holding it."""
    store = factory_store()
    repeated = next(q for q in store.quads_for_pattern(None, None, None, SHARED))
    for graph in (article_graph_iri("a1"), article_graph_iri("a3")):
        store.add(ox.Quad(repeated.subject, repeated.predicate, repeated.object, ox.NamedNode(str(graph))))
    store.add(ox.Quad(repeated.subject, repeated.predicate, repeated.object, ox.DefaultGraph()))
    union = list(union_triples(store))
    assert union.count(repeated.triple) == 1
    facts = {q.triple for q in store if not is_listing_graph(str(getattr(q.graph_name, "value", "")))}
    assert set(union) == facts and len(union) == len(set(union))  # the listing index left out


def test_build_drops_the_union_copy_of_an_earlier_version() -> None:
    store = factory_store()
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # as earlier builds did
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) > 0
    drop_union_copy(store)
    assert not list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert prune_shared(store) == 0  # every shared node is still used by an article


def test_prune_shared_removes_persons_no_article_mentions() -> None:
    store = factory_store()
    only_a1 = {t.subject for t in split_shared(article_graph(sample_article("a1"), sample_facts("a1"),
                                                              PersonRegistry()))[1]}
    remove_article_graph(store, "a1")
    remove_article_graph(store, "a2")
    remove_article_graph(store, "a3")
    assert prune_shared(store) == len(only_a1)
    # Nothing left but the listing index's digest of its queries.
    assert {q.graph_name.value for q in store} == {str(LISTING_META_GRAPH)}


def test_query_without_store_says_how_to_build_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "persons", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "kzgraph build" in result.output
