"""Breadth round (issue 24): arrests told by an idiom whose subject is the arrested (kinds/arrests/
idioms.py): "X ging der Polizei ins Netz"; going online, a goal and things caught are none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Der Hacker Paul Winter ging der Polizei in Berlin ins Netz.", ("Paul Winter", "Paul Winter", None)),
        ("Der Mörder Rolf Becker ist den Fahndern ins Netz gegangen.", ("Rolf Becker", "Rolf Becker", None)),
        ("Den Ermittlern ging am Freitag ein 40-jähriger Mann ins Netz.", ("ein 40-jähriger Mann", None, 1)),
        ("Zwei Schleuser gingen der Bundespolizei bei Passau ins Netz.", ("zwei Schleuser", None, 2)),
    ],
)
def test_caught_in_the_net_is_an_arrest(text: str, row: tuple[str, str | None, int | None]) -> None:
    assert arrests(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # online, a goal: no catcher in the clause
        "Der Hacker Paul Winter ging ins Netz, um E-Mails zu lesen.",
        "Der Ball ging in der letzten Minute ins Netz.",
        # things caught
        "Dem Zoll ging eine Ladung Kokain ins Netz.",
        "Der Polizei gingen zwei gestohlene Autos ins Netz.",
        # negated, asked
        "Der Sänger Leon Busch ging nicht der Polizei ins Netz.",
        "Ging der Betrüger Holger Stamm den Fahndern ins Netz?",
    ],
)
def test_net_look_alike_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
