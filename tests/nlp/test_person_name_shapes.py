"""Persons the statistical NER misses or types as places or organisations, found by the shape of
their name (kzgraph/nlp/name_shapes.py and the entity rules): foreign surname endings, a first name
before an unknown surname after a club or newspaper, double first names the gazetteer knows, names
with any Latin diacritic, two first names before a common-noun surname, a quoted nickname, two
capitals as first names. Every class with look-alikes: places, clubs, companies and events named
like persons. All names are invented."""

from __future__ import annotations

import pytest

from kzgraph.nlp import load_pipeline
from kzgraph.nlp.name_shapes import has_surname_suffix
from kzgraph.nlp.person_names import NAME
from tests.extract_helpers import context


def _entity_of(text: str, word: str) -> str:
    """The label of the entity holding ``word`` ('' if none)."""
    doc = load_pipeline()(text)
    return next((t.ent_type_ for t in doc if t.text == word), "missing")


def _persons(text: str) -> list[str]:
    return [e.text for e in load_pipeline()(text).ents if e.label_ == "PER"]


FOREIGN = [
    ("Bogdan", "Zaritschenko"),
    ("Tomasz", "Wierzbowski"),
    ("Dragan", "Stojanović"),
    ("Lascha", "Gogiaschwili"),
    ("Nino", "Kapanadse"),
    ("Aram", "Sarkissjan"),
    ("Murat", "Karaosmanoğlu"),
    ("Reza", "Hosseinzadeh"),
    ("Arjun", "Banerjee"),
    ("Nikos", "Papadopoulos"),
    ("Mihai", "Popescu"),
    ("Jonas", "Petrauskas"),
]
CONTEXTS = [
    "{f} {s} wurde am Montag zum Gouverneur ernannt.",
    "Er tritt die Nachfolge von {f} {s} an.",
    "Als neuen Trainer holt der Verein {f} {s}.",
    "Der Sprecher der Regierung Serbiens {f} {s} wurde entlassen.",
    "Regierung entlässt Minister {s}",
]


@pytest.mark.parametrize("pattern", CONTEXTS)
@pytest.mark.parametrize(("first", "surname"), FOREIGN)
def test_a_foreign_surname_ending_makes_a_person(first: str, surname: str, pattern: str) -> None:
    assert _entity_of(pattern.format(f=first, s=surname), surname) == "PER"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Im Istanbuler Bezirk Kadıoğlu wurde demonstriert.", "Kadıoğlu"),
        ("Die Truppen rückten nach Welikopolenko vor.", "Welikopolenko"),
        ("Er wohnt in Zarewitsch am Fluss.", "Zarewitsch"),
        ("Im Landkreis Podolsko gab es Regen.", "Podolsko"),
        ("Der Hersteller Petrowitsch baut Flugzeuge.", "Petrowitsch"),
    ],
)
def test_a_place_or_maker_with_a_surname_ending_stays_no_person(text: str, word: str) -> None:
    assert _entity_of(text, word) != "PER"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Als neuen Trainer holt der Verein Bernhard Quellmann.", "Quellmann"),
        ("Nach Informationen der Zeitung Reinhold Ambacher wird der neue Leiter.", "Ambacher"),
        ("Für den Posten verpflichtet der Klub Ann-Sophie Quellhorst.", "Quellhorst"),
        ("Als neuen Trainer holt der Verein Lascha Gogiaschwili.", "Gogiaschwili"),
    ],
)
def test_a_first_name_and_surname_after_a_club_or_newspaper_is_a_person(text: str, surname: str) -> None:
    assert _entity_of(text, surname) == "PER"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Konzern Hugo Boss meldete Gewinne.", "Boss"),
        ("Der Konzern Konrad Wendeler meldete Gewinne.", "Wendeler"),
        ("Der Verein Viktoria Köln entließ den Trainer.", "Köln"),
        ("Viktoria Hausen hat sich von ihrem Trainer getrennt.", "Hausen"),
        ("Der Klub Aston Villa entließ den Trainer.", "Villa"),
        ("Die Partei Bündnis Sahra Wagenknecht legt zu.", "Wagenknecht"),
        ("Sie reiste nach Santa Barbara.", "Barbara"),
        ("Die French Open beginnen am Sonntag.", "Open"),
    ],
)
def test_companies_clubs_places_and_events_named_like_persons_stay_no_person(text: str, word: str) -> None:
    assert _entity_of(text, word) != "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gewählt wurde Herrn Prof. Dr. Ulf-Peter Brankow.", "Ulf-Peter Brankow"),
        ("Geehrt wurde Dr. h. c. Karl-Heinz Wendebrück aus Bonn.", "Karl-Heinz Wendebrück"),
        ("Die Nachfolge tritt Herrn Prof. Dr. Dr. h. c. Hans-Peter Kolbe an.", "Hans-Peter Kolbe"),
        ("Zur Rektorin wurde Professorin Ann-Sophie Quellhorst gewählt.", "Ann-Sophie Quellhorst"),
    ],
)
def test_a_double_first_name_after_an_academic_title_opens_the_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In der Hauptstadt wurde Staatschef Diabaté festgenommen.", "Diabaté"),
        ("Malis Regierungschef Keïtaro wurde festgenommen.", "Keïtaro"),
        ("Festgenommen wurde Bürgermeister Ayşe Yıldırımlı in der Hauptstadt.", "Yıldırımlı"),
    ],
)
def test_a_name_with_any_latin_diacritic_after_a_title_is_a_person(text: str, word: str) -> None:
    assert _entity_of(text, word) == "PER"


def test_two_first_names_before_a_common_noun_surname_are_a_name() -> None:
    text = "Die Leitung übernimmt die Direktorin in Hamburg, Anna Luise Rinne."
    assert "Anna Luise Rinne" in _persons(text)
    assert "Greta Marie Hecke" in _persons("In Bremen folgt die Konsulin in Lyon, Greta Marie Hecke.")


@pytest.mark.parametrize("text", ["Er schenkte Anna Geld.", "Er schenkte Anna Maria Blumen, die sie mochte."])
def test_a_common_noun_after_first_names_inside_the_clause_is_no_surname(text: str) -> None:
    assert not any(w in p for p in _persons(text) for w in ("Geld", "Blumen"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zum Trainer wurde Tarik „Tiki“ Hasanovic ernannt.", "Tarik Hasanovic"),
        ("Neuer Coach ist Jens „Wolli“ Wollenberg (47).", "Jens Wollenberg"),
        ("Festgenommen wurde Emre „Der Lange“ Aydoğan am Flughafen.", "Emre Aydoğan"),
    ],
)
def test_a_quoted_nickname_between_first_name_and_surname_is_one_person(text: str, name: str) -> None:
    assert {rec.name for rec in context(text).persons} == {name}


@pytest.mark.parametrize(
    "text", ["Sie las Anna „Die Reise“ vor.", "Am Abend sang Maria „Ave Maria“ in Köln."]
)
def test_a_quoted_title_after_a_first_name_is_no_nickname(text: str) -> None:
    assert all("„" not in p for p in _persons(text))


def test_two_capitals_before_a_surname_after_a_title_are_first_names() -> None:
    assert "TJ Mbeki" in _persons("Festgenommen wurde der Politiker TJ Mbeki am Flughafen.")
    assert _persons("Der Trainer FC Hausen verlor am Samstag.") == []


@pytest.mark.parametrize(
    ("word", "surname"),
    [
        ("Zaritschenko", True),
        ("Gogiaschwili", True),
        ("Hosseinzadeh", True),
        ("Papadopoulos", True),
        ("Enko", False),
        ("Kapelle", False),
        ("Madrid", False),
    ],
)
def test_surname_endings(word: str, surname: bool) -> None:
    assert has_surname_suffix(word) is surname


@pytest.mark.parametrize("word", ["Keïta", "Yıldız", "Şahin", "Dvořák", "Ñúñez", "Anne-Kathrin", "Müller"])
def test_a_name_word_may_carry_any_latin_diacritic(word: str) -> None:
    assert NAME.match(word)


@pytest.mark.parametrize("word", ["ABC", "Abc1", "x-Ray", "Anna×Berg"])
def test_no_name_word(word: str) -> None:
    assert not NAME.match(word)
