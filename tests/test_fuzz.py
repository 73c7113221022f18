"""Property tests: whatever is in the files, reading never raises and never loses silently."""

from __future__ import annotations

import inspect
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzgraph.reading import Article, CorpusReadError, read_corpus

FUZZ = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])

date_prefixes = st.sampled_from(
    ["", " date 2022-01 ", " date 2022-01-08\n", " date 2022-13 ", " date ", "date x"]
)
json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
# Objects that are often almost articles: the interesting mistakes are near the valid ones.
json_articles = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=8) | st.integers() | json_values,
        "text": st.text(max_size=80) | json_values,
        "date": st.sampled_from(["2022-01", "2022-01-08", "2022-02-30", "gestern"]) | json_values,
        "title": st.text(max_size=10) | json_values,
        "extra": json_values,
    },
)


@contextmanager
def corpus_dir() -> Iterator[Path]:
    # Not pytest's tmp_path: hypothesis runs many examples per test, each needs a fresh folder.
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def assert_accounted(articles: list[Article], reader: object, expected_items: int) -> None:
    """Every item became an article or exactly one fatal problem."""
    fatal = [p for p in reader.problems if p.is_fatal]  # type: ignore[attr-defined]
    assert len(articles) + len(fatal) == expected_items, reader.summary()  # type: ignore[attr-defined]
    assert reader.read == len(articles) and reader.skipped == len(fatal)  # type: ignore[attr-defined]
    for article in articles:
        assert article.text.strip() and "\r" not in article.text
        assert str(reader.summary())  # type: ignore[attr-defined]


@FUZZ
@given(prefix=date_prefixes, body=st.text(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_text_files(prefix: str, body: str, encoding: str) -> None:
    with corpus_dir() as root:
        (root / "a.txt").write_bytes((prefix + body).encode(encoding, errors="replace"))
        reader = read_corpus(root)
        articles = list(reader)
        assert_accounted(articles, reader, 1)
        if articles:
            assert articles[0].id == "a"


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_random_bytes_files(data: bytes, suffix: str) -> None:
    with corpus_dir() as root:
        (root / f"a{suffix}").write_bytes(data)
        reader = read_corpus(root)
        articles = list(reader)  # must not raise
        if suffix == ".txt":
            assert_accounted(articles, reader, 1)
        assert reader.read == len(articles)


@FUZZ
@given(objects=st.lists(json_articles | json_values, max_size=6), garbage=st.lists(st.text(max_size=20)))
def test_random_json_lines(objects: list[object], garbage: list[str]) -> None:
    lines = [json.dumps(o) for o in objects] + [g.replace("\n", " ").replace("\r", " ") for g in garbage]
    # bytes.strip, as the reader does: str.strip would also drop \x1c-\x1f and U+2028
    nonblank = sum(1 for line in lines if line.encode().strip())
    with corpus_dir() as root:
        (root / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
        reader = read_corpus(root)
        articles = list(reader)
        if any(p.fatal_for == "file" for p in reader.problems):
            # refused as a whole (binary, empty): nothing read, one problem
            assert articles == [] and reader.skipped == 1
        elif nonblank:
            assert_accounted(articles, reader, nonblank)
        else:
            assert articles == [] and reader.skipped == 1  # an empty file is one problem
        assert len({a.id for a in articles}) == len(articles)  # duplicates were skipped
        with pytest.raises(CorpusReadError) if reader.skipped else _nothing():
            list(read_corpus(root, on_error="fail"))


@contextmanager
def _nothing() -> Iterator[None]:
    yield


# --- extraction must survive whatever text reading lets through ------------------------------


@pytest.fixture(scope="module")
def extract_setup():  # type: ignore[no-untyped-def]
    extract = pytest.importorskip("kzgraph.extract")
    if not hasattr(extract, "extract_article"):
        pytest.skip("kzgraph.extract.extract_article does not exist yet")
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return extract.extract_article, nlp


def _facts(result: object) -> list[object]:
    if hasattr(result, "all_facts"):
        return list(result.all_facts())
    return list(result) if isinstance(result, list | tuple) else []  # type: ignore[arg-type]


german_ish = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ .,;:!?\"'„“«»()-–\n0123456789")
    ),
    max_size=300,
)
phrases = st.lists(
    st.sampled_from(
        [
            "Präsident Kassym-Schomart Tokajew",
            " entließ ",
            " die Regierung",
            " ernannte Alichan Smailow zum Ministerpräsidenten",
            " wurden 4400 Menschen festgenommen",
            "«Ich habe den Befehl gegeben», sagte Tokajew am Samstag.",
            " laut Innenministerium ",
            ". ",
            "\n\n",
        ]
    )
    | german_ish,
    max_size=12,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=phrases | st.text(max_size=200))
def test_extract_article_survives_random_text(extract_setup, text: str) -> None:  # type: ignore[no-untyped-def]
    extract_article, nlp = extract_setup
    if not text.strip():
        text = "x"
    article = Article(id="fuzz", text=text)
    first = next(iter(inspect.signature(extract_article).parameters), "doc")
    # The brief says extract_article(doc, article); accept a pipeline as first argument too.
    pipeline_first = first in ("nlp", "pipeline", "language")
    result = extract_article(nlp if pipeline_first else nlp(text), article)
    for fact in _facts(result):
        evidence = fact.evidence  # type: ignore[attr-defined]
        assert 0 <= evidence.start <= evidence.end <= len(text), (evidence, text)
