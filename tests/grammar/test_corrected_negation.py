"""Negation scope (grammar.scope): "nicht X, sondern Y" corrects a phrase and leaves the clause's
event standing; a "nicht" before the verb that "sondern" corrects still negates the event."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, dismissal_rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Zuvor hatten Beamte einen Teilnehmer festgenommen, aber nicht am Platz, sondern am Bahnhof.",
            "ein Teilnehmer",
        ),
        ("Nicht der Vater, sondern der Sohn wurde festgenommen.", "der Sohn"),
        ("Die Polizei nahm am Abend einen Mann fest, nicht in Borstadt, sondern in Lindenau.", "ein Mann"),
    ],
)
def test_a_corrected_phrase_leaves_the_arrest(text: str, label: str) -> None:
    assert [row[0] for row in arrests(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Der Mann wurde nicht festgenommen, sondern verwarnt.",
        "Die Polizei nahm den Mann nicht fest, sondern verwarnte ihn.",
        "Der Vater wurde nicht festgenommen.",
    ],
)
def test_a_corrected_verb_is_still_negated(text: str) -> None:
    assert arrests(text) == []


def test_a_corrected_dismissal_verb_is_negated() -> None:
    assert dismissal_rows("Der Rat hat den Direktor Karl Anders nicht entlassen, sondern beurlaubt.") == []


def test_a_negation_in_another_main_clause_after_a_semicolon() -> None:
    text = "Der Festgenommene sei kein Unbekannter, heißt es; er wurde im Mai wegen Diebstahls festgenommen."
    assert [row[0] for row in arrests(text)] == ["der Festgenommene"]
    assert arrests("Der Mann wurde nicht festgenommen; er stellte sich am Abend.") == []
