"""`kzgraph build` progress: total known before extraction, a bar on a terminal, lines in a log."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from kzgraph.build import build_corpus
from kzgraph.cli import main
from kzgraph.cli.progress import BuildProgress
from kzgraph.reading.article import Article
from kzgraph.store.embedded import open_store


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_when_not_a_terminal_show_done_total_rate_and_time_left() -> None:
    stream, clock = io.StringIO(), FakeClock()
    with BuildProgress(stream=stream, interval=5, clock=clock) as progress:
        progress.set_total(4)
        for _ in range(4):
            clock.now += 3  # a line at most every 5 s, and one at the end
            progress.advance()
    lines = stream.getvalue().splitlines()
    assert lines == [
        "extracting 4 article(s)",
        "extracting: 2/4 articles (50%), 0.3 articles/s, about 6 s left",
        "extracting: 4/4 articles (100%), 0.3 articles/s, 12 s in all",
    ]
    assert "\r" not in stream.getvalue()


def test_a_larger_total_for_redone_articles_is_announced() -> None:
    stream, clock = io.StringIO(), FakeClock()
    progress = BuildProgress(stream=stream, interval=5, clock=clock)
    progress.set_total(2)
    progress.advance()
    progress.advance()
    progress.set_total(3)
    clock.now += 1
    progress.advance()
    text = stream.getvalue()
    assert "1 more article(s) to redo for a person merge" in text
    assert text.splitlines()[-1].startswith("extracting: 3/3 articles (100%)")


def test_quiet_writes_nothing() -> None:
    stream = Terminal()
    with BuildProgress(quiet=True, stream=stream) as progress:
        progress.set_total(3)
        progress.advance()
    assert stream.getvalue() == ""


def test_a_terminal_gets_a_bar_with_total_and_rate() -> None:
    stream = Terminal()
    with BuildProgress(stream=stream) as progress:
        progress.set_total(3)
        for _ in range(3):
            progress.advance()
    text = stream.getvalue()
    assert "\r" in text and "3/3" in text and "article/s" in text and "1/0" not in text


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, title=article_id)


TEXTS = {
    "p1": "Ministerpräsidentin Erika Tanne entließ am Dienstag den Finanzminister Udo Birke.",
    "p2": "Der Verkehrsminister Jonas Erle trat am Mittwoch zurück.",
}


def test_build_corpus_announces_the_total_before_the_first_article(tmp_path: Path) -> None:
    events: list[tuple[str, int]] = []
    store = open_store(tmp_path / "store")
    articles = [_article(aid, text) for aid, text in TEXTS.items()]
    build_corpus(articles, store, on_total=lambda n: events.append(("total", n)),
                 progress=lambda _item: events.append(("done", 1)))
    assert events == [("total", 2), ("done", 1), ("done", 1)]
    # Nothing to extract the second time: no total is announced, no article reported.
    events.clear()
    build_corpus(articles, store, on_total=lambda n: events.append(("total", n)),
                 progress=lambda _item: events.append(("done", 1)))
    assert events == []


def test_a_rerun_that_changed_nothing_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for aid, text in TEXTS.items():
        (corpus / f"{aid}.txt").write_text(text, encoding="utf-8")
    # With validation: a second build in the same process used to find the store still locked.
    args = ["build", str(corpus), "--store", str(tmp_path / "store")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    # CliRunner's stderr is not a terminal: plain progress lines with done/total.
    assert "extracting 2 article(s)" in first.stderr
    assert "extracting: 2/2 articles (100%)" in first.stderr
    assert "2 article graph(s) written" in first.stderr
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "nothing changed: 2 articles unchanged" in second.stderr
    assert "written" not in second.stderr and "extracting" not in second.stderr
    quiet = CliRunner().invoke(main, [*args, "-q"])
    assert "extracting" not in quiet.stderr
