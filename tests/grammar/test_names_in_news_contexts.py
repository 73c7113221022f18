"""Contexts of real news where a capitalised word is or is not a person: a quoted work title
after a work noun ("sein Stück „Jonas Wendt“"), a lone office title ("Frau Bundesrätin X"), an
all-capitals headline ("KOVAC IN ATHEN"), and a person the press names by first name and
initial, later by the first name alone ("Rafik D.", "Rafik", "Rafiks"). Each with look-alikes."""

from __future__ import annotations

import pytest

from kzgraph.nlp import load_pipeline
from tests.extract_helpers import context


def _names(text: str) -> set[str]:
    return {rec.name for rec in context(text).persons}


def _persons(text: str) -> list[str]:
    return [e.text for e in load_pipeline()(text).ents if e.label_ == "PER"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Der Förderpreis ging an die Autorin Mara Klee für ihr Stück „Jonas Wendt“.", "Jonas Wendt"),
        ("Die Jury lobte die Produktion „Adam Kroll hat Angst“ am Stadttheater.", "Adam Kroll"),
        ("Sie spielte im Kinofilm „Anna Karenina“ die Hauptrolle.", "Anna Karenina"),
    ],
)
def test_a_name_opening_a_quoted_work_title_is_no_person(text: str, title: str) -> None:
    assert title not in _persons(text)
    assert title not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quotation that opens with a name after no work noun is speech: the name is a person
        ("„Anna Schmidt hat recht“, sagte der Minister am Montag.", "Anna Schmidt"),
        ("Er las aus dem Buch vor. „Thomas Berger kam nie zurück“, schrieb er.", "Thomas Berger"),
    ],
)
def test_a_name_opening_a_quotation_of_speech_is_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_lone_office_title_after_frau_is_no_person() -> None:
    text = "Frau Bundesrätin Amstutz, Sie sprechen am Montag in Aarau."
    assert "Bundesrätin" not in _persons(text)
    assert _names(text) == {"Amstutz"}


def test_an_all_capitals_headline_ends_the_name_before_a_preposition() -> None:
    persons = _persons("AUSSENMINISTER KOVAC IN ATHEN\nKovac traf am Montag den Premier.")
    assert "KOVAC IN ATHEN" not in persons


def test_a_person_named_by_first_name_and_initial_is_later_the_first_name() -> None:
    text = (
        "Die Polizei hat den Verdächtigen Rafik D. in Kassel gefasst. Die Ermittler prüfen, ob Rafik "
        "auch den Kiosk überfallen hat. In Rafiks Keller fanden sie Zigaretten."
    )
    assert {"Rafik D.", "Rafik", "Rafiks"} <= set(_persons(text))
    assert _names(text) == {"Rafik D."}


def test_the_genitive_of_an_initial_name_is_the_person() -> None:
    text = "Oya T. blieb unverletzt. Verletzt wurde Oya T.s Bruder."
    assert _persons(text).count("Oya T.s") == 1


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Er scheidet aus dem Aufsichtsrat der Lohmann Werke AG aus.", "Lohmann Werke AG"),
        ("Die Firma gehört zur Lohmann Holding in Kiel.", "Lohmann Holding"),
    ],
)
def test_a_name_before_company_words_is_the_firm(text: str, firm: str) -> None:
    doc = load_pipeline()(text)
    assert (firm, "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert not _names(text)
