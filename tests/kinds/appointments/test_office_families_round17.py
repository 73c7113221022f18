"""Posts and appointing bodies the lexicons lacked (breadth round 17, own sentences): federal
prosecutors, Austrian party and state posts ("Obmann", "Landesrätin"), commanders, district
heads, church offices ("Kardinal", "Pfarrer"), clinic and orchestra heads ("Chefärztin",
"Chefdirigent"), "CEO", a team captain; and electors outside the agent lexicon ("Die
Delegierten", "Die Synode", "Die Stadtverordneten", "Der Zweitligist"), which were read as no
subject so that the appointee became the subject. Look-alikes: mentions of the title."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "agent", "office"),
    [
        (
            "Die Delegierten kürten Anna Seidel zur Landesvorsitzenden.",
            "Anna Seidel",
            "Die Delegierten",
            "Landesvorsitzende",
        ),
        (
            "Die Synode wählte Renate Kühl zur Landesbischöfin.",
            "Renate Kühl",
            "Die Synode",
            "Landesbischöfin",
        ),
        (
            "Die Stadtverordneten wählten Jasmin Keller zur Stadtkämmerin.",
            "Jasmin Keller",
            "Die Stadtverordneten",
            "Stadtkämmerin",
        ),
        (
            "Der Zweitligist verpflichtete Marko Petrović als Sportdirektor.",
            "Marko Petrović",
            "Der Zweitligist",
            "Sportdirektor",
        ),
        (
            "Die Klinik hat Anja Ritter zur Chefärztin der Kardiologie berufen.",
            "Anja Ritter",
            "Die Klinik",
            "Chefärztin",
        ),
        (
            "Das Orchester wählte Leon Faber zum Chefdirigenten.",
            "Leon Faber",
            "Das Orchester",
            "Chefdirigent",
        ),
    ],
)
def test_electors_and_posts(text: str, who: str, agent: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[1]) for r in rows] == [(who, agent)]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Der Trainer bestimmte Niklas Aumann zum neuen Kapitän der Mannschaft.", "Niklas Aumann", "Kapitän"),
        (
            "Die Justizministerin ernannte Walter Prinz zum Generalbundesanwalt.",
            "Walter Prinz",
            "Generalbundesanwalt",
        ),
        ("Beim Parteitag wurde Florian Gruber zum neuen Obmann gewählt.", "Florian Gruber", "Obmann"),
        ("Oberst Jan Riedel wurde zum Kommandanten des Stützpunkts ernannt.", "Jan Riedel", "Kommandant"),
        ("Der Bezirksrat wählte Carsten Blum zum Bezirksvorsteher.", "Carsten Blum", "Bezirksvorsteher"),
    ],
)
def test_posts_missing_from_the_title_lexicon(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Kapitän Niklas Aumann erzielte das zweite Tor.",
        "Der Chefarzt Kai Brenner warnte vor der Grippewelle.",
        "Die Delegierten applaudierten Anna Seidel.",
        "Kardinal Anton Reiter feierte die Messe.",
    ],
)
def test_mentions_of_new_posts_are_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []
