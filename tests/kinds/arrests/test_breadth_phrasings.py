"""Breadth round (issue 24): further phrasings of arrests from the round's own sentence set that
the grammar already read (custody phrases, counted groups with uncommon nouns, headlines), kept as
a guard beside the look-alikes of release, sentence, threat, fear, question and surrender.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Der Fahrer Jonas Brenner wurde in Polizeigewahrsam genommen.",
            ("Jonas Brenner", "Jonas Brenner", None),
        ),
        (
            "Die Beamten nahmen den Randalierer Uwe Kranz in Polizeigewahrsam.",
            ("Uwe Kranz", "Uwe Kranz", None),
        ),
        (
            "Der Bürgermeister Olaf Riedel wurde am Dienstag in Haft genommen.",
            ("Olaf Riedel", "Olaf Riedel", None),
        ),
        ("Der Schmuggler Omar Saleh kam in Auslieferungshaft.", ("Omar Saleh", "Omar Saleh", None)),
        ("Der Sohn des Ministers, Tobias Lang, wurde verhaftet.", ("Tobias Lang", "Tobias Lang", None)),
        ("Zwölf Fußballfans wurden nach dem Spiel festgenommen.", ("zwölf Fußballfans", None, 12)),
        ("Die Polizei nahm 30 Klimaaktivisten fest.", ("30 Klimaaktivisten", None, 30)),
        ("Drei Mönche wurden in Lhasa inhaftiert.", ("drei Mönche", None, 3)),
        ("Sechs Seeleute wurden in Haft genommen.", ("sechs Seeleute", None, 6)),
        ("Oppositionsführer Timo Karst festgenommen", ("Timo Karst", "Timo Karst", None)),
        ("Verhaftet: Ex-Bankchef Rainer Stolz", ("Rainer Stolz", "Rainer Stolz", None)),
    ],
)
def test_phrasing_is_an_arrest(text: str, row: tuple[str, str | None, int | None]) -> None:
    assert arrests(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Der Betrüger Holger Stamm muss eine Haftstrafe von zwei Jahren verbüßen.",
        "Der Blogger Ilja Petrow fürchtet, verhaftet zu werden.",
        "Wurde der Journalist Ilja Petrow festgenommen?",
        # a surrender is no arrest told
        "Der Dealer Marco Lenz stellte sich der Polizei.",
        "Der Räuber Dennis Vogt wurde nach zwei Tagen wieder auf freien Fuß gesetzt.",
        "Die Polizei warf dem Schleuser Ahmet Kaya Betrug vor.",
        "Die Polizei nahm die Anzeige des Rentners Felix Roth auf.",
        "Der Sänger Leon Busch entging nur knapp der Festnahme.",
        "Der Anwalt von Timo Karst forderte die Freilassung seines Mandanten.",
    ],
)
def test_phrasing_look_alike_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
