"""Hostile text going in (issue 27): a long parenthesis, text that is not clean Unicode, dates
outside years 1-9999, overlong tokens, articles longer than the NLP pipeline's limit.

Each builds through the real path (reader, pipeline, extraction, graph, SHACL) and keeps the
rest of its corpus and its facts; nothing ends in a traceback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.build import extract_one
from kzgraph.cli import main
from kzgraph.execution.tasks import Settings, configure, current_settings
from kzgraph.extract.grammar.dates import find_date
from kzgraph.nlp import OFFLINE, load_pipeline
from kzgraph.nlp.long_text import parse_in_parts, split_parts
from kzgraph.nlp.tagger import MAX_ANALYSED_CHARS
from kzgraph.reading import ArticleDate, read_corpus
from kzgraph.reading.article import Article
from tests.extract_helpers import facts

# Defect 1's construction in other words: a quotation, then "sagte der Mann" and a long
# parenthesis of plain words and commas, then the sentence of the arrest.
LONG_PARENTHESIS = (
    "Die Prüferin meldete sich am Morgen zu Wort. „Das trifft so nicht zu“, sagte der Mann (er ist "
    "jener Sachverständige, der vor Jahren wegen Voreingenommenheit aus dem Verfahren gegen die "
    "Bauholding abberufen wurde, und er hat damals sehr lange zu allen Fragen der Presse und der "
    "Anwälte geschwiegen, bis die Sache vergessen war) am Dienstag in Graz. "
    "Die Polizei nahm zwei Männer fest."
)


def build(corpus: Path, tmp_path: Path, *extra: str) -> tuple[int, str, Path]:
    """Run ``kzgraph build`` on ``corpus``; (exit code, stderr, the TriG file written)."""
    out = tmp_path / "graph.trig"
    result = CliRunner().invoke(
        main, ["build", str(corpus), "--output", str(out), "--store", str(tmp_path / "store"), "-q", *extra]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.output, out


def test_long_parenthesis_keeps_the_arrest_of_two_men() -> None:
    got = facts(LONG_PARENTHESIS, "2016-03-01")
    assert [(a.count.value if a.count else None) for a in got.arrests] == [2]
    assert any("Das trifft so nicht zu" in s.quote for s in got.statements)


def test_long_parenthesis_article_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gutachter.txt").write_text(" date 2016-03-01 " + LONG_PARENTHESIS, encoding="utf-8")
    code, output, out = build(corpus, tmp_path)
    assert code == 0, output
    assert "zwei Männer" in out.read_text(encoding="utf-8")


# -- text that is not clean Unicode (defects 3 and 6) ----------------------------------------------


def _surrogate_corpus(folder: Path) -> Path:
    lines = [
        '{"id": "a\\udc80b", "text": "Die Polizei nahm drei Männer fest."}',
        '{"id": "gut", "text": "Die Polizei nahm vier Frauen fest."}',
        '{"id": "c", "text": "Die Polizei nahm \\ud800 zwei Männer fest.", "quelle": "x\\udfffy"}',
        '{"id": "d", "text": "Die Polizei nahm fünf Männer fest.", "title": "\\udc9f", "\\udc80": 1}',
    ]
    path = folder / "surrogates.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lone_surrogates_are_replaced_with_a_note_naming_file_and_line(tmp_path: Path) -> None:
    path = _surrogate_corpus(tmp_path)
    reader = read_corpus(path)
    articles = list(reader)
    assert [a.id for a in articles] == ["a\ufffdb", "gut", "c", "d"]
    assert articles[2].text == "Die Polizei nahm \ufffd zwei Männer fest."
    assert articles[2].meta == {"quelle": "x\ufffdy"}
    assert articles[3].title == "\ufffd" and articles[3].meta == {"\ufffd": "1"}
    notes = {(p.line, p.is_fatal) for p in reader.problems}
    assert notes == {(1, False), (3, False), (4, False)}
    assert all(str(path) in str(p) and "surrogate" in p.message for p in reader.problems)
    assert "'text'" in reader.problems[1].message and "'quelle'" in reader.problems[1].message


def test_a_corpus_with_surrogates_builds_every_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _surrogate_corpus(corpus)
    code, output, out = build(corpus, tmp_path)
    assert code == 0, output
    assert "surrogates.jsonl:1:" in output and "4 article graph(s) written" in output
    text = out.read_text(encoding="utf-8")
    assert all(n in text for n in ("drei Männer", "vier Frauen", "zwei Männer", "fünf Männer"))


@pytest.mark.skipif(os.name != "posix", reason="a file name of raw bytes")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = os.path.join(os.fsencode(corpus), b"meldung-\xe9.txt")
    try:
        with open(name, "wb") as fh:
            fh.write("Die Polizei nahm drei Männer fest.".encode())
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    reader = read_corpus(corpus)
    [article] = list(reader)
    assert article.id == "meldung-\ufffd"
    [note] = reader.problems
    assert not note.is_fatal and "not valid UTF-8" in note.message and "\\udce9" in note.path
    code, output, _ = build(corpus, tmp_path)
    assert code == 0, output


# -- dates outside years 1-9999 ---------------------------------------------------------------------


@pytest.mark.parametrize("token", ["0000-01", "0000-01-01", "0000-12-31"])
def test_year_zero_is_rejected_with_a_note(tmp_path: Path, token: str) -> None:
    (tmp_path / "a.txt").write_text(f" date {token} Die Polizei nahm zwei Männer fest.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": "Die Polizei nahm zwei Männer fest.", "date": token}) + "\n",
        encoding="utf-8",
    )
    reader = read_corpus(tmp_path)
    articles = list(reader)
    assert [a.date for a in articles] == [None, None]
    assert [(Path(p.path).name, p.line, p.is_fatal) for p in reader.problems] == [
        ("a.txt", 1, False),
        ("b.jsonl", 1, False),
    ]
    assert all("outside 0001-9999" in p.message for p in reader.problems)


def test_first_and_last_representable_years_are_kept() -> None:
    assert ArticleDate.parse("0001-01-01") == ArticleDate(1, 1, 1)
    assert ArticleDate.parse("9999-12") == ArticleDate(9999, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Gestern wurde er entlassen.",
        "Vorgestern trat sie zurück.",
        "Am Montag wurde er ernannt.",
        "Im Vorjahr war er Minister.",
        "Im vergangenen Jahr trat sie zurück.",
        "Am 28. Dezember wurde er entlassen.",
        "Im Dezember wurde er entlassen.",
        "Am 3. Mai 0000 trat er zurück.",
        "Im Mai 0000 trat er zurück.",
    ],
)
@pytest.mark.parametrize("adate", [ArticleDate(1, 1, 1), ArticleDate(1, 1)])
def test_date_arithmetic_before_year_one_finds_no_invalid_date(text: str, adate: ArticleDate) -> None:
    date = find_date(text, adate)
    for value in (date.iso, date.year_month, date.year) if date else ():
        assert value is None or not value.startswith(("0000", "-")), value


def test_article_of_year_one_builds_and_conforms(tmp_path: Path) -> None:
    text = (
        " date 0001-01-01 Gestern nahm die Polizei zwei Männer fest. Am Montag entließ der Präsident "
        "Innenminister Karl Berger. Im Vorjahr war Berger Justizminister. Am 28. Dezember trat "
        "Ministerin Anna Weber zurück."
    )
    (tmp_path / "antik.txt").write_text(text, encoding="utf-8")
    code, output, out = build(tmp_path / "antik.txt", tmp_path)
    assert code == 0, output
    graph = out.read_text(encoding="utf-8")
    assert "0001-01-01" in graph and '"0"' not in graph and '"-1"' not in graph


def test_a_figure_told_on_a_weekday_before_year_one_is_dated_by_its_article(tmp_path: Path) -> None:
    # "am Freitag" in an article of 0001-01-01 names no calendar day; the figure is still a dated
    # claim (FigureDateShape), by the article that reports it. Found by the fuzz run.
    text = " date 0001-01-01 Am Freitag wurden in der Hauptstadt 40 Demonstranten festgenommen."
    (tmp_path / "freitag.txt").write_text(text, encoding="utf-8")
    code, output, out = build(tmp_path / "freitag.txt", tmp_path)
    assert code == 0, output
    assert "0001-01-01" in out.read_text(encoding="utf-8")


# -- overlong tokens (defect 5) -------------------------------------------------------------------


def test_overlong_tokens_are_not_analysed_by_hanta(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline(OFFLINE)
    tagger = nlp.get_pipe("kz_hanta")
    seen: list[int] = []
    original = tagger.hanta.tag_sent

    def tag_sent(words: list[str], *args: object, **kwargs: object) -> object:
        seen.extend(len(w) for w in words)
        return original(words, *args, **kwargs)

    monkeypatch.setattr(tagger.hanta, "tag_sent", tag_sent)
    long_word = "Verwaltungs" + "x" * 5000 + "gesetz"
    text = f"Er las {long_word} vor. Sie rief {'„' * 3000} laut. Die Polizei nahm zwei Männer fest."
    doc = nlp(text)
    assert max(seen) <= MAX_ANALYSED_CHARS
    assert doc.text == text
    token = next(t for t in doc if len(t.text) > 5000)
    assert token.text == long_word and token.lemma_ == long_word and token.tag_


def test_article_with_a_5000_character_token_keeps_its_arrest() -> None:
    text = "Ein Leser schrieb " + "ha" * 2500 + " ins Forum. Die Polizei nahm zwei Männer fest."
    got = extract_one(Article(id="lang", text=text))
    assert got.error is None
    assert [a.count.value for a in got.facts.arrests if a.count] == [2]


# -- articles longer than the pipeline's max_length (item 5) ---------------------------------------


def test_split_parts_cuts_at_paragraphs_then_sentences_then_spaces() -> None:
    text = "Erster Satz. Zweiter Satz.\n\nNeuer Absatz hier. Noch einer."
    spans = split_parts(text, 40)
    assert "".join(text[a:b] for a, b in spans) == text
    assert text[spans[0][0] : spans[0][1]] == "Erster Satz. Zweiter Satz.\n\n"
    spans = split_parts("Ein Satz. Zwei Satz. Drei Satz. Vier Satz.", 25)
    assert [b - a for a, b in spans] == [21, 21]
    assert split_parts("a" * 10, 4) == [(0, 4), (4, 8), (8, 10)]


def test_parts_joined_keep_offsets_sentences_and_entities() -> None:
    nlp = load_pipeline(OFFLINE)
    paragraph = (
        "Präsident Kassym Berger entließ am Montag den Innenminister. "
        "„Wir handeln“, sagte Berger in Astana.\n\n"
    )
    text = paragraph * 6
    whole = nlp(text)
    parts = parse_in_parts(nlp, text, limit=len(paragraph) * 2 + 5)
    assert parts.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in parts)
    assert [(t.idx, t.tag_) for t in parts] == [(t.idx, t.tag_) for t in whole]
    assert [s.start_char for s in parts.sents] == [s.start_char for s in whole.sents]
    assert [(e.start_char, e.label_) for e in parts.ents] == [(e.start_char, e.label_) for e in whole.ents]


def test_article_over_the_size_bound_is_reported_and_the_rest_built(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kurz.txt").write_text("Die Polizei nahm zwei Männer fest.", encoding="utf-8")
    long_text = ("Die Polizei nahm drei Männer fest. " * 10).encode()
    (corpus / "lang.txt").write_bytes(long_text)
    code, output, out = build(corpus, tmp_path, "--max-article-bytes", "100")
    assert code == 0, output
    message = f"lang.txt: article too large ({len(long_text)} bytes; max_article_bytes is 100)"
    assert message in output
    assert "zwei Männer" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_article_over_a_million_characters_keeps_a_fact_beyond_the_limit() -> None:
    filler = [
        "Der Ausschuss beriet am Nachmittag über die Haushaltslage der Stadt.",
        "Mehrere Redner forderten mehr Geld für Schulen und Straßen.",
        "Die Sitzung wurde nach einer kurzen Pause fortgesetzt.",
        "Ein Sprecher der Verwaltung verwies auf die steigenden Kosten.",
    ]
    paragraphs: list[str] = []
    size = 0
    while size < 1_050_000:
        paragraph = " ".join(filler[(len(paragraphs) + k) % 4] for k in range(4)) + "\n\n"
        paragraphs.append(paragraph)
        size += len(paragraph)
    fact = "Die Polizei nahm am Abend drei Männer fest."
    text = "".join(paragraphs) + fact + "\n\n" + "".join(paragraphs[:300])
    assert len(text) > 1_100_000 and text.index(fact) > 1_000_000
    # What is tested is the fact beyond the parser's limit, not speed: on a loaded machine the
    # default per-article budget (60 s) could end it, so this test lifts the budget.
    before = current_settings()
    configure(Settings(model=before.model, validator=before.validator, timeout=None))
    try:
        got = extract_one(Article(id="protokoll", text=text))
    finally:
        configure(before)
    assert got.error is None, got.error
    [arrest] = got.facts.arrests
    assert arrest.count.value == 3
    assert arrest.evidence.start > 1_000_000
    assert text[arrest.evidence.start : arrest.evidence.end] == arrest.evidence.sentence
