"""Breadth round (issue 24): a name in -s before a common noun says whose the phrase is ("Müllers
Schwager Peter Klein"): the arrested is the possessed, never the possessor (grammar/voice.py,
passive_subject). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, dismissal_rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Müllers Schwager Peter Klein wurde festgenommen.", "Peter Klein"),
        ("Merkels Sprecher Paul Vogt wurde in Berlin verhaftet.", "Paul Vogt"),
        ("Brandts Leibwächter Jens Hartung ist am Morgen festgenommen worden.", "Jens Hartung"),
        # the active verb: its object
        ("Die Polizei nahm Müllers Schwager Peter Klein fest.", "Peter Klein"),
    ],
)
def test_the_possessed_is_arrested(text: str, name: str) -> None:
    assert [row[1] for row in arrests(text)] == [name]


def test_an_unnamed_possessed_is_not_the_possessor() -> None:
    assert all(row[1] != "Müllers" for row in arrests("Müllers Schwager wurde festgenommen."))


def test_the_possessor_is_not_dismissed_either() -> None:
    assert [row[0] for row in dismissal_rows("Merkels Sprecher Paul Vogt wurde entlassen.")] == ["Paul Vogt"]
