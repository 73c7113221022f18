"""Office families added to the title lexicon (breadth round, own sentences): editors-in-chief
("Chefredakteurin") and university chairs ("Professorin") are posts one is appointed to; a plain
mention of the title, a hope or a rumour is no appointment."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Jörg Haltenhoff wird neuer Chefredakteur der Lokalzeitung.", "Jörg Haltenhoff", "Chefredakteur"),
        ("Lena Hausmann ist neue Chefredakteurin des Magazins.", "Lena Hausmann", "Chefredakteurin"),
        (
            "Der Senat ernannte Julia Marquardt zur Professorin für Völkerrecht.",
            "Julia Marquardt",
            "Professorin",
        ),
    ],
)
def test_new_office_families_are_appointed(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


def test_editor_in_chief_is_a_post_lost() -> None:
    assert dismissal_rows("Chefredakteurin Lena Hausmann wurde entlassen.") == [
        ("Lena Hausmann", None, "Chefredakteurin")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Professor Julia Marquardt hielt einen Vortrag.",
        "Der Chefredakteur Martin Eggert kommentierte die Wahl.",
        "Jörg Haltenhoff gilt als möglicher Chefredakteur.",
        "Ob Lena Hausmann Chefredakteurin wird, ist offen.",
        "Die Sportredakteurin Lena Hausmann wurde befördert.",
    ],
)
def test_mentions_of_the_title_are_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Das Kabinett hat Ute Rehberg zur Generalstaatsanwältin ernannt.", "Generalstaatsanwältin"),
        ("Der Kreistag wählte Ute Rehberg zur Landrätin.", "Landrätin"),
        ("Der Gemeinderat bestellte Ute Rehberg zur Stadtkämmerin.", "Stadtkämmerin"),
    ],
)
def test_umlauted_feminines_and_treasurers_are_posts(text: str, office: str) -> None:
    assert [(who, post) for who, _, post in appointment_rows(text)] == [("Ute Rehberg", office)]
