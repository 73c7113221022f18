"""Round 18b: appointments told by a copula or a list. The present copula with a cue of "from now
on" ("ist ab sofort Leiterin", "Ab Juli ist X Chef") or as "ist … geworden"; adjectives between
"neu" and the title ("neuer stellvertretender Leiter"); a relative clause after an opening title
("Der neue Direktor, der aus Y kommt, wird X"); a plural list becoming members of a body ("A und B
werden Mitglieder des Vorstands"). A state ("ist Leiter", "Seit Jahren ist X Leiter"), a non-post
("ist Mutter geworden", "Mitglieder der Partei") and a future of another verb give nothing."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Janne Kolbe ist ab sofort Leiterin des Stadtmuseums.", "Janne Kolbe", "Leiterin"),
        ("Ab Juli ist Janne Kolbe Direktorin der Volkshochschule.", "Janne Kolbe", "Direktorin"),
        ("Timo Reske ist künftig stellvertretender Leiter der Wache.", "Timo Reske", "stellvertretender"),
        ("Timo Reske ist im Frühjahr Präsident des Ruderclubs geworden.", "Timo Reske", "Präsident"),
        ("Timo Reske ist ab sofort neuer stellvertretender Leiter.", "Timo Reske", "stellvertretender"),
        ("Janne Kolbe ist neue geschäftsführende Direktorin der Stiftung.", "Janne Kolbe", "Direktorin"),
        (
            "Der neue Intendant, der aus Gera kommt, wird Timo Reske.",
            "Timo Reske",
            "Intendant",
        ),
        ("Die neue Schulleiterin, die in Jena lehrte, ist Janne Kolbe.", "Janne Kolbe", "Schulleiterin"),
    ],
)
def test_copula_told_as_taking_the_post(text: str, person: str, office: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][0] == person and (rows[0][2] or "").startswith(office)


def test_listed_subjects_become_members_of_a_body() -> None:
    rows = appointment_rows("Janne Kolbe und Timo Reske werden Mitglieder des Aufsichtsrats.")
    assert sorted(r[0] for r in rows) == ["Janne Kolbe", "Timo Reske"]
    assert all(r[2] == "Mitglied des Aufsichtsrats" for r in rows)


def test_single_member_of_an_editorial_board() -> None:
    assert appointment_rows("Timo Reske wird Mitglied der Chefredaktion.") == [
        ("Timo Reske", None, "Mitglied der Chefredaktion")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Janne Kolbe ist Leiterin des Stadtmuseums.",
        "Seit Jahren ist Janne Kolbe Leiterin des Stadtmuseums.",
        "Janne Kolbe ist Mutter geworden.",
        "Janne Kolbe ist künftig nicht mehr Leiterin des Stadtmuseums.",
        "Janne Kolbe ist ab morgen im Urlaub.",
        "Der Präsident ist ab sofort telefonisch erreichbar.",
        "Janne Kolbe und Timo Reske werden Mitglieder der Partei.",
        "Janne Kolbe und Timo Reske werden die Sitzung leiten.",
        "Der neue Trainer, der gestern kam, wird Timo Reske treffen.",
        "Timo Reske ist ab sofort Trainer des Jahres.",
    ],
)
def test_look_alikes_of_the_copula(text: str) -> None:
    assert appointment_rows(text) == []


def test_perfect_of_becoming_past_a_coordinated_post() -> None:
    rows = appointment_rows("Nun ist Timo Reske auch Mitglied des Vorstands und Leiter der Sparte geworden.")
    assert rows and rows[0][0] == "Timo Reske" and rows[0][2] == "Mitglied des Vorstands"


def test_listed_objects_are_co_appointees_not_agent_and_appointee() -> None:
    rows = appointment_rows("Die Gesellschafter haben Janne Kolbe und Timo Reske in den Vorstand berufen.")
    # (round 19c: the plural members are the appointer now)
    by = "Die Gesellschafter"
    assert sorted(rows) == [("Janne Kolbe", by, "Vorstand"), ("Timo Reske", by, "Vorstand")]
