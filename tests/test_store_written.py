"""Writing a build's batches without reading the store back: the labels the build settled are
remembered (kzgraph.store.written), and a build into an empty store skips the final prune,
which could find nothing there. The store is the same either way."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDFS

import kzgraph.store.bulk
from kzgraph.build import build_corpus
from kzgraph.store.bulk import write_article_graphs
from kzgraph.store.embedded import open_store, prune_shared
from kzgraph.store.written import WrittenLabels, store_is_empty
from tests.test_incremental import corpus, fake_extraction, quads  # noqa: F401 - the fixture
from tests.test_store_bulk import _spelled

SPELLINGS = {"a": "Lea Wort-Bild", "b": "Lea Wort Bild", "c": "Lea Wort-Bild"}


@pytest.mark.parametrize("order", [["a", "b", "c"], ["b", "a", "c"], ["c", "b", "a"]])
def test_remembered_labels_give_the_store_of_reading_them_back(order: list[str]) -> None:
    """One article per batch, spellings of one person node in several orders: one label (the
    smaller spelling) and the other as an alias, as when every batch reads the stored label."""
    reading, remembering = open_store(None), open_store(None)
    written = WrittenLabels()
    for article_id in order:
        graph = _spelled(article_id, SPELLINGS[article_id])
        write_article_graphs(reading, [(article_id, graph)])
        write_article_graphs(remembering, [(article_id, graph)], written)
    assert set(remembering) == set(reading)
    labels = [q for q in remembering if q.predicate.value == str(RDFS.label) and "person/" in q.subject.value]
    assert [q.object.value for q in labels] == ["Lea Wort Bild"]
    assert len(written) == 1  # one entry per shared node (here the person), not per write


def test_a_node_settled_in_this_build_is_not_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    store, written = open_store(None), WrittenLabels()
    asked: list[object] = []
    real = kzgraph.store.bulk.settle_labels

    def counting(store_: ox.Store, labels: list[ox.Triple], book: WrittenLabels | None = None) -> tuple:
        asked.extend(t.subject for t in labels if not (book is not None and book.known(t.subject)))
        return real(store_, labels, book)

    monkeypatch.setattr(kzgraph.store.bulk, "settle_labels", counting)
    for article_id in ("a", "b"):
        write_article_graphs(store, [(article_id, _spelled(article_id, SPELLINGS[article_id]))], written)
    person = [s for s in asked if "person/" in s.value]
    assert len(person) == 1  # read for the first article only


def test_a_build_into_an_empty_store_leaves_nothing_to_prune() -> None:
    store = open_store(None)
    assert store_is_empty(store)
    build_corpus(corpus("a1", "a2", "a3"), store)
    assert not store_is_empty(store)
    assert prune_shared(store) == 0  # what the skipped prune would have found
    again = open_store(None)
    build_corpus(corpus("a1", "a2", "a3"), again)
    prune_shared(again)
    assert quads(store) == quads(again)
