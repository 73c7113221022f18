"""A zu-infinitive the writer did not set off by a comma ("hat versprochen im Herbst den Titel
zu holen", "forderte die Stadt auf die Gebühren zu senken") is the content of the reporting
verb; an infinitive reporting verb ("… fordern zu dürfen") reports nothing. A short label with
a colon before the sentence ("Schulen: Der Elternrat sagte …") is no part of the subject."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Die Trainerin Eva Roth hat am Sonntag versprochen im Herbst den Titel zu holen.",
            ("Eva Roth", "im Herbst den Titel zu holen"),
        ),
        (
            "Der Mieterverein forderte die Stadt auf die Gebühren für Müll zu senken.",
            ("Der Mieterverein", "die Gebühren für Müll zu senken"),
        ),
    ],
)
def test_zu_infinitive_without_a_comma(text: str, row: tuple[str, str]) -> None:
    assert _rows(text) == [row]


def test_infinitive_reporting_verb_reports_nothing() -> None:
    text = "Die neue Regel soll Mietern helfen, eine Senkung der Miete fordern zu dürfen."
    assert _rows(text) == []


@pytest.mark.parametrize("label", ["Schulen", "Innere Sicherheit"])
def test_heading_label_before_the_subject(label: str) -> None:
    rows = _rows(f"{label}: Der Elternrat forderte die Stadt auf, mehr Lehrer einzustellen.")
    assert rows == [("Der Elternrat", "mehr Lehrer einzustellen")]
