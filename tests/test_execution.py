"""How a build runs its per-article work: time budget per article, one article's failure costing
that article only, in this process and in worker processes (fake NLP and extraction, fast)."""

from __future__ import annotations

import functools
import signal
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kzgraph.build
import kzgraph.extract
import kzgraph.graph.build
import kzgraph.nlp
from kzgraph.build import ArticleFailed, build_corpus
from kzgraph.cli import main
from kzgraph.execution.tasks import Settings
from kzgraph.reading.article import Article
from kzgraph.store.embedded import article_hashes, open_store
from tests.factories import TEXT, sample_article, sample_facts

SLOW = " Das dauert."  # the injected slow step runs on articles whose text ends so
STUBBORN = " Das dauert stur."  # ... and ignores the alarm, as a loop in C code would


def _fake_extract(_doc: object, article: Article) -> object:
    if article.text.endswith(STUBBORN):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if article.text.endswith(SLOW):
        time.sleep(60)
    return sample_facts(article.id)


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No spaCy: the 'doc' is the text; extraction gives the factory facts (or sleeps)."""
    monkeypatch.setattr(kzgraph.nlp, "load_pipeline", lambda model=None: (lambda text: text))
    monkeypatch.setattr(kzgraph.extract, "extract_article", _fake_extract)


def _corpus(ending: str) -> list[Article]:
    slow = Article(id="slow", text=TEXT + ending, path="corpus/slow.txt")
    return [sample_article("a1"), slow, sample_article("a2")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_past_its_budget_is_stopped_and_the_build_goes_on(jobs: int) -> None:
    store = open_store(None)
    began = time.monotonic()
    report = build_corpus(_corpus(SLOW), store, jobs=jobs, article_timeout=1)
    assert time.monotonic() - began < 30  # not the 60 s the slow step would take
    assert len(report.failed) == 1
    assert report.failed[0].startswith("slow (corpus/slow.txt): stopped after 1 s")
    assert report.failed_ids == {"slow"}  # the id, whatever the message says of the file
    assert set(article_hashes(store)) == {"a1", "a2"} and report.articles == 2


def test_a_worker_that_ignores_the_alarm_is_killed_and_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kzgraph.build, "Settings", functools.partial(Settings, grace=1.0))
    store = open_store(None)
    articles = [*_corpus(STUBBORN), sample_article("a3"), sample_article("a4")]
    # A budget of a few seconds: the other articles' graph steps must fit in it on a loaded
    # machine too; only the stubborn one sleeps far beyond budget and grace.
    report = build_corpus(articles, store, jobs=2, article_timeout=4)
    assert len(report.failed) == 1 and "worker process was killed" in report.failed[0]
    assert set(article_hashes(store)) == {"a1", "a2", "a3", "a4"}


def test_on_error_fail_stops_the_build_at_an_article_past_its_budget() -> None:
    with pytest.raises(ArticleFailed, match="slow"):
        build_corpus(_corpus(SLOW), open_store(None), article_timeout=1, on_error="fail")


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_one_articles_graph_costs_that_article(monkeypatch: pytest.MonkeyPatch,
                                                           jobs: int) -> None:
    real = kzgraph.graph.build.article_graph

    def failing(article: Article, *args: object) -> object:
        if article.id == "a2":
            raise ValueError("cannot mint")
        return real(article, *args)

    monkeypatch.setattr(kzgraph.graph.build, "article_graph", failing)
    store = open_store(None)
    articles = [sample_article("a1"), sample_article("a2"), sample_article("a3")]
    report = build_corpus(articles, store, jobs=jobs)
    assert report.failed == ["a2: graph: ValueError: cannot mint"]
    assert set(article_hashes(store)) == {"a1", "a3"}


def test_a_failing_validator_costs_that_article_only() -> None:
    def validator(graph: object) -> tuple[bool, str]:
        if any("a2" in str(s) for s in graph.subjects()):  # type: ignore[attr-defined]
            raise RuntimeError("shapes broke")
        return True, ""

    store = open_store(None)
    report = build_corpus([sample_article("a1"), sample_article("a2")], store, validator=validator)
    assert report.failed == ["a2: graph: RuntimeError: shapes broke"]
    assert set(article_hashes(store)) == {"a1"}


def test_a_validator_that_reads_n_triples_gets_the_graph_serialised_once() -> None:
    """The rudof engine reads N-Triples: the build hands it the serialisation it made for the
    store, which parses to the same graph it validates."""
    seen: list[tuple[int, bytes]] = []

    def validator(graph: object, ntriples: bytes | None = None) -> tuple[bool, str]:
        assert ntriples is not None
        seen.append((len(graph), ntriples))  # type: ignore[arg-type]
        return True, ""

    build_corpus([sample_article("a1")], open_store(None), validator=validator)
    ((triples, ntriples),) = seen
    assert len(list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))) == triples > 0


def test_progress_and_total_callbacks() -> None:
    totals: list[int] = []
    seen: list[str] = []
    build_corpus([sample_article("a1"), sample_article("a2")], open_store(None),
                 progress=lambda item: seen.append(item.article.id), on_total=totals.append)
    assert totals == [2] and seen == ["a1", "a2"]


def test_cli_reports_the_stopped_article_with_its_file(tmp_path) -> None:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gut.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "langsam.txt").write_text(TEXT + SLOW, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "store"), "-q",
                                       "--no-validate", "--article-timeout", "1"])
    assert result.exit_code == 2, result.output
    assert "langsam.txt" in result.output and "stopped after 1 s" in result.output
    store = ox.Store(str(tmp_path / "store"))
    assert len(article_hashes(store)) == 1
