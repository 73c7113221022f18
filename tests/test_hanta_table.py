"""The shipped table of HanTa's analyses of frequent words (kzgraph/nlp/hanta_table.py).

The table is a cache: the tagger must give exactly what HanTa gives without it.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from kzgraph.nlp.hanta_table import FORMAT, HanTaTable, hanta_version, load_table
from kzgraph.nlp.hanta_table_build import build_table, write_table
from kzgraph.nlp.tagger import HanTaTagger, _hanta_tagger

SENTENCES = [
    "Der Präsident hat den Innenminister am Montag entlassen .".split(),
    "Die Polizei nahm nach eigenen Angaben mehr als 3700 Menschen fest .".split(),
    "„ Wir werden die Ordnung wiederherstellen “ , sagte die Sprecherin der Regierung .".split(),
    "Neue Regierungschefin wird die bisherige Finanzministerin Anna Berg .".split(),
    "Nach den Krawallen gab es Hausdurchsuchungen ; das Landeskriminalamt ermittelt .".split(),
]


@pytest.fixture(scope="module")
def hanta() -> Any:
    return _hanta_tagger()


@pytest.fixture(scope="module")
def shipped() -> HanTaTable:
    return load_table()


def test_shipped_table_is_loaded(shipped: HanTaTable) -> None:
    # An empty table (missing file, other HanTa version) would make the tests below vacuous.
    assert len(shipped.analyses) > 50_000 and len(shipped.lemmas) > 100_000


def test_shipped_entries_equal_hanta_s_own_analyses(hanta: Any, shipped: HanTaTable) -> None:
    words = sorted(shipped.analyses)[::2000]
    for word in words:
        expected = [(int(t), float(p)) for t, p in hanta.analyze_forward(word)]
        assert shipped.candidates(word) == expected, word
    keys = sorted(shipped.lemmas)[::5000]
    for key in keys:
        word, tag = key.split("\t")
        assert shipped.lemma(word, tag) == hanta._analyze(word, hanta.tag2int[tag], taglevel=1)[0], key


def _tagged(tagger: HanTaTagger) -> list[list[tuple[str, str, str, str]]]:
    vocab = spacy.blank("de").vocab
    out = []
    for words in SENTENCES:
        doc = tagger(Doc(vocab, words=words))
        out.append([(t.tag_, t.pos_, t.lemma_, str(t.morph)) for t in doc])
    return out


def test_tagger_output_is_the_same_with_and_without_the_table(shipped: HanTaTable) -> None:
    with_table = HanTaTagger()
    hits: list[str] = []
    lookup = with_table.table.candidates

    def counting(word: str) -> list[tuple[int, float]] | None:
        found = lookup(word)
        if found is not None:
            hits.append(word)
        return found

    with_table.table.candidates = counting  # type: ignore[method-assign]
    without = HanTaTagger()
    without.table = HanTaTable()
    assert _tagged(with_table) == _tagged(without)
    assert hits, "the sentences must contain words the table answers"


def test_built_table_round_trips(hanta: Any, tmp_path: Path) -> None:
    words = ["Hausdurchsuchung", "festgenommen", "Regierungssprecherin", "Oppositionsführer"]
    path = write_table(build_table(hanta, words), tmp_path / "table.json.gz")
    table = load_table(path)
    for word in words:
        normal = hanta.normalize(word)
        if normal not in hanta.cache:
            assert table.candidates(normal) == [(int(t), float(p)) for t, p in hanta.analyze_forward(normal)]
    assert table.lemma("festgenommen", "VV(PP)") == "festnehmen"


def test_table_of_another_hanta_version_is_ignored(tmp_path: Path) -> None:
    content = {"format": FORMAT, "hanta": hanta_version() + ".x", "analyses": {"x": "1 -1.0"}, "lemmas": {}}
    path = tmp_path / "table.json.gz"
    path.write_bytes(gzip.compress(json.dumps(content).encode()))
    assert load_table(path).analyses == {}
    content["hanta"] = hanta_version()
    path.write_bytes(gzip.compress(json.dumps(content).encode()))
    assert load_table(path).candidates("x") == [(1, -1.0)]


def test_missing_table_is_empty(tmp_path: Path) -> None:
    assert load_table(tmp_path / "none.json.gz").analyses == {}
