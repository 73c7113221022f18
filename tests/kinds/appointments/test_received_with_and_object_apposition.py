"""Round 18b: "Die Redaktion erhält mit X eine neue Leiterin" (X takes the post told as new, the
subject gets the holder), and an object interrupted by an apposition or a relative clause before
the post ("beförderte X, bisher Leiterin der Kasse, zur Direktorin"). Without "neu", with a
non-post ("einen neuen Partner") or a negation nothing; a praise "zum Abschied" is no post."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Die Stadtbücherei erhält mit Wiebke Albers eine neue Leiterin.", "Wiebke Albers", "Leiterin"),
        ("Der Ruderclub bekam mit Jonas Fehr einen neuen Trainer.", "Jonas Fehr", "Trainer"),
        (
            "Die Sparkasse beförderte Wiebke Albers, bisher Leiterin der Filiale, zur Direktorin.",
            "Wiebke Albers",
            "Direktorin",
        ),
        (
            "Der Rat ernannte Jonas Fehr, zuletzt Referent im Landratsamt, zum neuen Kämmerer.",
            "Jonas Fehr",
            "Kämmerer",
        ),
        (
            "Der Rat ernannte Jonas Fehr, der zuletzt in Gotha arbeitete, zum neuen Kämmerer.",
            "Jonas Fehr",
            "Kämmerer",
        ),
    ],
)
def test_received_or_interrupted_object_gives_the_post(text: str, person: str, office: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][0] == person and rows[0][2] == office


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma erhält mit Jonas Fehr einen neuen Partner.",
        "Der Ruderclub bekam mit Jonas Fehr einen Trainer zur Seite.",
        "Die Stadt erhält mit dem Neubau ein neues Rathaus.",
        "Der Ruderclub bekommt mit Jonas Fehr keinen neuen Trainer.",
        "Der Rat lobte Jonas Fehr, zuletzt Referent im Landratsamt, zum Abschied.",
    ],
)
def test_look_alikes_of_receiving_and_apposition(text: str) -> None:
    assert appointment_rows(text) == []
