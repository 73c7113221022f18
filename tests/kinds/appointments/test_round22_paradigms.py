"""Round 22 (issue 24): appointment classes of the sixth work set, as paradigms of invented
sentences: office rows against construction columns, with look-alikes that must give no fact.

Classes: a copula subject described before its name (a long description, one that sets the
name off, a party in brackets, an attributive phrase holding a hedge noun), in a main clause,
a dass-clause and inverted; sworn in by one's own oath; someone's post taken with "einnehmen"."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows

# (title as predicate, its base in the fact) x constructions of the described subject
OFFICES = [
    ("Staatssekretärin", "Staatssekretärin"),
    ("Intendantin", "Intendantin"),
    ("Polizeipräsidentin", "Polizeipräsidentin"),
]

DESCRIBED_SUBJECT = [
    "Die bisherige Leiterin des Amtes für Umwelt, Helka Dornquist (Grüne), wird {t} in Velmsdorf.",
    "Helka Dornquist (Grüne), Referentin im Landratsamt, wird {t} in Velmsdorf.",
    "Die lange als Favoritin gehandelte, bisherige Dezernentin Helka Dornquist wird {t} in Velmsdorf.",
    "Bekannt wurde am Montag, dass die bisherige Sprecherin der Stadtwerke, Helka Dornquist, {t} wird.",
    "Helka Dornquist, zuvor Richterin am Amtsgericht, wurde vor zwei Wochen {t} in Velmsdorf.",
    "So wird Helka Dornquist, bisher Referentin der Sparkasse, {t} in Velmsdorf.",
    "Helka Dornquist (Grüne), Referentin für Bau, Verkehr und Umwelt, wird {t} in Velmsdorf.",
]


@pytest.mark.parametrize("title,office", OFFICES)
@pytest.mark.parametrize("template", DESCRIBED_SUBJECT)
def test_copula_subject_described_before_the_name(template: str, title: str, office: str) -> None:
    rows = appointment_rows(template.format(t=title))
    assert [(who, post) for who, _, post in rows] == [("Helka Dornquist", office)]


@pytest.mark.parametrize("title", ["Staatssekretär", "Intendant"])
def test_inverted_copula_takes_the_name_set_off_after_the_description(title: str) -> None:
    text = f"Neuer {title} wird der frühere Referent von Senatorin Arvo Tennstedt, Jolin Marek."
    assert [who for who, _, _ in appointment_rows(text)] == ["Jolin Marek"]


DESCRIBED_LOOK_ALIKES = [
    "Die lange als Favoritin gehandelte Dezernentin Helka Dornquist soll Staatssekretärin werden.",
    "Helka Dornquist (Grüne), Referentin im Landratsamt, bleibt Staatssekretärin in Velmsdorf.",
    "Helka Dornquist (Grüne) wird voraussichtlich Staatssekretärin in Velmsdorf.",
    "Ob die bisherige Sprecherin der Stadtwerke, Helka Dornquist, Intendantin wird, ist offen.",
    "Der Sohn der Ministerin, Jolin Marek, wird Vater.",
    "Helka Dornquist, zuvor Richterin am Amtsgericht, wurde vor zwei Wochen Großmutter.",
    "So wird Helka Dornquist, bisher Staatssekretärin, nicht Ministerin.",
    "Danach wurde Helka Dornquist, die Tochter des Ministers, Mutter.",
]


@pytest.mark.parametrize("text", DESCRIBED_LOOK_ALIKES)
def test_described_subject_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []


OATHS = [
    "Jolin Marek leistet Amtseid als neuer {t}",
    "Jolin Marek leistete am Mittwoch den Amtseid als {t}.",
    "Am Montag legte Jolin Marek seinen Amtseid als {t} ab.",
    "Als neuer {t} hat Jolin Marek am Freitag den Eid abgelegt.",
]


@pytest.mark.parametrize("title", ["Präsident", "Bürgermeister", "Landrat"])
@pytest.mark.parametrize("template", OATHS)
def test_sworn_in_by_ones_own_oath(template: str, title: str) -> None:
    assert appointment_rows(template.format(t=title)) == [("Jolin Marek", None, title)]


OATH_LOOK_ALIKES = [
    "Jolin Marek legte den Eid als Zeuge ab.",
    "Jolin Marek leistete Hilfe als Sanitäter.",
    "Jolin Marek soll am Montag den Amtseid als Präsident leisten.",
    "Jolin Marek wird den Amtseid als Präsident nicht leisten.",
    "Jolin Marek legte die Prüfung als Meister ab.",
    "Jolin Marek leistete den Amtseid.",
]


@pytest.mark.parametrize("text", OATH_LOOK_ALIKES)
def test_oath_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize("noun", ["Posten", "Platz"])
def test_someones_post_taken_with_einnehmen(noun: str) -> None:
    text = f"Die Leiterin Helka Dornquist geht in den Ruhestand. Ihren {noun} nimmt Jolin Marek ein."
    rows = appointment_rows(text)
    # the possessor's office, in the taker's form where the name tells a gender
    assert [who for who, _, _ in rows] == ["Jolin Marek"] and rows[0][2] in ("Leiter", "Leiterin")


def test_posten_taken_with_einnehmen_without_a_known_office() -> None:
    text = "Arvo Tennstedt verlässt den Verein. Seinen Posten nimmt die frühere Co-Trainerin Jolin Marek ein."
    assert [who for who, _, _ in appointment_rows(text)] == ["Jolin Marek"]


EINNEHMEN_LOOK_ALIKES = [
    "Jolin Marek nimmt eine klare Position ein.",
    "Helka Dornquist nahm ihren Platz in der ersten Reihe ein.",
    "Seinen Platz im Flugzeug nahm Jolin Marek ein.",
    "Seinen Posten soll Jolin Marek einnehmen.",
    "Arvo Tennstedt verlässt den Verein. Seinen Platz nimmt Jolin Marek ein.",
]


@pytest.mark.parametrize("text", EINNEHMEN_LOOK_ALIKES)
def test_einnehmen_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Der Gemeinderat hat Jolin Marek zu seinem Präsidenten und Helka Dornquist zu seiner "
            "Vizepräsidentin gewählt.",
            [("Jolin Marek", "Präsident"), ("Helka Dornquist", "Vizepräsidentin")],
        ),
        ("Der Vorstand wählte Jolin Marek zu seinem Sprecher.", [("Jolin Marek", "Sprecher")]),
        ("Jolin Marek wurde zu ihrem Sprecher gewählt.", [("Jolin Marek", "Sprecher")]),
    ],
)
def test_zu_with_a_possessive_names_the_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(who, post) for who, _, post in appointment_rows(text)] == expected


PLURAL_TITLES = [("Staatssekretäre", "Staatssekretär"), ("Bürgermeister", "Bürgermeister")]


@pytest.mark.parametrize("title,base", PLURAL_TITLES)
@pytest.mark.parametrize(
    "template",
    [
        "Neue {t} werden Jolin Marek und Arvo Tennstedt.",
        "Neue {t} werden Jolin Marek in Velmsdorf und Arvo Tennstedt in Kranzfeld.",
        "Parlamentarische {t} werden Jolin Marek im Bauamt sowie Arvo Tennstedt im Finanzamt.",
    ],
)
def test_plural_title_first_lists_every_holder(template: str, title: str, base: str) -> None:
    rows = appointment_rows(template.format(t=title))
    assert sorted((who, post) for who, _, post in rows) == [("Arvo Tennstedt", base), ("Jolin Marek", base)]


@pytest.mark.parametrize(
    "text",
    [
        "Neue Minister werden morgen vereidigt.",
        "Weitere Minister werden Jolin Marek kritisieren.",
        "Neue Minister werden nicht Jolin Marek und Arvo Tennstedt.",
        "Neue Minister werden Jolin Marek und Arvo Tennstedt bleiben.",
        "Die Minister werden Jolin Marek und Arvo Tennstedt einladen.",
        "Staatssekretäre bleiben Jolin Marek und Arvo Tennstedt.",
        "Der Verein machte Jolin Marek zu seinem Ehrengast.",
        "Jolin Marek gratulierte Arvo Tennstedt zu seinem Geburtstag.",
    ],
)
def test_plural_and_possessive_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
