"""A passive appointment whose holder is neither named nor told as new is the office in general or
a group ("Ein Ortsvorsteher wird direkt gewählt", "wurden die Schiedsrichter berufen"): none; a
possibility ("möglicherweise", "voraussichtlich") or an appointment undone ("machte die
Ernennung rückgängig") is no event either; "Am Montag wird die neue
Ministerin vereidigt" stays one. "Neu im Stadtsenat ist der neue Stadtrat für Schulen, Jugend
und Sport X" names X with the post's remit; "Neu im Team ist Stürmer X" is a player."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    "text",
    [
        "Ein Ortsvorsteher leitet den Ortsbeirat und wird direkt gewählt.",
        "Mangels Kandidaten wurden die Schiedsrichter vorläufig vom Verband berufen.",
        "Die Stellvertreter des Landrats wurden vom Landrat in ihr Amt eingeführt.",
        "Frühestens im Mai, möglicherweise später, wird auch der neue Geschäftsführer bestellt.",
        "Anna Pohl wird voraussichtlich neue Trainerin des SC Nordheide.",
        "Der Bischof machte die Ernennung von Lukas Kramer zum Dekan rückgängig.",
    ],
)
def test_no_one_appointed(text: str) -> None:
    assert appointment_rows(text) == []


def test_new_holder_described_still_appointed() -> None:
    assert appointment_rows("Am Montag wird die neue Ministerin vereidigt.") == [
        ("die neue Ministerin", None, "Ministerin")
    ]


def test_new_in_the_government_team_with_a_remit() -> None:
    text = "Neu im Stadtsenat ist der neue Stadtrat für Schulen, Jugend und Sport Jakob Stelzner."
    assert [(r[0], r[2]) for r in appointment_rows(text)] == [("Jakob Stelzner", "Stadtsenat")]


def test_new_in_a_team_is_a_player() -> None:
    assert appointment_rows("Neu im Team ist Stürmer Jakob Stelzner.") == []
