"""The NER model loaded with the news tokenizer made once (kzgraph/nlp/model_load.py): the same
tokenizer and the same analyses as spaCy's own loading followed by the news rules; a model
whose tokenizer or vocabulary holds something of its own is loaded as spaCy loads it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language

from kzgraph.nlp import model_load
from kzgraph.nlp.model_load import holds_only_defaults, load_ner_model
from kzgraph.nlp.tokenizer import customize_tokenizer
from kzgraph.resources import NLP_MODEL_DIR

# Our own sentences: abbreviations, a number glued to a word, a year before a full stop, a
# bracket before a colon, a URL, names for the NER.
TEXTS = [
    "Der Innenminister Karl Muster (SPD): „Wir prüfen das.“ Dr. Anna Berg sagte dies am 3. Mai 2021.",
    "Im Jahr 1990.Dann kam die Wende; 7.939. Besucher zählte die Stadtverwaltung Bremen.",
    "Die Firma Beispiel GmbH & Co. KG meldete u.a. 12,5 Mio. Euro Umsatz, s. www.beispiel.de/bericht.",
    "Nach Angaben der Polizei in Hannover wurden zwei Männer festgenommen, z.B. wegen Betrugs.",
]

needs_model = pytest.mark.skipif(not (NLP_MODEL_DIR / "config.cfg").exists(), reason="no NER model shipped")


def _spacy_s_way(path: Path) -> Language:
    nlp = spacy.load(path)
    customize_tokenizer(nlp)
    return nlp


def _analyses(nlp: Language) -> list[list[tuple[object, ...]]]:
    out = []
    for doc in nlp.pipe(TEXTS):
        out.append([(t.text, t.idx, t.whitespace_, t.tag_, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_)
                    for t in doc])
    return out


@needs_model
def test_the_shipped_model_takes_the_short_way() -> None:
    assert holds_only_defaults(NLP_MODEL_DIR)


@needs_model
def test_same_tokenizer_and_analyses_as_spacy_s_loading() -> None:
    made, loaded = load_ner_model(NLP_MODEL_DIR), _spacy_s_way(NLP_MODEL_DIR)
    assert made.tokenizer.to_bytes(exclude=["vocab"]) == loaded.tokenizer.to_bytes(exclude=["vocab"])
    assert made.pipe_names == loaded.pipe_names
    assert _analyses(made) == _analyses(loaded)
    assert len(made.vocab.strings) < len(loaded.vocab.strings)  # the saved strings were not read


@needs_model
def test_a_model_with_a_tokenizer_or_vocabulary_of_its_own_loads_as_spacy_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "model"
    shutil.copytree(NLP_MODEL_DIR, model)
    monkeypatch.setattr(model_load, "cached", lambda name, source, build, valid: build())  # verdict per call
    assert holds_only_defaults(model)
    saved = srsly.msgpack_loads((model / "tokenizer").read_bytes())
    saved["exceptions"]["Zzgl."] = [{ORTH: "Zzgl."}]  # a special case of its own
    (model / "tokenizer").write_bytes(srsly.msgpack_dumps(saved))
    assert not holds_only_defaults(model)
    assert [t.text for t in load_ner_model(model)("Zzgl. Steuern")] == ["Zzgl.", "Steuern"]
    shutil.copy(NLP_MODEL_DIR / "tokenizer", model / "tokenizer")
    assert holds_only_defaults(model)
    (model / "vocab" / "lookups.bin").write_bytes(srsly.msgpack_dumps({"lexeme_norm": {"x": "y"}}))
    assert not holds_only_defaults(model)


@needs_model
def test_the_offline_pipeline_round_trips_through_to_disk(tmp_path: Path) -> None:
    from kzgraph.nlp import build_offline_pipeline

    nlp = build_offline_pipeline()
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "kzgraph.NewsTokenizer.v1"
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names == nlp.pipe_names
    assert again.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])
    assert _analyses(again) == _analyses(nlp)
