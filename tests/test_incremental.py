"""Incremental builds with a fake extraction (factory facts): skip, replace, prune, resume, merge."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kzgraph.build
import kzgraph.execution.tasks
from kzgraph.build import Extracted, build_corpus
from kzgraph.cli import main
from kzgraph.extract.facts import Agent, AgentKind, ArticleFacts, PersonMention, Statement
from kzgraph.reading import content_hash
from kzgraph.reading.article import Article, ArticleDate
from kzgraph.store.embedded import article_hashes, open_store, select
from tests.factories import TEXT, evidence, sample_article, sample_facts
from tests.servers import local_rows

TOKAJEW_TEXT = "„Die Lage ist stabil“, sagte Kassym-Schomart Tokajew. Tokajew dankte der Armee."
SHORT_TEXT = "„Wir bleiben“, sagte Tokajew am Abend."


def _speaker_facts(article_id: str, text: str, name: str, quote: str) -> ArticleFacts:
    parts = name.split()
    agent = Agent(AgentKind.PERSON, name, name, (parts[-1],) if len(parts) > 1 else ())
    sentence = text.split(". ")[0] + ("." if not text.split(". ")[0].endswith(".") else "")
    fragment = sentence if sentence in text else text
    return ArticleFacts(
        article_id=article_id,
        persons=[PersonMention(evidence(article_id, fragment, "person.ner", text), agent)],
        statements=[Statement(evidence(article_id, fragment, "statement.direct", text), agent, quote)],
    )


FACTS: dict[str, ArticleFacts] = {}


@pytest.fixture(autouse=True)
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """extract_one -> the facts registered in FACTS (factory facts by default); records calls."""
    calls: list[str] = []

    def extract_one(article: Article, model: str | None = None) -> Extracted:
        calls.append(article.id)
        facts = FACTS.get(article.id) or sample_facts(article.id)
        return Extracted(article, facts, content_hash(article))

    monkeypatch.setattr(kzgraph.execution.tasks, "extract_one", extract_one)
    FACTS.clear()
    return calls


def corpus(*ids: str) -> list[Article]:
    return [sample_article(a, 3) for a in ids]


def quads(store: ox.Store) -> set[ox.Quad]:
    return set(store)


def test_rebuild_skips_unchanged_articles(fake_extraction: list[str]) -> None:
    store = open_store(None)
    first = build_corpus(corpus("a1", "a2"), store)
    assert (first.new, first.changed, first.unchanged) == (["a1", "a2"], [], [])
    before = quads(store)
    fake_extraction.clear()
    second = build_corpus(corpus("a1", "a2"), store)
    assert fake_extraction == []
    assert (second.new, second.changed, second.unchanged, second.articles) == ([], [], ["a1", "a2"], 0)
    assert quads(store) == before


def test_changed_and_added_articles_are_processed_and_replaced(fake_extraction: list[str]) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    old_hash = article_hashes(store)["a2"]
    changed = Article(id="a2", text=TEXT + " Nachtrag.", date=ArticleDate(2022, 1, 3), title="Beispiel")
    fake_extraction.clear()
    report = build_corpus([corpus("a1")[0], changed, *corpus("a3")], store)
    assert fake_extraction == ["a2", "a3"]
    assert (report.new, report.changed, report.unchanged) == (["a3"], ["a2"], ["a1"])
    assert article_hashes(store)["a2"] == content_hash(changed) != old_hash
    # Replaced, not added to: the store equals a fresh build of the same corpus.
    fresh = open_store(None)
    build_corpus([corpus("a1")[0], changed, *corpus("a3")], fresh)
    assert quads(store) == quads(fresh)


def test_prune_removes_graphs_of_gone_articles() -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2", "a3"), store)
    kept = build_corpus(corpus("a1", "a2"), store)
    assert kept.kept == ["a3"] and kept.pruned == []
    assert set(article_hashes(store)) == {"a1", "a2", "a3"}
    pruned = build_corpus(corpus("a1", "a2"), store, prune=True)
    assert pruned.pruned == ["a3"]
    assert set(article_hashes(store)) == {"a1", "a2"}
    fresh = open_store(None)
    build_corpus(corpus("a1", "a2"), fresh)
    assert quads(store) == quads(fresh)


def test_interrupted_build_resumes_to_the_same_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    articles = corpus("a1", "a2", "a3", "a4")
    reference = open_store(None)
    build_corpus(articles, reference)

    store = open_store(tmp_path / "store")
    real = kzgraph.build.write_batch
    written: list[str] = []

    def crash_after_two(store_: ox.Store, batch: list, *labels: object) -> int:
        if len(written) == 2:
            raise KeyboardInterrupt
        written.extend(article.article_id for article in batch)
        return real(store_, batch, *labels)

    monkeypatch.setattr(kzgraph.build, "BATCH_QUADS", 1)  # one article per batch
    monkeypatch.setattr(kzgraph.build, "write_batch", crash_after_two)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(articles, store)
    assert set(article_hashes(store)) == {"a1", "a2"}
    monkeypatch.setattr(kzgraph.build, "write_batch", real)
    del store
    store = open_store(tmp_path / "store")  # as after a restart
    resumed = build_corpus(articles, store)
    assert (resumed.new, resumed.unchanged) == (["a3", "a4"], ["a1", "a2"])
    assert quads(store) == quads(reference)
    assert local_rows(store) == local_rows(reference)


def _persons(store: ox.Store) -> list[str]:
    query = ("PREFIX kz: <https://w3id.org/kzgraph/ontology#> "
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT DISTINCT ?name WHERE { ?p a kz:Person ; rdfs:label ?name } ORDER BY ?name")
    return [row["name"].value for row in select(store, query)]


def _tokajew_articles() -> tuple[Article, Article]:
    full = Article(id="t1", text=TOKAJEW_TEXT, date=ArticleDate(2022, 1, 5))
    short = Article(id="t2", text=SHORT_TEXT, date=ArticleDate(2022, 1, 6))
    FACTS["t1"] = _speaker_facts("t1", TOKAJEW_TEXT, "Kassym-Schomart Tokajew", "Die Lage ist stabil")
    FACTS["t2"] = _speaker_facts("t2", SHORT_TEXT, "Tokajew", "Wir bleiben")
    return full, short


def test_new_article_merges_into_a_stored_person(fake_extraction: list[str]) -> None:
    full, short = _tokajew_articles()
    store = open_store(None)
    build_corpus([full], store)
    fake_extraction.clear()
    report = build_corpus([full, short], store)
    assert fake_extraction == ["t2"] and report.remerged == []
    assert _persons(store) == ["Kassym-Schomart Tokajew"]
    fresh = open_store(None)
    build_corpus([full, short], fresh)
    assert local_rows(store) == local_rows(fresh)


def test_stored_short_name_is_redone_when_the_full_name_arrives(fake_extraction: list[str]) -> None:
    full, short = _tokajew_articles()
    store = open_store(None)
    build_corpus([short], store)
    assert _persons(store) == ["Tokajew"]
    fake_extraction.clear()
    report = build_corpus([short, full], store)
    assert report.new == ["t1"] and report.remerged == ["t2"] and report.unchanged == []
    assert sorted(fake_extraction) == ["t1", "t2"]
    assert _persons(store) == ["Kassym-Schomart Tokajew"]
    fresh = open_store(None)
    build_corpus([short, full], fresh)
    assert quads(store) == quads(fresh)


def test_cli_build_twice_reports_new_unchanged_and_pruned(tmp_path: Path) -> None:
    articles = tmp_path / "corpus"
    articles.mkdir()
    for name in ("k1", "k2"):
        (articles / f"{name}.txt").write_text(f"date 2022-01-03\n{TEXT}\n", encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    args = ["build", str(articles), "--store", str(store), "--no-validate", "--quiet"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "2 new, 0 changed, 0 unchanged (skipped), 0 pruned" in first.output
    (articles / "k2.txt").unlink()
    (articles / "k3.txt").write_text(f"date 2022-01-04\n{TEXT}\n", encoding="utf-8")
    second = runner.invoke(main, [*args, "--prune", "--output", str(tmp_path / "g.ttl")])
    assert second.exit_code == 0, second.output
    assert "1 new, 0 changed, 1 unchanged (skipped), 1 pruned" in second.output
    assert set(article_hashes(open_store(store))) == {"k1", "k3"}
    assert (tmp_path / "g.ttl").stat().st_size > 0


def test_rebuilt_article_keeps_shared_nodes_consistent(fake_extraction: list[str]) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    # a2 changes: its persons (also in a1) stay described; Tokajew, new, gets a description.
    changed = Article(id="a2", text=TOKAJEW_TEXT, date=ArticleDate(2022, 1, 5))
    FACTS["a2"] = _speaker_facts("a2", TOKAJEW_TEXT, "Kassym-Schomart Tokajew", "Die Lage ist stabil")
    build_corpus([corpus("a1")[0], changed], store)
    assert "Kassym-Schomart Tokajew" in _persons(store) and "Maria Beispiel" in _persons(store)
    fresh = open_store(None)
    build_corpus([corpus("a1")[0], changed], fresh)
    assert quads(store) == quads(fresh)
    # a1 goes: the persons only it mentioned lose their label, type and aliases too.
    build_corpus([changed], store, prune=True)
    assert _persons(store) == ["Kassym-Schomart Tokajew"]
    fresh = open_store(None)
    build_corpus([changed], fresh)
    assert quads(store) == quads(fresh)
    assert local_rows(store) == local_rows(fresh)


def test_build_leaves_no_union_copy(fake_extraction: list[str]) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    assert not list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    # Every triple is in exactly one graph: article graphs and the shared graph do not overlap
    # on what queries join (labels, types, aliases).
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    labelled = [q.subject for q in store.quads_for_pattern(None, label, None)]
    assert len(labelled) == len(set(labelled))
