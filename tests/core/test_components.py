"""The pipeline does the NLP the extractors read: registered components that declare what they
assign, appended to every pipeline ``load_pipeline`` gives, and read (never redone) by the
article context."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from kzgraph.extract import extract_article
from kzgraph.extract.core.components import EXTRACTION_COMPONENTS, SEGMENTS, ensure_annotated
from kzgraph.extract.core.context import ArticleContext
from kzgraph.nlp import OFFLINE, load_pipeline
from kzgraph.nlp.long_text import parse_in_parts
from tests.extract_helpers import article

TEXT = (
    "Hamburg (dpa) - Bürgermeisterin Greta Sommerfeld hat am Dienstag den Senator Paul Brandt entlassen. "
    "„Das war nötig“, sagte Sommerfeld.\n\n"
    "Brandt war 2019 ernannt worden. Die Polizei enthob gestern zwei Beamte ihrer Posten.\n\n"
)


def _layer(doc: spacy.tokens.Doc) -> tuple[object, ...]:
    return (
        [(s.start_char, s.end_char) for s in doc.spans[SEGMENTS]],
        doc._.kz_persons,
        doc._.kz_dates,
        [(t.idx, t.tag_, t.pos_) for t in doc],
    )


def test_every_component_is_registered_and_declares_what_it_assigns() -> None:
    for name in EXTRACTION_COMPONENTS:
        meta = Language.get_factory_meta(name)
        assert meta.assigns, name
    assert "doc.spans" in Language.get_factory_meta("kz_segments").assigns
    assert "doc._.kz_persons" in Language.get_factory_meta("kz_persons").assigns
    assert {"token.tag", "token.pos"} <= set(Language.get_factory_meta("kz_event_verbs").assigns)


def test_the_offline_pipeline_ends_with_the_components() -> None:
    nlp = load_pipeline(OFFLINE)
    assert tuple(nlp.pipe_names[-len(EXTRACTION_COMPONENTS) :]) == EXTRACTION_COMPONENTS
    problems = nlp.analyze_pipes()["problems"]  # a required attribute no earlier component assigns
    assert all(not problems[name] for name in EXTRACTION_COMPONENTS)


def test_another_loaded_pipeline_gets_them_too(tmp_path: Path) -> None:
    # a pipeline directory that is not kzgraph's (as a pretrained package is loaded by spacy.load)
    other = spacy.blank("de")
    other.add_pipe("sentencizer")
    other.to_disk(tmp_path / "other")
    nlp = load_pipeline(str(tmp_path / "other"))
    assert nlp.pipe_names == ["sentencizer", *EXTRACTION_COMPONENTS]
    doc = nlp("Kanzlerin Greta Sommerfeld entließ am Montag den Minister Paul Brandt.")
    assert [p["name"] for p in doc._.kz_persons] == ["Greta Sommerfeld", "Paul Brandt"]
    assert [[e[1] for e in found] for found in doc._.kz_dates] == [["weekday"]]


def test_the_doc_holds_segments_persons_and_dates() -> None:
    doc = load_pipeline()(TEXT)
    segments = [s.text for s in doc.spans[SEGMENTS]]
    assert segments[0] == "Hamburg (dpa) -"  # the dateline is a segment of its own
    assert segments[2].startswith("„Das war nötig“")  # the opening quote stays with its sentence
    names = {p["name"]: p for p in doc._.kz_persons}
    assert set(names) == {"Greta Sommerfeld", "Paul Brandt"}
    assert names["Greta Sommerfeld"]["gender"] == "f"
    kinds = [[e[1] for e in found] for found in doc._.kz_dates]
    assert kinds[1] == ["weekday"] and ["year"] in kinds and ["relative_day"] in kinds
    assert len(doc._.kz_dates) == len(segments)


def test_the_context_reads_the_doc_and_does_not_redo_it() -> None:
    doc = load_pipeline()(TEXT)
    doc._.kz_persons = [p for p in doc._.kz_persons if p["name"] != "Paul Brandt"]
    ctx = ArticleContext(doc, article(TEXT))
    assert [p.name for p in ctx.persons] == ["Greta Sommerfeld"]
    assert [s.text for s in ctx.sentences] == [s.text for s in doc.spans[SEGMENTS]]


def test_a_doc_without_the_components_gets_the_same_layer() -> None:
    nlp = load_pipeline()
    full = nlp(TEXT)
    with nlp.select_pipes(disable=list(EXTRACTION_COMPONENTS)):
        bare = nlp(TEXT)
    assert SEGMENTS not in bare.spans and bare._.kz_persons is None
    assert _layer(ensure_annotated(bare)) == _layer(full)


def test_extracting_a_doc_twice_gives_the_same_facts() -> None:
    doc = load_pipeline()(TEXT)
    assert extract_article(doc, article(TEXT)) == extract_article(doc, article(TEXT))


def test_a_text_parsed_in_parts_gets_the_components_once_on_the_whole() -> None:
    nlp = load_pipeline(OFFLINE)
    text = TEXT * 4
    whole = nlp(text)
    parts = parse_in_parts(nlp, text, limit=len(TEXT) + 7)
    assert _layer(parts) == _layer(whole)
    # persons are merged over the whole article, not per part
    assert len(parts._.kz_persons) == 2


def test_the_layer_survives_serialisation() -> None:
    # plain data on the Doc: a Doc sent to another process (DocBin, to_bytes) extracts the same
    nlp = load_pipeline()
    doc = nlp(TEXT)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.kz_persons == doc._.kz_persons
    assert extract_article(again, article(TEXT)) == extract_article(doc, article(TEXT))
