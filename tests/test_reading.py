"""Reading articles: the example corpus, every kind of bad input, both error modes."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from kzgraph.reading import (
    Article,
    ArticleDate,
    CorpusReader,
    CorpusReadError,
    ReadProblem,
    content_hash,
    read_corpus,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "kasachstan-2022"
GOOD = " date 2022-01 Kasachstans Präsident Tokajew entließ die Regierung."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_all(path: Path, **kwargs: object) -> tuple[list[Article], CorpusReader]:
    reader = read_corpus(path, **kwargs)  # type: ignore[arg-type]
    return list(reader), reader


def only_problem(reader: CorpusReader) -> ReadProblem:
    assert len(reader.problems) == 1, reader.problems
    return reader.problems[0]


# --- the example corpus ------------------------------------------------------------------


def test_example_corpus() -> None:
    articles, reader = read_all(EXAMPLES)
    assert [a.id for a in articles] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert len(articles) == 5
    for article in articles:
        assert article.date == ArticleDate(2022, 1)
        assert not article.text.startswith(("date", " "))
        assert article.text.startswith(("Kasachstans", "Tokajew", "Im ", "In "))
        assert "\r" not in article.text
        assert article.path and article.path.endswith(article.id + ".txt")
    assert reader.problems == []
    assert (reader.read, reader.skipped) == (5, 0)
    assert reader.summary() == "5 articles read, 0 skipped"


# --- the .txt format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "date", "text"),
    [
        (" date 2022-01 Text hier.", ArticleDate(2022, 1), "Text hier."),
        (" date 2022-01-08\nText hier.\n", ArticleDate(2022, 1, 8), "Text hier."),
        ("date 2022-01\n\nText hier.", ArticleDate(2022, 1), "Text hier."),
        ("Text ohne Datum.", None, "Text ohne Datum."),
        ("Datenschutz ist wichtig.", None, "Datenschutz ist wichtig."),
        ("Date mit Folgen.", None, "Date mit Folgen."),  # the German noun, not a date line
        ("datenbank date 2022-01", None, "datenbank date 2022-01"),
    ],
)
def test_txt_date_line(tmp_path: Path, content: str, date: ArticleDate | None, text: str) -> None:
    articles, reader = read_all(write(tmp_path / "a.txt", content))
    assert reader.problems == []
    assert [(a.id, a.date, a.text) for a in articles] == [("a", date, text)]


@pytest.mark.parametrize("token", ["2022-13", "gestern", "2022-02-30", "2022-1", "٢٠٢٢-٠١"])
@pytest.mark.parametrize("on_error", ["skip", "fail"])
def test_malformed_date_keeps_article_with_note(tmp_path: Path, token: str, on_error: str) -> None:
    articles, reader = read_all(write(tmp_path / "a.txt", f" date {token} Der Text."), on_error=on_error)
    assert [(a.date, a.text) for a in articles] == [(None, "Der Text.")]
    problem = only_problem(reader)
    assert (problem.line, problem.fatal_for) == (1, None)
    assert "malformed date" in problem.message and token in problem.message
    assert str(problem).startswith(f"{tmp_path / 'a.txt'}:1: malformed date")
    assert (reader.read, reader.skipped, reader.notes) == (1, 0, 1)


def test_date_line_without_date(tmp_path: Path) -> None:
    articles, reader = read_all(write(tmp_path / "a.txt", " date\nDer Text."))
    assert [(a.date, a.text) for a in articles] == [(None, "Der Text.")]
    assert "without a date" in only_problem(reader).message


def test_bom_and_line_endings(tmp_path: Path) -> None:
    content = b"\xef\xbb\xbf date 2022-01 Erste Zeile.\r\nZweite Zeile.\rDritte."
    articles, reader = read_all(write(tmp_path / "a.txt", content))
    assert reader.problems == []
    assert articles[0].date == ArticleDate(2022, 1)
    assert articles[0].text == "Erste Zeile.\nZweite Zeile.\nDritte."


# --- bad files, both modes -------------------------------------------------------------------

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty file"),
    ("blank", b" \n\t\r\n", "empty file"),
    ("only-date", b" date 2022-01\n", "no text"),
    ("nul", b"Text\x00\x01\x02 mehr", "binary file"),
    ("random", random.Random(1).randbytes(4000).replace(b"\x00", b"\x01"), "binary file"),
    ("controls", b"\x01\x02\x03\x04 abc", "binary file"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_txt_skip(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    write(tmp_path / f"{name}.txt", content)
    write(tmp_path / "ok.txt", GOOD)
    articles, reader = read_all(tmp_path)
    assert [a.id for a in articles] == ["ok"]
    problem = only_problem(reader)
    assert problem.path == str(tmp_path / f"{name}.txt")
    assert message in problem.message and problem.is_fatal
    assert (reader.read, reader.skipped) == (1, 1)
    summary = reader.summary()
    assert summary.startswith("1 article read, 1 skipped:")
    assert f"{name}.txt" in summary and message in summary


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_txt_fail(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    write(tmp_path / f"{name}.txt", content)
    with pytest.raises(CorpusReadError) as info:
        list(read_corpus(tmp_path, on_error="fail"))
    assert info.value.problem.path == str(tmp_path / f"{name}.txt")
    assert message in str(info.value)


def test_fail_mode_delivers_articles_before_the_problem(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", b"")
    reader = read_corpus(tmp_path, on_error="fail")
    stream = iter(reader)
    assert next(stream).id == "a"
    with pytest.raises(CorpusReadError, match="empty file"):
        next(stream)
    assert reader.skipped == 1


def test_cp1252_is_decoded_with_a_note(tmp_path: Path) -> None:
    text = " date 2022-01 Präsident Tokajew äußerte sich über „Terroristen“ – 5 €."
    for on_error in ("skip", "fail"):  # a note is no error: fail mode keeps going
        articles, reader = read_all(write(tmp_path / "latin.txt", text.encode("cp1252")), on_error=on_error)
        assert [a.text for a in articles] == [text.removeprefix(" date 2022-01 ")]
        problem = only_problem(reader)
        assert problem.fatal_for is None and "Windows-1252" in problem.message
        assert reader.summary().startswith("1 article read, 0 skipped, 1 note:")


def test_mostly_utf8_keeps_umlauts(tmp_path: Path) -> None:
    data = "Präsident Tokajew äußerte sich. ".encode() * 3 + b"\xff kaputt."
    articles, reader = read_all(write(tmp_path / "a.txt", data))
    assert "Präsident" in articles[0].text and "\ufffd kaputt." in articles[0].text
    assert "U+FFFD" in only_problem(reader).message


def test_large_article_and_limit(tmp_path: Path) -> None:
    sentence = "Tokajew entließ die Regierung und ernannte einen neuen Ministerpräsidenten. "
    big = " date 2022-01 " + sentence * (10_000_000 // len(sentence.encode()) + 1)
    write(tmp_path / "big.txt", big)
    articles, reader = read_all(tmp_path)
    assert len(articles[0].text.encode()) > 10_000_000 and reader.problems == []
    articles, reader = read_all(tmp_path, max_article_bytes=1_000_000)
    assert articles == []
    problem = only_problem(reader)
    assert "too large" in problem.message and "max_article_bytes is 1000000" in problem.message


def test_duplicate_ids_report_and_skip_the_later(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", " date 2022-01 Erster.")
    write(tmp_path / "b" / "x.txt", " date 2022-01 Zweiter.")
    write(tmp_path / "b" / "y.jsonl", json.dumps({"id": "x", "text": "Dritter."}) + "\n")
    articles, reader = read_all(tmp_path)
    assert [a.text for a in articles] == ["Erster."]
    assert reader.skipped == 2
    first, second = reader.problems
    assert first.path == str(tmp_path / "b" / "x.txt")
    assert "duplicate article id 'x'" in first.message and str(tmp_path / "a" / "x.txt") in first.message
    assert (second.path, second.line) == (str(tmp_path / "b" / "y.jsonl"), 1)
    with pytest.raises(CorpusReadError, match="duplicate"):
        list(read_corpus(tmp_path, on_error="fail"))


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    real_open = Path.open

    def fake_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == denied:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", fake_open)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    denied = write(tmp_path / f"secret{suffix}", GOOD)
    write(tmp_path / "ok.txt", GOOD)
    _deny(monkeypatch, denied)
    articles, reader = read_all(tmp_path)
    assert [a.id for a in articles] == ["ok"]
    problem = only_problem(reader)
    assert problem.path == str(denied) and problem.fatal_for == "file"
    assert "cannot read file: Permission denied" in problem.message
    with pytest.raises(CorpusReadError, match="Permission denied"):
        list(read_corpus(tmp_path, on_error="fail"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read mode-000 files")
def test_unreadable_file_real(tmp_path: Path) -> None:
    denied = write(tmp_path / "secret.txt", GOOD)
    denied.chmod(0)
    try:
        articles, reader = read_all(tmp_path)
    finally:
        denied.chmod(0o644)
    assert articles == [] and "Permission denied" in only_problem(reader).message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    articles, reader = read_all(tmp_path)
    assert articles == [] and "not a regular file" in only_problem(reader).message


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_good_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Erster\r\nText.", "date": "2022-01-08", "title": "T", "lang": "de"}),
        "",  # blank lines are not articles
        json.dumps({"id": 7, "text": "Zweiter.", "url": "https://x.example", "source": "dpa", "n": 3}),
    ]
    path = write(tmp_path / "c.jsonl", "\ufeff" + "\r\n".join(lines) + "\n\n")
    articles, reader = read_all(path)
    assert reader.problems == []
    a, b = articles
    assert (a.id, a.text, a.date, a.title, a.line, a.meta) == (
        "a",
        "Erster\nText.",
        ArticleDate(2022, 1, 8),
        "T",
        1,
        {"lang": "de"},
    )
    assert (b.id, b.url, b.source, b.line, b.meta) == ("7", "https://x.example", "dpa", 3, {"n": "3"})


BAD_LINES: list[tuple[str, str]] = [
    ("{kein json", "not valid JSON"),
    ('["a", "b"]', "expected a JSON object, got an array"),
    ('{"text": "Ohne id."}', "missing 'id'"),
    ('{"id": "", "text": "Leere id."}', "'id' must be a non-empty string"),
    ('{"id": true, "text": "Bool-id."}', "'id' must be a non-empty string, got a boolean"),
    ('{"id": "b"}', "article 'b': missing 'text'"),
    ('{"id": "b", "text": 42}', "'text' must be a string, got a number"),
    ('{"id": "b", "text": ["x"]}', "'text' must be a string, got an array"),
    ('{"id": "b", "text": "  "}', "empty 'text'"),
    ("[" * 100_000, "not valid JSON"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES, ids=[m for _, m in BAD_LINES])
def test_jsonl_bad_line(tmp_path: Path, line: str, message: str) -> None:
    good = json.dumps({"id": "ok", "text": "Gut."})
    path = write(tmp_path / "c.jsonl", f"{good}\n{line}\n{json.dumps({'id': 'ok2', 'text': 'Gut.'})}\n")
    articles, reader = read_all(path)
    assert [a.id for a in articles] == ["ok", "ok2"]
    problem = only_problem(reader)
    assert (problem.path, problem.line, problem.fatal_for) == (str(path), 2, "article")
    assert message in problem.message
    assert str(problem).startswith(f"{path}:2: ")
    assert reader.summary().startswith("2 articles read, 1 skipped:")
    with pytest.raises(CorpusReadError) as info:
        list(read_corpus(path, on_error="fail"))
    assert info.value.problem.line == 2


def test_jsonl_soft_problems_keep_the_article(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "Text.", "date": "gestern", "title": 5})
    articles, reader = read_all(write(tmp_path / "c.jsonl", line), on_error="fail")
    assert [(a.id, a.date, a.title) for a in articles] == [("a", None, None)]
    assert [p.fatal_for for p in reader.problems] == [None, None]
    assert "malformed 'date'" in reader.problems[0].message
    assert "'title' must be a string" in reader.problems[1].message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\n\n", "empty file"),
        # a form feed or vertical tab is blank as a line is (bytes.strip): the file is empty, not silent
        (b"\x0c", "empty file"),
        (b"\x0b\n\x0c\n", "empty file"),
        # blank beyond the first bytes the reader sniffs
        (b"\n" * 10_000, "empty file"),
        (b'{"id": "a", "text": "\x00"}\x00\x00', "binary file"),
    ],
)
def test_jsonl_bad_file(tmp_path: Path, content: bytes, message: str) -> None:
    articles, reader = read_all(write(tmp_path / "c.jsonl", content))
    problem = only_problem(reader)
    assert articles == [] and problem.fatal_for == "file" and message in problem.message


def test_jsonl_stray_nul_costs_one_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": "Gut."})
    articles, reader = read_all(write(tmp_path / "c.jsonl", f"{good}\n\x00kaputt\n".encode()))
    assert [a.id for a in articles] == ["a"]
    problem = only_problem(reader)
    assert (problem.line, problem.fatal_for) == (2, "article") and "binary" in problem.message


def test_jsonl_cp1252_noted_once(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(i), "text": "Präsident äußerte"}, ensure_ascii=False) for i in range(3)]
    articles, reader = read_all(write(tmp_path / "c.jsonl", "\n".join(lines).encode("cp1252")))
    assert [a.text for a in articles] == ["Präsident äußerte"] * 3
    problem = only_problem(reader)
    assert problem.line == 1 and problem.fatal_for is None and "Windows-1252" in problem.message


def test_jsonl_overlong_line(tmp_path: Path) -> None:
    long_line = json.dumps({"id": "big", "text": "x" * 5000})
    path = write(tmp_path / "c.jsonl", f"{long_line}\n{json.dumps({'id': 'small', 'text': 'y'})}\n")
    articles, reader = read_all(path, max_article_bytes=1000)
    assert [a.id for a in articles] == ["small"]
    problem = only_problem(reader)
    assert problem.line == 1 and "line too large" in problem.message


# --- the corpus as a whole ------------------------------------------------------------------


def test_order_is_deterministic_and_recursive(tmp_path: Path) -> None:
    for rel in ["b/z.txt", "b/a.txt", "a/y.txt", "top.txt", "c.jsonl", ".hidden/h.txt", ".x.txt"]:
        write(tmp_path / rel, json.dumps({"id": "j", "text": "J."}) if rel.endswith(".jsonl") else GOOD)
    write(tmp_path / "README.md", "not an article")
    articles, reader = read_all(tmp_path)
    assert [a.id for a in articles] == ["j", "top", "y", "a", "z"]
    assert reader.problems == [] and reader.files == 5


def test_single_file_and_bad_paths(tmp_path: Path) -> None:
    articles, _ = read_all(write(tmp_path / "a.txt", GOOD))
    assert [a.id for a in articles] == ["a"]
    articles, reader = read_all(tmp_path / "missing")
    assert articles == [] and "cannot read corpus path" in only_problem(reader).message
    articles, reader = read_all(write(tmp_path / "a.md", GOOD))
    assert articles == [] and "not a .txt or .jsonl file" in only_problem(reader).message
    with pytest.raises(CorpusReadError):
        list(read_corpus(tmp_path / "missing", on_error="fail"))
    with pytest.raises(ValueError):
        read_corpus(tmp_path, on_error="ignore")  # type: ignore[arg-type]


def test_reader_is_lazy_and_restartable(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", b"")
    reader = read_corpus(tmp_path)
    assert reader.read == 0 and reader.problems == []  # nothing read before iterating
    assert len(list(reader)) == 1 and reader.skipped == 1
    assert len(list(reader)) == 1 and (reader.read, reader.skipped, len(reader.problems)) == (1, 1, 1)


def test_summary_lists_every_problem_up_to_a_limit(tmp_path: Path) -> None:
    for i in range(25):
        write(tmp_path / f"e{i:02d}.txt", b"")
    _, reader = read_all(tmp_path)
    summary = reader.summary()
    assert summary.startswith("0 articles read, 25 skipped:")
    assert summary.count("empty file") == 20 and summary.endswith("... and 5 more")


def test_problem_str() -> None:
    assert (
        str(ReadProblem("a.jsonl", 3, "not valid JSON", "article"))
        == "a.jsonl:3: not valid JSON [article skipped]"
    )
    assert str(ReadProblem("a.txt", None, "empty file", "file")) == "a.txt: empty file [file skipped]"
    assert str(ReadProblem("a.txt", 1, "decoded", None)) == "a.txt:1: decoded [note]"


def test_content_hash() -> None:
    a = Article(id="a", text="Text.", date=ArticleDate(2022, 1))
    assert content_hash(a) == content_hash(
        Article(id="a", text="Text.", date=ArticleDate(2022, 1), title="T")
    )
    others = [
        Article(id="b", text="Text.", date=ArticleDate(2022, 1)),
        Article(id="a", text="Text!", date=ArticleDate(2022, 1)),
        Article(id="a", text="Text.", date=ArticleDate(2022, 1, 1)),
        Article(id="a", text="Text."),
    ]
    assert len({content_hash(a), *map(content_hash, others)}) == 5
    assert len(content_hash(a)) == 64
