"""A build's verdict covers every graph of the store (issue 27, defect 8): an incremental
build that keeps a non-conforming graph from an earlier run still exits 1 and names it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import kzgraph.build
import kzgraph.execution.tasks
import kzgraph.validate.verdicts
from kzgraph.build import Extracted
from kzgraph.cli import main
from kzgraph.extract.facts import ArticleFacts
from kzgraph.reading import content_hash
from kzgraph.reading.article import Article
from kzgraph.validate.verdicts import VERDICTS_FILE
from tests.factories import TEXT, sample_facts


def _broken(article_id: str) -> ArticleFacts:
    """Factory facts whose first mention's evidence ends before it begins (EvidenceOffsetsShape)."""
    facts = sample_facts(article_id)
    first = facts.persons[0]
    facts.persons[0] = replace(first, evidence=replace(first.evidence, start=20, end=5))
    return facts


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """extract_one -> factory facts ("bad*" articles: a violating graph); records the calls."""
    calls: list[str] = []

    def extract_one(article: Article, model: str | None = None) -> Extracted:
        calls.append(article.id)
        facts = _broken(article.id) if article.id.startswith("bad") else sample_facts(article.id)
        return Extracted(article, facts, content_hash(article))

    monkeypatch.setattr(kzgraph.execution.tasks, "extract_one", extract_one)
    return calls


def _build(corpus: Path, store: Path, *extra: str):  # noqa: ANN202 - click Result
    return CliRunner().invoke(main, ["build", str(corpus), "--store", str(store), "--quiet", *extra])


def _write(corpus: Path, *names: str) -> None:
    corpus.mkdir(exist_ok=True)
    for name in names:
        (corpus / f"{name}.txt").write_text(f"date 2022-01-03\n{TEXT}\n", encoding="utf-8")


def test_kept_violating_graph_keeps_the_build_failing(tmp_path: Path, extracted: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    _write(corpus, "good1", "bad1")
    first = _build(corpus, store)
    assert first.exit_code == 1, first.output
    assert "bad1:" in first.output and "every article graph conforms" not in first.output

    _write(corpus, "good2")  # bad1 is unchanged: kept, not rebuilt
    extracted.clear()
    second = _build(corpus, store)
    assert extracted == ["good2"]
    assert second.exit_code == 1, second.output
    assert "bad1: (kept from an earlier build)" in second.output
    assert "every article graph conforms" not in second.output

    # Recorded verdicts are read back: no kept graph is validated again.
    def no_revalidation(*_args: object) -> object:
        raise AssertionError("a kept graph with an up-to-date verdict was validated again")

    with monkeypatch.context() as patch:
        patch.setattr(kzgraph.validate.verdicts, "stored_article_graph", no_revalidation)
        third = _build(corpus, store)
    assert third.exit_code == 1 and "bad1: (kept from an earlier build)" in third.output

    # A store without recorded verdicts (an earlier version's) is validated from the store.
    (store / VERDICTS_FILE).unlink()
    fourth = _build(corpus, store)
    assert fourth.exit_code == 1 and "bad1: (kept from an earlier build)" in fourth.output

    (corpus / "bad1.txt").unlink()
    pruned = _build(corpus, store, "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "every article graph conforms" in pruned.output


def test_a_damaged_verdicts_file_means_validating_again(tmp_path: Path, extracted: list[str]) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    _write(corpus, "bad1", "good1")
    assert _build(corpus, store).exit_code == 1
    (store / VERDICTS_FILE).write_text("{not json", encoding="utf-8")
    again = _build(corpus, store)
    assert again.exit_code == 1 and "bad1: (kept from an earlier build)" in again.output


def test_kept_conforming_graphs_give_exit_0(tmp_path: Path, extracted: list[str]) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    _write(corpus, "good1")
    assert _build(corpus, store).exit_code == 0
    (store / VERDICTS_FILE).unlink()  # validated again from the store: still conforming
    _write(corpus, "good2")
    again = _build(corpus, store)
    assert again.exit_code == 0, again.output
    assert "every article graph conforms" in again.output


def test_an_article_whose_extraction_failed_keeps_its_recorded_verdict():
    # Failed articles are known by id (BuildReport.failed_ids), not by parsing their messages,
    # which name the file too ("ID (FILE:LINE): error"); "a1" failing says nothing of "a10".
    from kzgraph.validate.verdicts import written_this_build

    written = written_this_build(["a1", "a2", "a3", "a10"], {"a1", "a2"}, [("a3", "1 violation")])
    assert written == {"a3": "1 violation", "a10": None}
