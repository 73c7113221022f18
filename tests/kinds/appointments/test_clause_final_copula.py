""" "werden" closing a subordinate or relative clause tells a post taken (paradigm round 19):
"…, dass X neue Trainerin wird", "X, der neuer Intendant wird, …", "weil X Präsident wird".
Look-alikes: a question ("ob"), a condition ("wenn", "falls"), a wish, a denial, a negation,
and a relative clause about someone who becomes no holder ("die Mutter wird")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Der Verein gab bekannt, dass Ada Quirmbach neue Trainerin wird.", "Ada Quirmbach", "Trainerin"),
        (
            "Die Partei teilte mit, dass Gerwin Hallstein Generalsekretär wird.",
            "Gerwin Hallstein",
            "Generalsekretär",
        ),
        ("Gerwin Hallstein, der neuer Intendant wird, kommt aus Graz.", "Gerwin Hallstein", "Intendant"),
        (
            "Ada Quirmbach, die Schulleiterin wird, unterrichtet seit Jahren hier.",
            "Ada Quirmbach",
            "Schulleiterin",
        ),
    ],
)
def test_clause_closed_by_werden(text: str, who: str, office: str) -> None:
    assert [(r[0], r[2]) for r in appointment_rows(text)] == [(who, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Offen ist, ob Gerwin Hallstein neuer Trainer wird.",
        "Wenn Gerwin Hallstein Präsident wird, tritt sie zurück.",
        "Er hofft, dass Gerwin Hallstein Präsident wird.",
        "Der Verein dementierte, dass Ada Quirmbach neue Trainerin wird.",
        "Sie sagte, dass Gerwin Hallstein nicht neuer Trainer wird.",
        "Die Ärztin, die Mutter wird, arbeitet weiter.",
        "Es ist möglich, dass Ada Quirmbach Kanzlerin wird.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
