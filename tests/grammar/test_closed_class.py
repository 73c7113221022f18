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


def test_word_lists_are_sets_of_the_data() -> None:
    assert closed_class().words("genitive_articles") == {"des", "der"}
    assert closed_class().calendar.weekdays[0] == "Montag"
    assert closed_class().articles["einen"].nominative == "ein"


def test_an_unknown_word_list_names_the_file_and_key() -> None:
    with pytest.raises(GrammarDataError, match="grammar.yaml: no word list 'no_such_words'"):
        closed_class().words("no_such_words")


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"genitive_articles": "des der"}, "words: 'genitive_articles' must be a list of words"),
        ({"no_such_words": ["x"]}, "words: unknown list 'no_such_words'"),
    ],
)
def test_a_malformed_word_list_names_the_file_and_key(
    monkeypatch: pytest.MonkeyPatch, words: dict[str, object], message: str
) -> None:
    real = module.load("grammar")
    data = {**real, "words": {**real["words"], **words}}
    monkeypatch.setattr(module, "load", lambda name: data)
    closed_class.cache_clear()
    try:
        with pytest.raises(GrammarDataError, match=f"grammar.yaml: {message}"):
            closed_class()
    finally:
        closed_class.cache_clear()


def test_a_missing_calendar_month_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    real = module.load("grammar")
    data = {**real, "calendar": {**real["calendar"], "months": real["calendar"]["months"][:11]}}
    monkeypatch.setattr(module, "load", lambda name: data)
    closed_class.cache_clear()
    try:
        with pytest.raises(GrammarDataError, match="grammar.yaml: calendar: 'months'"):
            closed_class()
    finally:
        closed_class.cache_clear()
