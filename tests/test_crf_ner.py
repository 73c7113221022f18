"""The CRF NER that corrects the spaCy NER (kzgraph.nlp.crf_ner): its features, the combination
steps, its place in the offline pipeline, the shipped model, and training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from kzgraph.nlp import OFFLINE, build_offline_pipeline, load_pipeline, pipeline_info
from kzgraph.nlp.corpora import bio_spans, repair_bio
from kzgraph.nlp.crf_features import sentence_features, word_shape
from kzgraph.nlp.crf_ner import CRF_MODEL, CrfNer, CrfSpan, combine


def test_word_shape() -> None:
    assert word_shape("Müller-Lüdenscheidt") == "Xxxxxx-Xxxxxxxxxxxx"
    assert word_shape("7.939") == "d.ddd"
    assert word_shape("„EU“") == "oXXo"


def test_sentence_features_window_and_boundaries() -> None:
    words, tags = ["Angela", "Merkel", "sprach"], ["NE", "NE", "VVFIN"]
    clusters = numpy.zeros((3, 5), dtype="uint64")
    got = sentence_features(words, tags, [1, 2, 0], clusters)
    assert len(got) == 3
    assert {"BOS", "w=angela", "t=NE", "g:FIRST", "1w=merkel", "-1PAD", "-2PAD"} <= set(got[0])
    assert {"EOS", "-1w=merkel", "-2w=angela", "1PAD", "-1w|w=merkel|sprach"} <= set(got[2])
    assert "g:LAST" in got[1] and "g:FIRST" not in got[1]
    assert sentence_features(words, tags, [1, 2, 0], clusters) == got  # deterministic


def test_repair_and_spans() -> None:
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]
    spans = bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-ORG"])
    assert spans == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_combine_drops_an_entity_the_crf_is_sure_is_none() -> None:
    ents = [(0, 1, "PER"), (3, 5, "ORG")]
    p_outside = {0: 0.9, 3: 0.9, 4: 0.2}
    assert combine(ents, [], p_outside, 0.5) == [(3, 5, "ORG")]  # one token of ORG is not sure
    assert combine(ents, [], {0: 0.4}, 0.5) == ents


def test_combine_relabels_only_same_boundaries_with_confidence() -> None:
    ents = [(0, 2, "ORG")]
    assert combine(ents, [CrfSpan(0, 2, "LOC", 0.8)], {}, 0.5) == [(0, 2, "LOC")]
    assert combine(ents, [CrfSpan(0, 2, "LOC", 0.3)], {}, 0.5) == ents
    assert combine(ents, [CrfSpan(0, 3, "LOC", 0.9)], {}, 0.5) == ents  # other boundaries: no relabel


def test_combine_adds_confident_non_overlapping_per_org_loc() -> None:
    ents = [(0, 2, "PER")]
    crf = [
        CrfSpan(1, 3, "ORG", 0.9),  # overlaps
        CrfSpan(4, 5, "LOC", 0.7),
        CrfSpan(6, 7, "MISC", 0.9),  # MISC is never added
        CrfSpan(8, 9, "PER", 0.4),  # not confident
    ]
    assert combine(ents, crf, {}, 0.5) == [(0, 2, "PER"), (4, 5, "LOC")]


def test_offline_pipeline_runs_the_crf_before_the_entity_rules() -> None:
    names = load_pipeline(OFFLINE).pipe_names
    assert names.index("ner") < names.index("kz_crf_ner") < names.index("kz_entity_rules")
    info = pipeline_info(load_pipeline(OFFLINE))
    assert info["versions"]["python-crfsuite"] and info["crf_model"].endswith("crf_ner.crfsuite")
    assert "kz_crf_ner" not in build_offline_pipeline(crf=False).pipe_names


def test_shipped_crf_model_and_its_training_facts() -> None:
    facts = json.loads(CRF_MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert facts["bytes"] == CRF_MODEL.stat().st_size < 20_000_000
    assert (facts["c1"], facts["c2"]) == (0.05, 0.05)


def test_crf_finds_obvious_entities_with_confidence() -> None:
    nlp = load_pipeline(OFFLINE)
    doc = nlp("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris.")
    spans, p_outside = nlp.get_pipe("kz_crf_ner").predict(doc)
    got = {(doc[s.start : s.end].text, s.label) for s in spans if s.confidence >= 0.5}
    assert {("Angela Merkel", "PER"), ("Paris", "LOC")} <= got
    assert p_outside[doc[0].i + 4] > 0.9  # "am"


def test_crf_component_keeps_an_empty_doc() -> None:
    nlp = load_pipeline(OFFLINE)
    assert list(nlp("").ents) == []


def _germeval_file(path: Path, sentences: list[list[tuple[str, str]]]) -> None:
    lines = []
    for n, sent in enumerate(sentences):
        lines.append(f"#\thttp://example.org/{n}\t[2010-01-01]")
        lines += [f"{i}\t{word}\t{tag}\tO" for i, (word, tag) in enumerate(sent, 1)]
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_train_crf_writes_a_model_that_tags(tmp_path: Path) -> None:
    from kzgraph.nlp.crf_train import train_crf

    sent = [("Angela", "B-PER"), ("Merkel", "I-PER"), ("besuchte", "O"), ("Paris", "B-LOC"), (".", "O")]
    other = [("Die", "O"), ("Firma", "O"), ("Siemens", "B-ORG"), ("wächst", "O"), (".", "O")]
    folder = tmp_path / "germeval2014"
    folder.mkdir()
    _germeval_file(folder / "NER-de-dev.tsv", [sent, other] * 30)
    _germeval_file(folder / "NER-de-test.tsv", [sent])  # fewer than 1,000: all held out
    model = tmp_path / "crf.crfsuite"
    facts = train_crf(tmp_path, model, max_iterations=20)
    assert model.exists() and facts["sentences"] == 57  # 60 minus every 20th (the dev split)
    nlp = build_offline_pipeline(crf=False)
    doc = nlp("Angela Merkel besuchte Paris.")
    spans, _ = CrfNer(model, 0.5).predict(doc)
    got = {(doc[s.start : s.end].text, s.label) for s in spans}
    assert got == {("Angela Merkel", "PER"), ("Paris", "LOC")}
