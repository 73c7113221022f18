"""A declared intention ("Die Partei will die Steuern senken") is a statement in the reporter's
words (mode "reported") when its subject can speak (a named person, an organisation or a titled
holder) and the modal stands in the main clause, also after a heading label. Look-alikes: "man",
a pronoun, a subject that cannot speak, a question, a negation, a modal of a dependent clause."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.label, s.mode, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Partei will die Steuern für Familien senken.", "Die Partei"),
        ("Die Bürgermeisterin Eva Roth will im Herbst erneut kandidieren.", "Eva Roth"),
        ("Die Polizei will den Fall noch einmal prüfen.", "Die Polizei"),
        ("Verkehr: Die Partei will mehr Radwege bauen.", "Die Partei"),
    ],
)
def test_declared_intention_is_reported(text: str, speaker: str) -> None:
    rows = _rows(text)
    assert [(label, mode) for label, mode, _ in rows] == [(speaker, "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Man will den entlaufenen Hund noch heute fangen.",
        "Die Kinder wollen im Garten spielen.",
        "Will die Partei die Steuern wirklich senken?",
        "Die Partei will die Steuern nicht senken.",
        "Weil die Stadt Radwege bauen will, fallen Parkplätze weg.",
    ],
)
def test_no_intention_stated(text: str) -> None:
    assert _rows(text) == []
