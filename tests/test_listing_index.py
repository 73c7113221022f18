"""The listing index (kzgraph.store.listings): the listings read from it give the saved queries'
rows, follow labels and aliases settled after an article was written, go with their article,
stay out of exports and validation, and a store without a current index still answers."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kzgraph.execution.tasks
from kzgraph.build import build_corpus
from kzgraph.cli import main
from kzgraph.graph import iris
from kzgraph.query import find_query, run_query
from kzgraph.query.layout import ANY_URI, DIGEST, META_GRAPH, PARTICIPANT, is_current, layout_for, layouts
from kzgraph.query.params import bindings
from kzgraph.reading import content_hash
from kzgraph.store.embedded import export, remove_article_graph, union_triples
from kzgraph.store.listings import after_build
from kzgraph.validate.graphs import store_graphs
from tests.servers import factory_corpus, factory_store, listing_rows

LABEL = ox.NamedNode(str(iris.RDFS.label))
KARL = ox.NamedNode(str(iris.person_iri("Karl Muster")))


def _listing_quads(store: ox.Store) -> list[ox.Quad]:
    return [q for name in store.named_graphs() if iris.is_listing_graph(name.value)
            for q in store.quads_for_pattern(None, None, None, name)]


def _as_an_earlier_version(store: ox.Store) -> None:
    """A store written before the listing index existed: no listing graphs, no digest."""
    for name in list(store.named_graphs()):
        if iris.is_listing_graph(name.value):
            store.remove_graph(name)


def _rows(store: ox.Store, name: str, use_index: bool = True, **params: str) -> set[tuple[str, ...]]:
    query = find_query(name)
    return {tuple(r.values()) for r in run_query(store, query, params, use_index=use_index).rows}


def test_every_fact_listing_is_indexed_and_the_catalogues_are_not() -> None:
    assert set(layouts()) == {"appointments", "arrest-agents", "arrest-figures", "arrests", "dismissals",
                              "indictments", "offices", "resignations", "statements", "who-replaced-whom"}
    assert layout_for(find_query("persons")) is None and layout_for(find_query("article")) is None
    assert layouts()["arrest-figures"].order == ("dayKey", "article", "sentence")


def test_index_rows_equal_the_saved_query_on_the_same_store() -> None:
    store = factory_store()
    assert is_current(store) and _listing_quads(store)
    assert listing_rows(store) == listing_rows(store, use_index=False)


def test_a_sorted_listing_is_sorted_from_the_index() -> None:
    store = factory_store()
    query = find_query("arrest-figures")
    rows = run_query(store, query).rows
    assert len(rows) > 1
    saved = run_query(store, query, use_index=False).rows
    assert [r["article"] for r in rows] == [r["article"] for r in saved]


def test_a_store_without_a_current_index_answers_with_the_saved_query() -> None:
    store = factory_store()
    expected = listing_rows(store)
    _as_an_earlier_version(store)
    assert not is_current(store) and not _listing_quads(store)
    assert listing_rows(store) == expected  # the saved queries, evaluated
    # Rows written by other queries (another version's .rq files) are not used either.
    after_build(store)
    store.remove(next(iter(store.quads_for_pattern(META_GRAPH, DIGEST, None, META_GRAPH))))
    store.add(ox.Quad(META_GRAPH, DIGEST, ox.Literal("another version"), META_GRAPH))
    assert not is_current(store) and listing_rows(store) == expected
    # Rows of an article no longer in the store go too (left by an earlier version's pruning).
    orphan = ox.NamedNode(str(iris.listing_graph_iri("gone")))
    store.add(ox.Quad(orphan, PARTICIPANT, ox.Literal(KARL.value, datatype=ANY_URI), orphan))
    assert after_build(store) == 3 and is_current(store)  # the next build writes them anew
    assert listing_rows(store) == expected and not store.contains_named_graph(orphan)


def test_a_build_into_a_store_of_an_earlier_version_writes_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = factory_corpus()
    store = factory_store()
    expected = listing_rows(store)
    _as_an_earlier_version(store)
    facts = {article.id: found for article, found in corpus}
    monkeypatch.setattr(kzgraph.execution.tasks, "extract_one", lambda article, model=None:
                        kzgraph.execution.tasks.Extracted(article, facts[article.id], content_hash(article)))
    report = build_corpus([article for article, _ in corpus], store)
    assert len(report.unchanged) == 3  # nothing re-extracted, and yet every article has its rows
    assert is_current(store) and listing_rows(store) == expected


def test_a_label_settled_later_shows_in_the_rows() -> None:
    """A later article spelling a name with a smaller spelling changes the shared label."""
    store = factory_store()
    (old,) = list(store.quads_for_pattern(KARL, LABEL, None))
    store.remove(old)
    store.add(ox.Quad(KARL, LABEL, ox.Literal("KARL MUSTER"), old.graph_name))
    rows = _rows(store, "dismissals")
    assert {r[1] for r in rows} == {"KARL MUSTER"} and rows == _rows(store, "dismissals", use_index=False)


def test_an_alias_added_later_finds_the_rows() -> None:
    store = factory_store()
    assert _rows(store, "dismissals", person="Charly Muster") == set()
    key = bindings({"person": "Charly Muster"})["personKey"]
    shared = ox.NamedNode(str(iris.SHARED_GRAPH))
    store.add(ox.Quad(KARL, ox.NamedNode(str(iris.KZ.nameKey)), ox.Literal(key), shared))
    found = _rows(store, "dismissals", person="Charly Muster")
    assert found and found == _rows(store, "dismissals", person="Charly Muster", use_index=False)


def test_rows_go_with_their_article() -> None:
    store = factory_store()
    remove_article_graph(store, "a1")
    assert not store.contains_named_graph(ox.NamedNode(str(iris.listing_graph_iri("a1"))))
    assert store.contains_named_graph(ox.NamedNode(str(iris.listing_graph_iri("a2"))))
    assert {r[4] for r in _rows(store, "dismissals")} == {"a2", "a3"}
    assert listing_rows(store) == listing_rows(store, use_index=False)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle"])
def test_the_index_is_not_exported_loaded_or_validated(tmp_path: Path, fmt: str) -> None:
    store = factory_store()
    path = tmp_path / f"graph.{fmt}"
    export(store, path, fmt)
    text = path.read_text(encoding="utf-8")
    assert str(iris.LISTING) not in text and str(iris.DATA["listing/"]) not in text
    assert not any(t.predicate.value.startswith(str(iris.LISTING)) for t in union_triples(store))
    assert all("listing" not in name for name, _ in store_graphs(store))


def test_cli_gives_the_same_rows_from_the_store_and_the_exported_file(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    store = factory_store(directory)
    export(store, tmp_path / "g.ttl", "turtle")
    del store

    def csv(source: list[str], *args: str) -> list[str]:
        result = CliRunner().invoke(main, ["query", *args, *source, "--format", "csv"])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()

    on_store, on_file = ["--store", str(directory)], ["--graph", str(tmp_path / "g.ttl")]
    for args in (["statements"], ["statements", "--since", "2022-01-04"],
                 ["dismissals", "--person", "karl MUSTER"],
                 ["offices", "--until", "2022-01-03", "--person", "Maria Beispiel"]):
        rows = csv(on_store, *args)
        assert len(rows) > 1 and sorted(rows) == sorted(csv(on_file, *args)), args
        page = csv(on_store, *args, "--limit", "1")
        assert len(page) == 2 and page[1] in rows  # a header and the first row
