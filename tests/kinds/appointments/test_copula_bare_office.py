"""Becoming the holder of an office with "wurde" and a bare office predicate ("1998 wurde X
Landrat") is an appointment; the office noun must be a title of the office lexicon, so family
roles, sports ranks and awards ("wurde Vater", "wurde Weltmeister", "Trainer des Jahres") give
nothing, nor a passive or a future with another verb."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Im Jahr 2004 wurde Tobias Ziegler Landrat des Kreises.", "Landrat"),
        (
            "Greta Sommer arbeitete als Juristin. Danach wurde sie Bürgermeisterin von Obersee.",
            "Bürgermeisterin",
        ),
        ("Lars Brinkmann wurde Direktor einer Sparkasse.", "Direktor"),
    ],
)
def test_bare_office_after_wurde_is_appointment(text: str, office: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][1] is None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2004 wurde Hanna Ziegler Mutter.",
        "Im Jahr 2004 wurde Lars Brinkmann Weltmeister.",
        "Lars Brinkmann wurde Trainer des Jahres.",
        "Lars Brinkmann wurde Zweiter.",
        "Lars Brinkmann wurde Direktor Heinrich Vogt vorgestellt.",
        "Lars Brinkmann wurde nicht Direktor der Sparkasse.",
        "Lars Brinkmann ist Direktor der Sparkasse.",
    ],
)
def test_look_alikes_of_bare_office(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tobias Ziegler wurde 1998 neuer Präsident des Verbandes.",
        "Im Jahr 1998 wurde Tobias Ziegler später Präsident des Verbandes.",
    ],
)
def test_year_or_adverb_before_the_predicate(text: str) -> None:
    assert [who for who, _, _ in appointment_rows(text)] == ["Tobias Ziegler"]
