"""Cases from invented agency reports (Vienna, Zurich, Berlin, Istanbul): police counted as the
arrested, unnamed professionals, charges that go on past their noun or are told as a suspected
deed, media told a statement, institutions named after a person, and posts held by a woman and
then by a man. Look-alikes that must keep their old reading sit beside each case."""

from __future__ import annotations

import pytest

from kzgraph.extract.kinds.offices.extract import office_key
from tests.extract_helpers import appointment_rows, dismissal_rows, facts, replacement_rows


def test_the_dismissed_is_the_name_after_an_institution_named_after_a_person() -> None:
    text = (
        "Bundesgesundheitsminister Karl Lauterbach hat den Präsidenten des Robert Koch-Instituts, "
        "Lars Schaade, in den einstweiligen Ruhestand versetzt."
    )
    assert dismissal_rows(text) == [
        ("Lars Schaade", "Karl Lauterbach", "Präsident des Robert Koch-Instituts")
    ]


@pytest.mark.parametrize(
    ("pair"),
    [
        ("Innenministerin", "Innenminister"),
        ("Präsidentin des Instituts", "Präsident des Instituts"),
        ("stellvertretende Vorsitzende", "stellvertretender Vorsitzender"),
        ("Kanzlerin", "Kanzler"),
    ],
)
def test_an_office_is_the_same_whoever_holds_it(pair: tuple[str, str]) -> None:
    assert office_key(pair[0]) == office_key(pair[1])
    assert office_key("Innenminister") != office_key("Finanzminister")


def test_a_man_succeeds_a_dismissed_woman_in_her_office() -> None:
    text = (
        "Der Kanzler hat Innenministerin Petra Hofbauer abberufen. "
        "Neuer Innenminister wird der bisherige Landespolizeidirektor Markus Gruber."
    )
    assert replacement_rows(text) == [("Markus Gruber", "Petra Hofbauer")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident hat Gabriel Attal entlassen und Michel Barnier zum Regierungschef ernannt.",
        "Der Präsident hat Michel Barnier zum Regierungschef ernannt und Gabriel Attal entlassen.",
        "Der Präsident entließ Gabriel Attal und ernannte Michel Barnier zum Regierungschef.",
    ],
)
def test_each_verb_of_a_coordination_has_its_own_object_and_the_shared_subject(text: str) -> None:
    assert dismissal_rows(text) == [("Gabriel Attal", "Der Präsident", None)]
    assert appointment_rows(text) == [("Michel Barnier", "Der Präsident", "Regierungschef")]


def test_a_list_of_objects_is_still_one_verbs() -> None:
    text = "Der Präsident entließ Gabriel Attal und Michel Barnier."
    assert dismissal_rows(text) == [
        ("Gabriel Attal", "Der Präsident", None),
        ("Michel Barnier", "Der Präsident", None),
    ]


def test_a_verb_form_the_tagger_does_not_know_is_still_the_finite_verb() -> None:
    # "enthob" was tagged NE: the object was taken for the subject and the other way round
    text = "Das Parlament enthob Vizepräsidentin Eva Kaili ihres Amtes."
    assert dismissal_rows(text) == [("Eva Kaili", "Das Parlament", "Vizepräsidentin")]


def test_ihres_amtes_is_the_office_the_article_gives_the_dismissed() -> None:
    text = "Die Vizepräsidentin Eva Kaili wurde verhaftet. Kaili wurde später ihres Amtes enthoben."
    assert dismissal_rows(text) == [("Eva Kaili", None, "Vizepräsidentin")]


def test_the_successor_noun_names_its_post_with_als() -> None:
    text = (
        "Der Präsident enthob Vizepräsidentin Eva Kaili ihres Amtes. "
        "Ihr Nachfolger als Vizepräsident wurde der Luxemburger Marc Angel."
    )
    got = facts(text).replacements
    assert [(r.successor.label, r.predecessor.label, r.office) for r in got] == [
        ("Marc Angel", "Eva Kaili", "Vizepräsident")
    ]


def test_a_bare_title_succeeds_the_post_with_its_genitive() -> None:
    text = (
        "Der Präsident hat den Oberbefehlshaber der Streitkräfte, Walerij Saluschnyj, abgesetzt. "
        "Neuer Oberbefehlshaber wird der bisherige Kommandeur der Landstreitkräfte, Olexander Syrskyj."
    )
    assert replacement_rows(text) == [("Olexander Syrskyj", "Walerij Saluschnyj")]
    text = (
        "Der Kanzler hat Innenministerin Petra Hofbauer abberufen. Neuer Finanzminister wird Markus Gruber."
    )
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Der Kanzler hat Justizminister Marco Buschmann geschasst.",
            ("Marco Buschmann", "Der Kanzler", "Justizminister"),
        ),
        ("Der Verein warf Trainer Hans Maier raus.", ("Hans Maier", "Der Verein", "Trainer")),
        (
            "Der Konzern hat Vorstandschef Peter Huber vor die Tür gesetzt.",
            ("Peter Huber", "Der Konzern", "Vorstandschef"),
        ),
        ("Der Verein hat Trainer Hans Maier beurlaubt.", ("Hans Maier", "Der Verein", "Trainer")),
    ],
)
def test_colloquial_dismissal_verbs(text: str, row: tuple[str, str, str]) -> None:
    assert dismissal_rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Der Beamte Hans Maier wurde bis zur Klärung der Vorwürfe beurlaubt.",
        "Die Polizei warf den Demonstranten Gewalt vor.",
        "Die Mutter setzte den Hund vor die Tür.",
    ],
)
def test_look_alikes_of_colloquial_dismissal_verbs(text: str) -> None:
    assert dismissal_rows(text) == []


def test_the_successor_described_after_an_appointment_is_the_appointee() -> None:
    text = (
        "Frankreichs Präsident Emmanuel Macron hat François Bayrou zum neuen Premierminister ernannt. "
        "Der 73-Jährige folgt auf Michel Barnier."
    )
    assert replacement_rows(text) == [("François Bayrou", "Michel Barnier")]
    # a successor named in the sentence stays
    text = "Der Präsident hat Anna Berg zur Ministerin ernannt. Peter Huber folgt auf Karl Maier."
    assert replacement_rows(text) == [("Peter Huber", "Karl Maier")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Das Innenministerium übernimmt der CSU-Politiker Alexander Dobrindt.",
            [("Alexander Dobrindt", "Alexander Dobrindt", "Innenminister")],
        ),
        (
            "Alexander Dobrindt übernimmt das Innenministerium.",
            [("Alexander Dobrindt", "Alexander Dobrindt", "Innenminister")],
        ),
        # the ministry is the subject, not the post taken
        ("Das Innenministerium übernimmt die Ermittlungen.", []),
    ],
)
def test_a_ministry_taken_over_is_the_ministers_post(text: str, row: list[tuple[str, str, str]]) -> None:
    assert appointment_rows(text) == row
