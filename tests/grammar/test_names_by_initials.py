"""Persons that court and police reports name by initials only: a run of initials ("R. T. W.",
"A.-K. B."), one initial after a person noun ("der Angeklagte K."), and two persons whose
initials share the surname's ("L. B." and "M. H. B." are two). Look-alike: an initial that
shortens a place ("in der Gemeinde S. bei Kiel") stays out of the persons."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kzgraph.nlp import load_pipeline
from tests.extract_helpers import context


def _rule_persons(words: str) -> list[str]:
    """The entity rules alone on ``words`` (the NER's own entities removed)."""
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["ner", "kz_crf_ner", "kz_entity_rules"]):
        doc = nlp(Doc(nlp.vocab, words=words.split()))
    doc.ents = []
    doc = nlp.get_pipe("kz_entity_rules")(doc)
    return [e.text for e in doc.ents if e.label_ == "PER"]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Der Angeklagte K. schwieg am ersten Verhandlungstag .", "K."),
        ("Die Zeugin S. sagte gegen ihren Bruder aus .", "S."),
        ("Das Gericht verurteilte den Angeklagten A.-K. B. zu drei Jahren .", "A.-K. B."),
        ("Der Beschuldigte R. T. W. bestritt die Tat .", "R. T. W."),
    ],
)
def test_initials_after_a_person_noun_are_the_person(words: str, person: str) -> None:
    assert person in _rule_persons(words)


def test_an_initial_shortening_a_place_is_no_person() -> None:
    assert _rule_persons("Er wohnte in der Gemeinde S. bei Kiel .") == []


def test_two_persons_with_one_surname_initial_are_two() -> None:
    text = (
        "Der Angeklagte L. B. wurde zu zwei Jahren verurteilt. "
        "Bestohlen hatten die Angeklagten den 40-jährigen M. H. B. im März."
    )
    assert {"L. B.", "M. H. B."} <= {rec.name for rec in context(text).persons}


def test_two_first_names_with_one_surname_initial_are_two_persons() -> None:
    text = "Ihr Bruder Okan T. wurde leicht verletzt. Seine Schwester Oya T. blieb unverletzt."
    assert {"Okan T.", "Oya T."} <= {rec.name for rec in context(text).persons}
