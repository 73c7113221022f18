"""The copula "X wird (neuer) Y" as news tell it: interrupted by a figure ("X, 52, wird", "X (52)
wird"), by an adjunct a comma closes ("wird nach der Winterpause, Kapitän beim FC"), by a date
("wird zum 1. Juli neuer Direktor"), the reported "werde", an inverted subject after a description
("In Y wird der bisherige Vize X neuer Chef"), a club's name before the title ("neuer Hansa
Trainer"), and "Nachfolger wird X" with no predecessor named. A future of another verb, an
adjective predicate or a player is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Ute Marquardt, 52, wird neue Leiterin des Stadtarchivs.", "Ute Marquardt", "Leiterin"),
        ("Ute Marquardt (52) wird neue Leiterin des Stadtarchivs.", "Ute Marquardt", "Leiterin"),
        (
            "Der Torwart Ole Brandes wird nach der Winterpause, Kapitän beim TSV Kleinfeld.",
            "Ole Brandes",
            "Kapitän",
        ),
        (
            "Ute Marquardt wird nach zähen Verhandlungen, neue Trainerin beim SC Nordheide.",
            "Ute Marquardt",
            "Trainerin",
        ),
        ("Ute Marquardt wird zum 1. Juli 2024 neue Direktorin der Sparkasse.", "Ute Marquardt", "Direktorin"),
        (
            "Die 41-jährige Marquardt werde sofort neue Vorstandschefin, teilte die Bank mit.",
            "Marquardt",
            "Vorstandschefin",
        ),
        (
            "In Kleinfeld wird der bisherige Kämmerer Ole Brandes neuer Bürgermeister.",
            "Ole Brandes",
            "Bürgermeister",
        ),
        ("Ole Brandes wird neuer Hansa Trainer.", "Ole Brandes", "Trainer"),
    ],
)
def test_interrupted_copula_gives_the_post(text: str, person: str, office: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][0] == person and rows[0][2].startswith(office)


def test_successor_becoming_without_named_predecessor() -> None:
    assert appointment_rows("Nachfolger wird Ole Brandes.") == [("Ole Brandes", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ute Marquardt wird nach dem Spiel, das sie verloren hat, traurig sein.",
        "Ute Marquardt wird nach der Saison, wie sie sagte, ihre Karriere beenden.",
        "Ole Brandes, 52, wird am Montag operiert.",
        "Ole Brandes wird neuer Hansa Spieler.",
        "Sein Nachfolger wird sich am Montag vorstellen.",
        "Ole Brandes wird nach der Winterpause, nicht Kapitän beim TSV Kleinfeld.",
    ],
)
def test_look_alikes_of_the_interrupted_copula(text: str) -> None:
    assert appointment_rows(text) == []
