"""Breadth round (issue 24): the arrested as a nominalised participle with members named after
"darunter" / "unter ihnen" ("Die Festgenommenen, darunter der Aktivist X, …"; kinds/arrests/
members.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Festgenommenen, darunter der Aktivist Jan Ott, wurden verhört.", "Jan Ott"),
        ("Die Polizei verhörte die Festgenommenen, unter ihnen die Journalistin Eva Roth.", "Eva Roth"),
        ("Die Inhaftierten, darunter der Anwalt Karl Seidel, traten in den Hungerstreik.", "Karl Seidel"),
    ],
)
def test_named_member_of_the_arrested(text: str, name: str) -> None:
    assert [row[1] for row in arrests(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # released, not arrested
        "Die Freigelassenen, darunter der Aktivist Jan Ott, wurden verhört.",
        # no member named
        "Die Festgenommenen, darunter drei Minderjährige, wurden verhört.",
        # asked
        "Sind die Festgenommenen, darunter der Aktivist Jan Ott, noch in Haft?",
    ],
)
def test_members_look_alike_is_no_arrest(text: str) -> None:
    assert [row for row in arrests(text) if row[1] is not None] == []
