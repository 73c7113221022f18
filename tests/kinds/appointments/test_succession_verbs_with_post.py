"""A succession told by a verb with the post named ("B löst A als Trainer ab", "Als Intendantin
folgt B auf A", "B folgt A als Vorstandschefin nach") also appoints B to that post (paradigm
round 19: the succession verbs x active, passive, subordinate and Vorfeld). Look-alikes: a
succession without a post (no appointment is invented), an announced one ("soll ablösen"), a
line-up change, things replacing things."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, replacement_rows


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "office"),
    [
        (
            "Henrike Sallmann löst Bodo Kettler als Trainerin ab.",
            "Henrike Sallmann",
            "Bodo Kettler",
            "Trainerin",
        ),
        (
            "Bodo Kettler wird von Henrike Sallmann als Vorsitzende abgelöst.",
            "Henrike Sallmann",
            "Bodo Kettler",
            "Vorsitzende",
        ),
        (
            "Als Intendantin folgt Henrike Sallmann auf Bodo Kettler.",
            "Henrike Sallmann",
            "Bodo Kettler",
            "Intendantin",
        ),
        (
            "Henrike Sallmann folgt Bodo Kettler als Vorstandschefin nach.",
            "Henrike Sallmann",
            "Bodo Kettler",
            "Vorstandschefin",
        ),
        (
            "Bekannt ist, dass Malte Irrgang Bodo Kettler als Trainer nachfolgt.",
            "Malte Irrgang",
            "Bodo Kettler",
            "Trainer",
        ),
        (
            "Henrike Sallmann beerbt Bodo Kettler als Parteichefin.",
            "Henrike Sallmann",
            "Bodo Kettler",
            "Parteichefin",
        ),
        (
            "Bodo Kettler wird von Malte Irrgang als Intendant beerbt.",
            "Malte Irrgang",
            "Bodo Kettler",
            "Intendant",
        ),
        (
            "Malte Irrgang ersetzt Bodo Kettler als Finanzminister.",
            "Malte Irrgang",
            "Bodo Kettler",
            "Finanzminister",
        ),
    ],
)
def test_succession_verb_with_post_appoints_the_successor(
    text: str, successor: str, predecessor: str, office: str
) -> None:
    assert (successor, predecessor) in replacement_rows(text)
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [(successor, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Malte Irrgang folgt auf Bodo Kettler.",  # no post named: the succession alone
        "Henrike Sallmann hat Bodo Kettler an der Spitze des Verbandes abgelöst.",
    ],
)
def test_succession_without_a_post_invents_none(text: str) -> None:
    assert replacement_rows(text)
    assert all(r[2] is None or "Spitze" in r[2] for r in appointment_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Henrike Sallmann soll Bodo Kettler als Trainerin ablösen.",  # announced: no appointment yet
        "In der Pause ersetzte Malte Irrgang den verletzten Bodo Kettler.",
        "Das neue Gesetz ersetzt die alte Verordnung als Grundlage.",
        "Die Nachtschicht löst die Tagschicht um sechs Uhr ab.",
    ],
)
def test_look_alikes_give_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []
