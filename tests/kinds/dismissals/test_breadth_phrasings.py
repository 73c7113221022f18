"""Dismissals as journalists write them (breadth round, own sentences): colloquial verbs, a club
parting with its coach, removal from office, "durch" passives, nouns. A suspension is no
dismissal (the post is kept while a case is examined); release from prison or hospital neither.
These held before the round and guard its changes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Der Verein trennte sich von Trainer Uwe Scholler.", "Uwe Scholler"),
        ("Der Polizeipräsident Rainer Vossberg wurde seines Amtes enthoben.", "Rainer Vossberg"),
        ("Der Konzern hat Vorstandschef Arne Wiebke gefeuert.", "Arne Wiebke"),
        ("Trainer Mirko Jelic wurde vor die Tür gesetzt.", "Mirko Jelic"),
        ("Der Intendant Olaf Brück wurde vom Rundfunkrat abberufen.", "Olaf Brück"),
        ("Der Landrat Peter Uhlig wurde durch die Bezirksregierung abgesetzt.", "Peter Uhlig"),
        ("Generalsekretär Bernd Wallner wurde geschasst.", "Bernd Wallner"),
        ("Der Bürgermeister warf seinen Pressesprecher Timo Lenz raus.", "Timo Lenz"),
        ("Der Klub hat Trainer Jan Pieper beurlaubt.", "Jan Pieper"),
        ("Die Entlassung von Chefredakteur Jan Pieper sorgte für Aufsehen.", "Jan Pieper"),
    ],
)
def test_dismissal_phrasings(text: str, who: str) -> None:
    assert who in [r[0] for r in dismissal_rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Häftling Peter Uhlig wurde aus der Haft entlassen.",
        "Der Verein trennte sich im Streit von seinem Sponsor.",
        "Trainer Uwe Scholler trennte sich von seiner Frau.",
        "Der Polizeipräsident Rainer Vossberg wurde suspendiert.",
        "Die Opposition forderte die Entlassung von Innenminister Kurt Hallberg.",
        "Der Konzern drohte, Vorstandschef Arne Wiebke zu feuern.",
        "Die Soldaten feuerten auf die Demonstranten.",
    ],
)
def test_dismissal_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []
