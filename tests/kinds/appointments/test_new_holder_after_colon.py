"""Round 18b: a new holder named right after a colon that closes "neue(r) Title": "Zum Team zählt
eine neue Pressesprecherin: X", "Der Club hat einen neuen Trainer: X", "Neuer Leiter der
Kläranlage: X". Without "neu", after a preposition, after a search, or no name after the colon:
nothing."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Zum Team zählt eine neue Pressesprecherin: Merle Quast.", "Merle Quast", "Pressesprecherin"),
        ("Der Ruderclub hat einen neuen Trainer: Henrik Sommer.", "Henrik Sommer", "Trainer"),
        ("Neuer Leiter der Kläranlage: Henrik Sommer.", "Henrik Sommer", "Leiter"),
        (
            "Im Rathaus gibt es eine neue Sprecherin: Merle Quast, bisher bei der Zeitung, wird die "
            "Presse betreuen.",
            "Merle Quast",
            "Sprecherin",
        ),
    ],
)
def test_name_after_colon_takes_the_new_post(text: str, person: str, office: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][0] == person and (rows[0][2] or "").startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer: Henrik Sommer.",
        "Der neue Trainer: ein Glücksfall für den Verein.",
        "Die Fragen an den neuen Trainer: Henrik Sommer antwortete knapp.",
        "Der Ruderclub sucht einen neuen Trainer: Henrik Sommer ist im Gespräch.",
        "Der Ruderclub hat keinen neuen Trainer: Henrik Sommer bleibt.",
    ],
)
def test_look_alikes_of_the_colon(text: str) -> None:
    assert appointment_rows(text) == []
