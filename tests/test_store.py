"""The embedded store: saved queries agree with the exported Turtle, graphs replace cleanly."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph.build import article_graph
from kzgraph.graph.iris import article_graph_iri
from kzgraph.query import list_queries
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import (
    article_hashes,
    article_persons,
    export,
    graphs,
    load_file,
    open_store,
    remove_article_graph,
    replace_article_graph,
)
from tests.factories import sample_article, sample_facts
from tests.servers import QUERY_PARAMS, factory_store, local_rows


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
    # The comparison must not pass vacuously: every query returns rows on the factory data.
    assert all(on_store.values()), [name for name, rows in on_store.items() if not rows]


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
    replace_article_graph(store, "a1", graph)
    replace_article_graph(store, "a1", graph)  # twice: still exactly one copy
    assert len(list(store.quads_for_pattern(None, None, None, name))) == len(graph) == before
    assert article_hashes(store)["a1"] == "hash-x"
    remove_article_graph(store, "a1")
    assert not store.contains_named_graph(name)
    assert set(article_hashes(store)) == {"a2", "a3"}


def test_article_hashes_and_persons() -> None:
    store = factory_store()
    assert set(article_hashes(store)) == {"a1", "a2", "a3"}
    assert all(len(h) == 64 for h in article_hashes(store).values())
    persons = article_persons(store)["a1"]
    assert set(persons) == {"Maria Beispiel", "Karl Muster", "Jana Probe"}
    assert "Beispiel" in persons["Maria Beispiel"]


def test_graphs_yields_the_union_then_each_named_graph_once() -> None:
    store = factory_store()
    items = list(graphs(store))
    # First the default graph: the deduplicated union, smaller than the article graphs together.
    assert items[0][0] is None
    names = sorted(str(article_graph_iri(a)) for a in ("a1", "a2", "a3"))
    assert [name.value for name, _ in items[1:]] == names
    assert len(items[0][1]) < sum(len(t) for _, t in items[1:])
    assert sum(len(t) for _, t in items) == len(store)


def test_query_without_store_says_how_to_build_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "persons", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "kzgraph build" in result.output
