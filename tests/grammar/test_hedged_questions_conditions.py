"""A question, a condition, a plan, a call or a rumour states no event: the shared hedge check
(``events.hedged``) holds for every event type. Look-alikes: the same event stated plainly."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _events(text: str) -> list[object]:
    f = facts(text)
    return [*f.dismissals, *f.appointments, *f.replacements, *f.arrests, *f.resignations]


@pytest.mark.parametrize(
    "text",
    [
        # questions
        "Wie viele Lehrer haben Sie im letzten Jahr entlassen?",
        "Hat die Polizei den Wilderer schon verhaftet?",
        "Wann wird Ingrid Salomon zur Direktorin ernannt?",
        # conditions
        "Sollte der Kämmerer entlassen werden, tritt die ganze Fraktion zurück.",
        "Falls die Polizei den Hehler festnimmt, zahlt die Versicherung eine Belohnung.",
        "Er habe ihr für den Fall seiner Verhaftung 3000 Euro zugesagt.",
        # calls, plans and rumours
        "Die Opposition hat die Regierung aufgerufen, den Polizeichef zu entlassen.",
        "Das Tribunal hatte Norwegen aufgefordert, den geflohenen Oberst zu verhaften.",
        "Konrad Ilg wurde schon als Nachfolger von Bettina Rauch gehandelt.",
    ],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat den Wilderer am Dienstag verhaftet.",
        "Der Stadtrat hat den Kämmerer Gustav Pichler entlassen.",
        "Die Polizei hat den Hehler festgenommen, weil er gestohlene Uhren verkauft hatte.",
    ],
)
def test_plain_statement_is_an_event(text: str) -> None:
    assert _events(text)


def test_question_inside_a_quote_closes_no_told_event() -> None:
    # the question ends the sentence: a question is asked, no dismissal is told
    assert _events('Der Reporter fragte: "Wen haben Sie entlassen?"') == []


# -- a label before a colon is no participant ---------------------------------------------------


def test_speaker_label_before_a_colon_is_not_the_subject() -> None:
    text = "Anna Berg: Die alte Ordnung ist durch neue Regeln abgelöst worden, die niemand versteht."
    assert _events(text) == []


def test_subject_after_a_colon_is_kept() -> None:
    got = facts("Die Regierung teilte mit: Innenminister Paul Roth wurde entlassen.").dismissals
    assert [d.dismissed.label for d in got] == ["Paul Roth"]
