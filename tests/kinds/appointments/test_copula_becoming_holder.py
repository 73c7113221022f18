"""Becoming the holder of a post told by a copula (breadth round 17, own sentences): the news
present "X wird Generalstaatsanwältin" (a decision told, as "wird neuer Trainer"), a seat in a
body ("wird Mitglied des Vorstands", "Aufsichtsratsmitglied"), a subject described by its
profession, and the inverted copula without "neu" ("Chef der Behörde wird künftig X") or with a
place phrase ("Neue Landrätin im Kreis X ist Y"). Look-alikes: a plan, a state, a titled person
after "wird", "bleiben", a condition, a membership of a party or a club."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Ulrike Hansen wird Generalstaatsanwältin in Bremen.", "Ulrike Hansen", "Generalstaatsanwältin"),
        ("Der Jurist Tomas Wenzel wird Präsident des Landgerichts.", "Tomas Wenzel", "Präsident"),
        ("Karla Stern wird Mitglied des Vorstands der Sparkasse.", "Karla Stern", "Mitglied des Vorstands"),
        (
            "Im Herbst wurde Henrik Sommer Mitglied des Aufsichtsrats.",
            "Henrik Sommer",
            "Mitglied des Aufsichtsrats",
        ),
        ("Der Jurist Kai Hoff wurde zum Mitglied des Verwaltungsrats gewählt.", "Kai Hoff", "Mitglied"),
        ("Die Aktionäre wählten Nora Beck zum Aufsichtsratsmitglied.", "Nora Beck", "Aufsichtsratsmitglied"),
        (
            "Der Stiftungsrat berief Prof. Dr. Heinz Ulrich zum Vorstand der Stiftung.",
            "Heinz Ulrich",
            "Vorstand",
        ),
        ("Neue Landrätin im Kreis Wendau ist Sabine Hollmann.", "Sabine Hollmann", "Landrätin"),
        ("Chef der Behörde wird künftig Rainer Stock.", "Rainer Stock", "Chef"),
        ("Neuer Intendant des Theaters wird ab Oktober Felix Lorenz.", "Felix Lorenz", "Intendant"),
        ("Thomas Riedl wird neuer CEO des Softwarekonzerns.", "Thomas Riedl", "CEO"),
    ],
)
def test_becoming_the_holder(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Ulrike Hansen soll Generalstaatsanwältin in Bremen werden.",
        "Ulrike Hansen wird Generalstaatsanwältin bleiben.",
        "Wenn Ulrike Hansen Generalstaatsanwältin wird, tritt sie aus der Partei aus.",
        "Offen ist, ob Tomas Wenzel Präsident des Landgerichts wird.",
        "Wird Jana Pohl neue Bürgermeisterin von Kleinhausen?",
        "Die Entscheidung wird Präsident Anton Berg treffen.",
        "Karla Stern wird Mitglied der Partei.",
        "Im Herbst wurde Henrik Sommer Mitglied des Tennisvereins.",
        "Chef der Behörde ist Rainer Stock.",
        "Matthias Ebert ist Sportdirektor des Vereins.",
        "Paul Winter war von 2004 bis 2011 Aufsichtsratschef der Bank.",
        "Henrik Sommer wurde Vater einer Tochter.",
        "Die Läuferin Petra Kühn wurde Zweite.",
        "Thomas Riedl wird Präsident des Verbandes bleiben.",
        "Der Verein dementierte, dass Jürgen Vollmer neuer Cheftrainer wird.",
    ],
)
def test_copula_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
