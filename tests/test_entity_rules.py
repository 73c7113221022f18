"""Entity rules on fixed NER output: each case sets the NER's spans by hand, runs the rules
(kz_entity_rules) and checks what they keep, join or relabel. Found on GermEval training
sentences, where the NER was right and the rules broke its spans."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from kzgraph.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def apply_rules(nlp: Language, words: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Tag ``words`` (no NER), set ``ents`` as the NER's output, run the entity rules."""
    with nlp.select_pipes(disable=["ner", "kz_entity_rules"]):
        doc = nlp(Doc(nlp.vocab, words=words))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc = nlp.get_pipe("kz_entity_rules")(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_person_span_ending_in_punctuation_makes_no_punctuation_a_name(nlp: Language) -> None:
    # The NER took "Chr ." for a person; the surname rule then tagged every "." as a person.
    words = "Seit 330 v . Chr . lebte Olympias in Epirus .".split()
    ents = apply_rules(nlp, words, [(4, 6, "PER"), (7, 8, "PER"), (9, 10, "LOC")])
    assert ("Epirus", "LOC") in ents
    assert not [text for text, label in ents if label == "PER" and not text[:1].isalpha()]


@pytest.mark.parametrize(
    ("words", "span", "label"),
    [
        ("Die Bullen bezwangen die San Antonio Spurs .", (4, 7), "ORG"),
        ("Er hält an der Station North York Centre .", (5, 8), "LOC"),  # "North York": gazetteer phrase
        ("Er wurde in den Kader der Detroit Red Wings berufen .", (6, 9), "ORG"),  # a team is not split
    ],
)
def test_a_first_name_inside_a_known_name_does_not_split_it(nlp: Language, words: str, span, label) -> None:
    assert apply_rules(nlp, words.split(), [(*span, label)]) == [
        (" ".join(words.split()[span[0] : span[1]]), label)
    ]


def test_a_place_before_a_city_person_is_still_split(nlp: Language) -> None:
    # The rule the guards above must not break: "in [Wiesbaden Franziska Brantner]".
    words = "Sie sprach in Wiesbaden Franziska Brantner .".split()
    assert apply_rules(nlp, words, [(3, 6, "LOC")]) == [("Wiesbaden", "LOC"), ("Franziska Brantner", "PER")]


def test_only_a_known_first_name_joins_the_surname_after_it(nlp: Language) -> None:
    words = "Das Denkmal in Japan Rodins Signatur und Außenminister Antony Blinken .".split()
    ents = apply_rules(nlp, words, [(3, 4, "LOC"), (4, 5, "PER"), (8, 9, "LOC"), (9, 10, "PER")])
    assert ents == [("Japan", "LOC"), ("Rodins", "PER"), ("Antony Blinken", "PER")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Auf Druck nahm aber Philipp den Königstitel nicht an .",
            "Philipp",
        ),  # an article opens no particles
        ("So erfährt Ida vom Bankdirektor das Passwort .", "Ida"),  # a title is no surname
    ],
)
def test_particles_join_only_a_surname(nlp: Language, sentence: str, person: str) -> None:
    words = sentence.split()
    i = words.index(person)
    assert apply_rules(nlp, words, [(i, i + 1, "PER")]) == [(person, "PER")]


def test_a_title_run_stops_at_a_frequent_noun_outside_the_person(nlp: Language) -> None:
    words = "Er ging , um seinem Nachfolger Harry Nippert Platz zu machen .".split()
    assert apply_rules(nlp, words, [(6, 8, "PER")]) == [("Harry Nippert", "PER")]


def test_an_unknown_word_after_a_title_is_a_person_even_if_the_ner_said_place(nlp: Language) -> None:
    words = "Bei Mercedes betont Motorenchef Mikulic das Einsparpotential .".split()
    assert ("Mikulic", "PER") in apply_rules(nlp, words, [(1, 2, "ORG"), (4, 5, "LOC")])
    # A known place stays a place: "Präsident Frankreich" is no person.
    words = "Der Präsident Frankreich ist kein Name .".split()
    assert apply_rules(nlp, words, [(2, 3, "LOC")]) == [("Frankreich", "LOC")]


def test_academic_title_without_full_stop_is_no_name(nlp: Language) -> None:
    words = "Das Unternehmen ging vom Gründer Dr . Bernd Rödl an die Erben .".split()
    assert apply_rules(nlp, words, [(7, 9, "PER")]) == [("Bernd Rödl", "PER")]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Der Chef seiner Softwaretochter Cariad trat ab .", "ORG"),  # a company's subsidiary
        ("Als Tochter Elena zur Welt kam , zog er fort .", "PER"),  # a daughter
        ("Seine Enkeltochter Marie kam zu Besuch .", "PER"),
    ],
)
def test_name_after_tochter_compound_is_an_organisation_but_not_after_family_words(
    nlp: Language, sentence: str, label: str
) -> None:
    words = sentence.split()
    i = next(k for k, w in enumerate(words) if w in ("Cariad", "Elena", "Marie"))
    assert apply_rules(nlp, words, [(i, i + 1, "PER")]) == [(words[i], label)]


def test_two_full_names_side_by_side_are_two_persons(nlp: Language) -> None:
    words = "Am Montag entließ Wladimir Putin Sergej Schoigu .".split()
    assert apply_rules(nlp, words, [(3, 7, "PER")]) == [("Wladimir Putin", "PER"), ("Sergej Schoigu", "PER")]
    # two first names in a row open one name
    words = "Gestern sang Hans Peter Müller .".split()
    assert apply_rules(nlp, words, [(2, 5, "PER")]) == [("Hans Peter Müller", "PER")]


def test_a_title_the_ner_took_into_a_name_is_dropped(nlp: Language) -> None:
    words = "Damals regierte Kaiser Franz Joseph in Wien .".split()
    ents = apply_rules(nlp, words, [(2, 5, "PER"), (6, 7, "LOC")])
    assert ents == [("Franz Joseph", "PER"), ("Wien", "LOC")]
    # the rule leaves a one-word span alone
    assert apply_rules(nlp, "Der Kaiser kam .".split(), [(1, 2, "PER")]) == [("Kaiser", "PER")]
