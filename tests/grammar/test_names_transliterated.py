"""Transliterated names as real news writes them: a surname joined to its particle by a hyphen
("Machthaber Samir al-Haddad", later "Haddad"), "bin" between names, the same person with and
without accents ("Özdoğan", "Ozdogan"), and two persons with one surname ("Leonie Brunner",
"Selina Brunner"). Look-alikes: a place with a particle ("Ras al-Ain") after no title."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kzgraph.nlp import load_pipeline
from tests.extract_helpers import context


def _names(text: str) -> set[str]:
    return {rec.name for rec in context(text).persons}


def _persons(text: str) -> set[str]:
    return {e.text for e in load_pipeline()(text).ents if e.label_ == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Machthaber Samir al-Haddad stellte neue Forderungen.", "Samir al-Haddad"),
        ("Präsident Karim Yassin el-Mansour empfing die Delegation.", "Karim Yassin el-Mansour"),
        ("Der Kronprinz Faisal bin Rashid reiste nach Oslo.", "Faisal bin Rashid"),
    ],
)
def test_a_hyphenated_particle_after_a_title_ends_the_name(text: str, name: str) -> None:
    assert name in _persons(text)
    assert name in _names(text)


def test_the_surname_without_its_particle_is_the_same_person() -> None:
    text = (
        "Der Machthaber Samir al-Haddad stellte neue Forderungen. "
        "Haddad sagte am Montag, er wolle nur über den Hafen reden. Al-Haddad blieb dabei."
    )
    assert _names(text) == {"Samir al-Haddad"}


def test_the_same_name_with_and_without_accents_is_one_person() -> None:
    text = "Präsident Kemal Özdoğan reiste ab. Ozdogan sagte, er komme wieder."
    assert _names(text) == {"Kemal Özdoğan"}


def test_two_first_names_with_one_surname_are_two_persons() -> None:
    text = "Die Schwestern Leonie Brunner und Selina Brunner fuhren beide aufs Podest."
    assert {"Leonie Brunner", "Selina Brunner"} <= _names(text)


def test_a_place_with_a_particle_after_no_title_stays_a_place() -> None:
    # "Ras" is also a first name: the particle joins it only where the NER saw no place
    nlp = load_pipeline()
    words = "Die Kämpfe um Ras al-Ain dauern an .".split()
    with nlp.select_pipes(disable=["ner", "kz_entity_rules"]):
        doc = nlp(Doc(nlp.vocab, words=words))
    doc.ents = [Span(doc, 3, 5, label="LOC")]
    doc = nlp.get_pipe("kz_entity_rules")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ras al-Ain", "LOC")]
