"""Closed-class words from the grammar data file: the possessive and pronoun sets the extractors
used to spell out each on their own are derived from it, unchanged."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar import closed_class as module
from kzgraph.extract.grammar.closed_class import GrammarDataError, closed_class


def test_possessives_by_possessor_and_case() -> None:
    words = closed_class()
    assert words.possessor_gender("seinen") == "m" and words.possessor_gender("ihrer") == "f"
    assert words.possessor_gender("unser") is None
    assert words.determiners == {"sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem"}
    assert words.own == words.determiners | {"seines", "ihres"}
    assert len(words.possessives) == 12


def test_personal_pronouns() -> None:
    assert closed_class().subject_pronouns == {"er": "m", "sie": "f"}
    assert closed_class().object_pronouns == {"ihn": "m", "ihm": "m"}


def test_a_malformed_entry_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"possessives": {"sein": {"possessor": "x", "cases": ["nom"]}}, "personal_pronouns": {}}
    monkeypatch.setattr(module, "load", lambda name: data)
    closed_class.cache_clear()
    try:
        with pytest.raises(GrammarDataError, match="grammar.yaml: possessive 'sein'"):
            closed_class()
    finally:
        closed_class.cache_clear()
