"""Dismissals told from the side of the one who goes (breadth round, own sentences): "verlor
seinen Posten", "musste seinen Hut nehmen". The subject is dismissed, nobody is the agent, the
title before the name is the post. An election, a title, a seat or a lead lost is none; a threat
("droht ... zu verlieren") and going of one's own accord ("hat seinen Hut genommen") neither."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Rektor Thomas Kiefer verlor seinen Posten.", "Rektor"),
        ("Der Minister Udo Brandt verlor im Mai seinen Posten.", "Minister"),
        ("Chefredakteur Martin Eggert musste seinen Hut nehmen.", "Chefredakteur"),
        ("Trainerin Eva Sommer musste ihren Hut nehmen.", "Trainerin"),
    ],
)
def test_subject_losing_post_is_dismissed(text: str, office: str) -> None:
    rows = dismissal_rows(text)
    assert len(rows) == 1 and rows[0][1:] == (None, office)


@pytest.mark.parametrize(
    "text",
    [
        "Der Rektor Thomas Kiefer verlor seinen Schlüssel.",
        "Der Kandidat Udo Brandt verlor die Wahl.",
        "Der Minister Udo Brandt droht seinen Posten zu verlieren.",
        "Der Boxer Udo Brandt verlor seinen Titel.",
        "Der Abgeordnete Udo Brandt verlor sein Mandat.",
        "Die Partei verlor ihren Posten im Senat.",
        "Minister Udo Brandt hat seinen Hut genommen.",
        "Der Chef setzte seinen Hut ab.",
    ],
)
def test_other_losses_are_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Jan Pieper ist als Intendant abberufen worden.", "Intendant"),
        ("Jan Pieper wurde als Trainer entlassen.", "Trainer"),
        ("Jan Pieper verliert sein Amt als Landrat.", "Landrat"),
    ],
)
def test_title_after_als_is_the_post_lost(text: str, office: str) -> None:
    assert dismissal_rows(text) == [("Jan Pieper", None, office)]


def test_als_opening_a_clause_names_no_post() -> None:
    text = "Jan Pieper wurde entlassen, als der Präsident Ute Rehberg ernannte."
    assert dismissal_rows(text) == [("Jan Pieper", None, None)]
