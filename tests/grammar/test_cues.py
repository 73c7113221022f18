"""Cue words that start a word of a text, and the event-verb forms found by hash."""

from __future__ import annotations

import re

import numpy
import pytest

from kzgraph.extract.grammar.cues import has_word_start_cue
from kzgraph.extract.grammar.event_verbs import _finite_only_hashes, _listed

CUES = ["droht", "soll festgenommen", "haft."]


@pytest.mark.parametrize(
    "text",
    [
        "Ihm droht die Festnahme.",
        "Er wird bedroht.",  # inside a word: no cue
        "Er soll festgenommen werden.",
        "Er soll-festgenommen",
        "Die Haft.",
        "Die Haft, sagte er.",  # "." of the cue is a character, not any character
        "",
        "DROHT",
    ],
)
def test_one_search_answers_as_one_search_per_cue(text: str) -> None:
    one_by_one = any(re.search(r"(?<!\w)" + re.escape(c), text.lower()) for c in CUES)
    assert has_word_start_cue(text, CUES) == one_by_one


def test_no_cues_find_nothing() -> None:
    assert not has_word_start_cue("Ihm droht die Festnahme.", [])


def test_listed_hashes_as_numpy_isin() -> None:
    listed = _finite_only_hashes()
    rng = numpy.random.default_rng(7)
    words = rng.integers(0, 2**63, 500, dtype=numpy.uint64)
    words[::5] = listed[rng.integers(0, len(listed), len(words[::5]))]
    words[-1] = numpy.iinfo(numpy.uint64).max  # past the largest listed hash
    assert (_listed(words, listed) == numpy.isin(words, listed)).all()
    assert not _listed(words, listed[:0]).any()
