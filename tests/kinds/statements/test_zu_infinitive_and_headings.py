"""A zu-infinitive the writer did not set off by a comma ("hatte angekündigt bei der Wahl
anzutreten", "fordert die Arbeitgeber auf höhere Löhne zu zahlen") is the content of the
reporting verb; an infinitive reporting verb ("… verlangen zu können") reports nothing. A short
label with a colon before the sentence ("Arbeitsmarkt: Die Partei fordert …") is no part of
the subject."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Der Minister Jan Ohm hatte am Montag angekündigt bei der Wahl erneut anzutreten.",
            ("Jan Ohm", "bei der Wahl erneut anzutreten"),
        ),
        (
            "Die Partei fordert die Arbeitgeber auf höhere Löhne zu zahlen.",
            ("Die Partei", "höhere Löhne zu zahlen"),
        ),
    ],
)
def test_zu_infinitive_without_a_comma(text: str, row: tuple[str, str]) -> None:
    assert _rows(text) == [row]


def test_infinitive_reporting_verb_reports_nothing() -> None:
    text = "Das Gesetz soll jedem Bürger erlauben, von jeder Behörde Einsicht verlangen zu können."
    assert _rows(text) == []


@pytest.mark.parametrize("label", ["Arbeitsmarkt", "Innere Sicherheit"])
def test_heading_label_before_the_subject(label: str) -> None:
    rows = _rows(f"{label}: Die Partei fordert die Arbeitgeber auf, höhere Löhne zu zahlen.")
    assert rows == [("Die Partei", "höhere Löhne zu zahlen")]
