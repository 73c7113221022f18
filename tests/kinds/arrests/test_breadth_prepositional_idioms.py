"""Breadth round (issue 24): arrests told by an idiom naming the arrested after a preposition
(kinds/arrests/idioms.py, prepositional_arrests): "Für X klickten die Handschellen", "Gegen X
wurde der Haftbefehl vollstreckt"; a warrant issued, one not executed, a question are none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Montag klickten für den Betrüger Holger Stamm die Handschellen.", "Holger Stamm"),
        ("Für den Einbrecher Kevin Wolf klickten am Abend die Handschellen.", "Kevin Wolf"),
        ("Gegen den Bankier Erik Haas wurde der Haftbefehl vollstreckt.", "Erik Haas"),
        ("Die Polizei vollstreckte einen Haftbefehl gegen den Politiker Erik Haas.", "Erik Haas"),
    ],
)
def test_prepositional_idiom_is_an_arrest(text: str, name: str) -> None:
    assert [row[1] for row in arrests(text)] == [name]


def test_the_idiom_has_its_own_rule() -> None:
    got = facts("Für den Einbrecher Kevin Wolf klickten die Handschellen.").arrests
    assert [a.evidence.rule for a in got] == ["arrest.person.idiom"]


@pytest.mark.parametrize(
    "text",
    [
        "Gegen den Bankier Erik Haas wurde Haftbefehl erlassen.",
        "Die Polizei konnte den Haftbefehl gegen Erik Haas nicht vollstrecken.",
        "Der Haftbefehl gegen Erik Haas soll vollstreckt werden.",
        "Für den Fotografen Jan Ott klickten die Kameras.",
        "Soll für den Betrüger Holger Stamm bald die Handschellen klicken?",
        "Für den Betrüger Holger Stamm klickten die Handschellen nicht.",
        "Die Anwältin bestritt, dass gegen Erik Haas der Haftbefehl vollstreckt wurde.",
    ],
)
def test_prepositional_idiom_look_alike_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
