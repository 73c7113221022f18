"""Incremental builds after an upgrade: a graph made by another kzgraph is redone, not kept.

The extraction is faked (factory facts, as in test_incremental.py); the upgrade is a different
extractor digest.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kzgraph.build
import kzgraph.execution.tasks
import kzgraph.graph.build
from kzgraph.build import Extracted, build_corpus
from kzgraph.cli import main
from kzgraph.graph import extractor_digest as digest_module
from kzgraph.graph.extractor_digest import extractor_digest
from kzgraph.graph.iris import KZ
from kzgraph.reading import content_hash
from kzgraph.reading.article import Article
from kzgraph.store.embedded import open_store, stored_articles
from tests.factories import TEXT, sample_article, sample_facts

NEWER = "f" * 64


@pytest.fixture(autouse=True)
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def extract_one(article: Article, model: str | None = None) -> Extracted:
        calls.append(article.id)
        return Extracted(article, sample_facts(article.id), content_hash(article))

    monkeypatch.setattr(kzgraph.execution.tasks, "extract_one", extract_one)
    return calls


def upgrade(monkeypatch: pytest.MonkeyPatch, digest: str = NEWER) -> None:
    """What installing another kzgraph does: both the plan and the graph writer see its digest."""
    monkeypatch.setattr(kzgraph.build, "extractor_digest", lambda: digest)
    monkeypatch.setattr(kzgraph.graph.build, "extractor_digest", lambda: digest)


def article_digests(store: ox.Store) -> dict[str, str | None]:
    return {article_id: digest for article_id, (_, digest) in stored_articles(store).items()}


def corpus(*ids: str) -> list[Article]:
    return [sample_article(a, 3) for a in ids]


def test_every_article_graph_records_the_extractor_digest(fake_extraction: list[str]) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    assert article_digests(store) == {"a1": extractor_digest(), "a2": extractor_digest()}


def test_an_upgrade_redoes_articles_whose_text_is_unchanged(
    fake_extraction: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    fake_extraction.clear()
    upgrade(monkeypatch)
    report = build_corpus(corpus("a1", "a2"), store)
    assert sorted(fake_extraction) == ["a1", "a2"]
    assert (report.outdated, report.unchanged, report.changed, report.new) == (["a1", "a2"], [], [], [])
    assert article_digests(store) == {"a1": NEWER, "a2": NEWER}
    fake_extraction.clear()
    again = build_corpus(corpus("a1", "a2"), store)  # same kzgraph once more: nothing to do
    assert fake_extraction == [] and again.unchanged == ["a1", "a2"] and again.outdated == []


def test_a_graph_without_a_digest_counts_as_made_by_an_earlier_version(fake_extraction: list[str]) -> None:
    store = open_store(None)
    build_corpus(corpus("a1", "a2"), store)
    for quad in list(store.quads_for_pattern(None, ox.NamedNode(str(KZ.extractorDigest)), None, None)):
        if "a1" in quad.graph_name.value:
            store.remove(quad)
    fake_extraction.clear()
    report = build_corpus(corpus("a1", "a2"), store)
    assert (fake_extraction, report.outdated, report.unchanged) == (["a1"], ["a1"], ["a2"])


def test_a_changed_text_is_reported_as_changed_not_as_outdated(
    fake_extraction: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(None)
    build_corpus(corpus("a1"), store)
    upgrade(monkeypatch)
    edited = sample_article("a1", 3)
    edited = Article(id=edited.id, text=edited.text + " Nachtrag.", date=edited.date, title=edited.title)
    report = build_corpus([edited], store)
    assert (report.changed, report.outdated) == (["a1"], [])


def test_cli_says_how_many_articles_a_new_kzgraph_redid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "corpus"
    articles.mkdir()
    for name in ("k1", "k2"):
        (articles / f"{name}.txt").write_text(f"date 2022-01-03\n{TEXT}\n", encoding="utf-8")
    args = ["build", str(articles), "--store", str(tmp_path / "store"), "--no-validate", "--quiet"]
    assert CliRunner().invoke(main, args).exit_code == 0
    upgrade(monkeypatch)
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "0 new, 0 changed, 0 unchanged (skipped), 0 pruned, 2 redone for a new kzgraph" in second.output
    assert "nothing changed" not in second.output


# -- the digest itself ---------------------------------------------------------------------


def test_the_digest_is_64_hex_digits_and_stable_within_a_process() -> None:
    first = extractor_digest()
    assert len(first) == 64 and set(first) <= set("0123456789abcdef")
    assert extractor_digest() == first


def test_a_big_file_counts_by_its_size_head_and_tail(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    body = bytearray(b"x" * (digest_module._WHOLE_LIMIT + 300_000))
    path.write_bytes(body)
    before = digest_module._file_part(path)
    body[10] = ord("y")  # a retrained model differs at its start
    path.write_bytes(body)
    assert digest_module._file_part(path) != before
    assert len(before) < len(body)  # not read whole into the digest


def test_a_small_file_counts_byte_by_byte(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("version: 1\nwords: [a]\n", encoding="utf-8")
    before = digest_module._file_part(path)
    path.write_text("version: 1\nwords: [b]\n", encoding="utf-8")
    assert digest_module._file_part(path) != before


def test_compiled_files_and_caches_do_not_count(tmp_path: Path) -> None:
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "m.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "m.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rules.yaml").write_text("a: 1\n", encoding="utf-8")
    names = sorted(name for name, _ in digest_module._files(tmp_path, "stage"))
    assert names == ["stage/m.py", "stage/sub/rules.yaml"]
