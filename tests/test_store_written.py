"""Writing a build's batches without reading the store back: the labels the build settled are
remembered (kzgraph.store.written), a build into an empty store skips the final prune, which
could find nothing there, and `--output` alone writes the union it teed off while writing
(kzgraph.store.tee). The store and the output graph are the same either way."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

import kzgraph.build
import kzgraph.store.bulk
from kzgraph.build import build_corpus
from kzgraph.cli import main
from kzgraph.store.bulk import write_article_graphs
from kzgraph.store.embedded import export, open_store, prune_shared
from kzgraph.store.tee import UnionTee, write_output
from kzgraph.store.written import WrittenLabels, store_is_empty
from tests.test_incremental import (  # noqa: F401 - fake_extraction: the fixture
    SHORT_TEXT,
    TOKAJEW_TEXT,
    corpus,
    fake_extraction,
    quads,
)
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


def _isomorphic(one: Path, other: Path) -> bool:
    return isomorphic(Graph().parse(one, format="turtle"), Graph().parse(other, format="turtle"))


@pytest.mark.parametrize("batch_quads", [1, 20_000])  # one article per batch; all in one
def test_the_teed_output_is_the_exported_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               batch_quads: int) -> None:
    monkeypatch.setattr(kzgraph.build, "BATCH_QUADS", batch_quads)
    store, tee = open_store(None), UnionTee()
    build_corpus(corpus("a1", "a2", "a3", "a4"), store, tee=tee)
    export(store, tmp_path / "exported.ttl", "turtle")
    write_output(store, tee, False, tmp_path / "teed.ttl", "turtle")
    assert _isomorphic(tmp_path / "teed.ttl", tmp_path / "exported.ttl")
    assert len(Graph().parse(tmp_path / "teed.ttl")) == len(Graph().parse(tmp_path / "exported.ttl")) > 50


def test_the_tee_writes_the_label_settled_last_and_the_other_spellings_as_aliases(tmp_path: Path) -> None:
    store, tee = open_store(None), UnionTee()
    written = WrittenLabels(tee)
    for article_id in ("a", "b", "c"):
        write_article_graphs(store, [(article_id, _spelled(article_id, SPELLINGS[article_id]))], written)
    export(store, tmp_path / "exported.ttl", "turtle")
    write_output(store, tee, False, tmp_path / "teed.nt", "ntriples")
    teed = Graph().parse(tmp_path / "teed.nt", format="nt")
    assert isomorphic(teed, Graph().parse(tmp_path / "exported.ttl"))
    assert sorted(str(o) for o in teed.objects(None, RDFS.label)) == ["Lea Wort Bild"]


def test_build_output_alone_streams_and_matches_the_store_export(tmp_path: Path) -> None:
    """`kzgraph build --output` (the tee) and `--store` then `kzgraph export` give one graph."""
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    for index, text in enumerate((TOKAJEW_TEXT, SHORT_TEXT)):
        (corpus_dir / f"a{index}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    teed = runner.invoke(main, ["build", str(corpus_dir), "--no-validate", "-q",
                                "-o", str(tmp_path / "t.ttl")])
    stored = runner.invoke(main, ["build", str(corpus_dir), "--no-validate", "-q",
                                  "--store", str(tmp_path / "s"), "-o", str(tmp_path / "s.ttl")])
    assert teed.exit_code == stored.exit_code == 0, teed.output + stored.output
    assert _isomorphic(tmp_path / "t.ttl", tmp_path / "s.ttl")


@pytest.mark.parametrize(("fmt", "suffix"), [("ntriples", "nt"), ("jsonld", "jsonld")])
def test_the_tee_writes_every_triple_format(tmp_path: Path, fmt: str, suffix: str) -> None:
    store, tee = open_store(None), UnionTee()
    build_corpus(corpus("a1", "a2"), store, tee=tee)
    export(store, tmp_path / f"exported.{suffix}", fmt)
    write_output(store, tee, False, tmp_path / f"teed.{suffix}", fmt)
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.JSON_LD
    teed = set(ox.parse(path=str(tmp_path / f"teed.{suffix}"), format=rdf_format))
    assert teed == set(ox.parse(path=str(tmp_path / f"exported.{suffix}"), format=rdf_format)) and teed
