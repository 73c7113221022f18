"""Source cues (round 16): a generic person head is one person with a singular article ("gemäß
einem Augenzeugen", "laut dem Experten") and nobody in the plural ("Augenzeugen zufolge");
an estimate or analysis speaks through its owner ("nach einer Prognose des Instituts X") and
names nobody without one; a fronted cue whose source has a relative clause leaves that clause
out of what was said."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut einem Augenzeugen fuhr der Bus viel zu schnell.", "ein Augenzeuge"),
        ("Laut dem Experten ist das Haus verloren.", "der Experte"),
        ("Nach Angaben eines Augenzeugen brannte das Haus.", "ein Augenzeuge"),
        ("Einem Augenzeugen zufolge stand die Ampel auf Rot.", "ein Augenzeuge"),
    ],
)
def test_generic_person_with_a_singular_article_speaks(text: str, speaker: str) -> None:
    assert _rows(text) == [(speaker, text.rstrip("."))]


@pytest.mark.parametrize(
    "text",
    [
        "Augenzeugen zufolge brannte das Haus lichterloh.",
        "Laut Experten ist das Haus verloren.",
        "Nach Einschätzung von Beobachtern ist die Wahl entschieden.",
    ],
)
def test_generic_persons_in_the_plural_name_nobody(text: str) -> None:
    assert _rows(text) == []


def test_estimate_speaks_through_its_owner() -> None:
    rows = _rows("Nach einer Prognose der Landesbank steigen die Mieten um drei Prozent.")
    assert [label for label, _ in rows] == ["Landesbank"]


def test_estimate_without_owner_names_nobody() -> None:
    assert _rows("Nach einer Prognose wird der Sommer heiß.") == []


def test_fronted_cue_with_a_relative_clause() -> None:
    text = "Nach einer Prognose der Landesbank, die im Mai erschien, steigen die Mieten stark."
    assert _rows(text) == [("Landesbank", "steigen die Mieten stark")]


def test_cue_with_a_relative_clause_inside_the_sentence_keeps_the_sentence() -> None:
    text = "Die Täter wurden laut der Polizei, die den Fall prüft, gefasst."
    assert _rows(text) == [("Polizei", text.rstrip("."))]
