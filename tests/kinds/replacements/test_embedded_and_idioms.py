"""Successions told past an embedded relative clause, by idioms of leading handed over or taken up,
and by a bare take-over from a named person (grammar mechanisms: a relative clause in the middle
field before the separable particle or the object; "das Ruder / den Chefsessel an B abgeben";
"das Erbe von A antreten"; "B hat von A übernommen" with no object; "auf ihn folgt B").
Look-alikes: a thing handed over or taken, a race lead, an heir, a legacy looked after, an
indefinite "Erbe", an object pronoun, a firm as taker, a pronoun after another verb."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(r.successor.label, r.predecessor.label) for r in facts(text).replacements]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Vohs löst Armin Kuss, der seit neun Jahren im Amt war, als Landrätin ab.",
        "Nach der Wahl löste Greta Vohs den Amtsinhaber Armin Kuss, der nicht mehr antrat, ab.",
        "Im Herbst gab Armin Kuss, der den Verband lange geführt hatte, den Vorsitz an Greta Vohs ab.",
        "Dann übergab Armin Kuss, der seit 2011 an der Spitze stand, Greta Vohs den Stab.",
        "So gab Armin Kuss, der die Kanzlei gegründet hatte, das Ruder an Greta Vohs ab und zog sich zurück.",
    ],
)
def test_relative_clause_in_the_middle_field(text: str) -> None:
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]


def test_relative_clause_before_a_thing_handed_over() -> None:
    assert _pairs("Armin Kuss gab den Ordner, den Greta Vohs angelegt hatte, an Theo Brand ab.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nach acht Jahren gab Armin Kuss das Ruder an Greta Vohs ab.",
        "Armin Kuss hat den Chefsessel im Januar an Greta Vohs abgegeben.",
        "Armin Kuss übergibt den Chefposten zum Jahresende an Greta Vohs.",
    ],
)
def test_idiom_of_leading_handed_over(text: str) -> None:
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Läufer Armin Kuss gab die Führung nach zehn Kilometern an Greta Vohs ab.",
        "Armin Kuss gab den Schlüssel an Greta Vohs ab.",
        "Armin Kuss gab das Ruder an die Stiftung ab.",
    ],
)
def test_no_idiom_handed_to_a_person(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Greta Vohs hat im Frühjahr das Erbe von Armin Kuss angetreten.",
        "Greta Vohs tritt das Erbe von Armin Kuss als Intendantin an.",
        "Armin Kuss verlässt die Redaktion. Sein Erbe tritt die Vizechefin Greta Vohs an.",
    ],
)
def test_inheritance_taken_up(text: str) -> None:
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Vohs verwaltet das Erbe von Armin Kuss.",
        "Greta Vohs tritt ein schwieriges Erbe an.",
        "Der Erbe von Armin Kuss ist Greta Vohs.",
        "Das Erbe von Armin Kuss fällt an Greta Vohs.",
    ],
)
def test_no_inheritance_taken_up(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Greta Vohs hat im Mai von Armin Kuss übernommen.",
        "Am 1. Juli übernahm Greta Vohs von Armin Kuss.",
    ],
)
def test_taken_over_with_no_object(text: str) -> None:
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Vohs hat es von Armin Kuss übernommen.",
        "Greta Vohs übernahm von Armin Kuss Aufgaben.",
        "Greta Vohs übernahm die Rechnung von Armin Kuss.",
        "Die Firma Zentrex hat im Mai von Armin Kuss übernommen.",
    ],
)
def test_something_taken_over(text: str) -> None:
    assert _pairs(text) == []


def test_pronoun_after_auf_points_back_to_the_one_who_left() -> None:
    text = "Armin Kuss tritt als Präsident zurück. Auf ihn folgt Greta Vohs."
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]


def test_pronoun_after_another_verb() -> None:
    assert _pairs("Armin Kuss tritt als Präsident zurück. Greta Vohs wartet auf ihn.") == []


def test_abbreviated_name_particle() -> None:
    text = "Im Jahr 2009 folgte Greta Vohs auf Armin v. Kusserow."
    assert _pairs(text) == [("Greta Vohs", "Armin v. Kusserow")]


def test_abbreviation_v_before_a_lower_case_word_is_no_particle() -> None:
    text = "Im Jahr 2009 folgte Greta Vohs auf Armin Kuss, v. a. wegen ihrer Erfahrung."
    assert _pairs(text) == [("Greta Vohs", "Armin Kuss")]
