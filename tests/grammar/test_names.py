"""Cues that overrule a statistical PER label (the offline NER is weak without vectors)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kzgraph.extract.grammar.person_finder import find_persons
from tests.extract_helpers import facts


def _doc_with_per(text: str, name: str) -> Doc:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + len(name.split()), label="PER")]
    return doc


def _names(doc: Doc) -> set[str]:
    bounds = [(s.start, s.end) for s in doc.sents]
    return {rec.name for rec, _ in find_persons(doc, bounds)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Lage in Moldawien bleibt ernst. Moldawien sei stabil, hieß es.", "Moldawien"),
        ("Ein Reporter der Zeitung «Iswestija» berichtete von Schüssen.", "Iswestija"),
        ("Foto: Reuters/Xandro Beispielowa", "Xandro Beispielowa"),
    ],
)
def test_per_label_overruled_by_general_cues(text: str, name: str) -> None:
    doc = _doc_with_per(text, name)
    # the label points at the last mention for the place case
    assert name not in _names(doc)


def test_real_person_label_is_kept() -> None:
    doc = _doc_with_per("Der Abgeordnete sagte, Anna Beispielowa habe recht.", "Anna Beispielowa")
    assert "Anna Beispielowa" in _names(doc)


def test_family_name_first_is_one_person_without_a_first_name_gender() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("Präsident Yoon sprach. Dann kam der Präsident Yoon Suk Yeol. Später sprach auch Li Fei.")
    yoon = [i for i, t in enumerate(doc) if t.text == "Yoon"]
    doc.ents = [
        Span(doc, yoon[0], yoon[0] + 1, label="PER"),
        Span(doc, yoon[1], yoon[1] + 3, label="PER"),
        Span(doc, len(doc) - 3, len(doc) - 1, label="PER"),
    ]
    records = {rec.name: rec for rec, _ in find_persons(doc, [(s.start, s.end) for s in doc.sents])}
    assert set(records) == {"Yoon Suk Yeol", "Li Fei"}  # "Yoon" alone is the same person
    # "Li" opens the name as a family name: it is no (female) first name here
    assert records["Li Fei"].gender is None


def test_a_first_name_alone_is_the_one_person_it_opens() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(
        "Union trennte sich von Nenad Bjelica. Wir danken Nenad, sagte Dirk Zingler. "
        "Dann kamen Peter Huber und Peter Maier. Peter lachte."
    )
    spans = [("Nenad", 2), ("Nenad", 1), ("Dirk", 2), ("Peter", 2), ("Peter", 2), ("Peter", 1)]
    ents, k = [], 0
    for word, length in spans:
        k = next(i for i in range(k, len(doc)) if doc[i].text == word)
        ents.append(Span(doc, k, k + length, label="PER"))
        k += 1
    doc.ents = ents
    names = {rec.name for rec, _ in find_persons(doc, [(s.start, s.end) for s in doc.sents])}
    # "Nenad" joins "Nenad Bjelica"; "Peter" opens two names and stays apart
    assert names == {"Nenad Bjelica", "Dirk Zingler", "Peter Huber", "Peter Maier", "Peter"}


def test_two_persons_with_one_surname_stay_two() -> None:
    # seen in a Wikinews report: "Christine Strobl, Ehefrau des … Thomas Strobl" had become one person
    text = (
        "Die 39-jährige Christine Strobl, Ehefrau des CDU-Generalsekretärs Thomas Strobl, "
        "wird Fernsehfilmchefin. Frau Strobl sagte, sie freue sich. Thomas Strobl schwieg. "
        "Strobl sagte später, er sei stolz."
    )
    got = facts(text)
    assert [p.person.label for p in got.persons] == ["Christine Strobl", "Thomas Strobl"]
    # a bare surname: "Frau" tells whom, else the one named last
    assert [(s.speaker.label, s.quote) for s in got.statements] == [
        ("Christine Strobl", "sie freue sich"),
        ("Thomas Strobl", "er sei stolz"),
    ]
    # one first name given once in full and once with the surname only is one person
    got = facts("Christine Strobl kam. Strobl sagte, sie freue sich.")
    assert [p.person.label for p in got.persons] == ["Christine Strobl"]


def _mentions(text: str) -> list[str]:
    from tests.extract_helpers import context

    ctx = context(text)
    mentions = [m for s in ctx.sentences for m in ctx.mentions_in(s) if m.kind == "name"]
    return [ctx.doc[m.start : m.end].text for m in mentions]


@pytest.mark.parametrize(
    "second",
    [
        "Nach der Wahl soll Lena Marquardt Ostholt ablösen.",
        "Im Mai löste Lena Marquardt Ostholt als Vorsitzenden ab.",
    ],
)
def test_two_names_side_by_side_after_the_verb_are_two_persons(second: str) -> None:
    # subject and object after the finite verb, the object the surname of a person named before
    text = f"Der Abgeordnete Bernd Ostholt sitzt seit 2010 im Landtag. {second}"
    assert _mentions(text)[-2:] == ["Lena Marquardt", "Ostholt"]


@pytest.mark.parametrize(
    ("second", "name"),
    [
        # two first names before the surname: one person
        ("Seine Tochter Anna Lena Ostholt studiert in Wien.", "Anna Lena Ostholt"),
        # a double surname after a title: one person
        ("Die Anwältin Maria Berger Ostholt vertritt ihn.", "Maria Berger Ostholt"),
    ],
)
def test_a_long_name_sharing_a_surname_stays_one(second: str, name: str) -> None:
    text = f"Der Abgeordnete Bernd Ostholt sitzt seit 2010 im Landtag. {second}"
    assert name in _mentions(text)
