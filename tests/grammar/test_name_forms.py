"""Forms of names the press uses that the statistical NER cuts short or takes for a person: a
surname shortened to its initial ("Karim B."), a surname joined to its particle by a hyphen
("al-Hakim"), and an offence the NER labels a person ("durch Stalking")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kzgraph.extract.grammar.person_finder import find_persons
from tests.extract_helpers import arrests, context


def _names(text: str) -> set[str]:
    return {rec.name for rec in context(text).persons}


def _blank_doc(text: str, labelled: str) -> Doc:
    """A tokenised ``text`` whose only PER entity is the word ``labelled`` (a cut-short NER span)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == labelled)
    doc.ents = [Span(doc, k, k + 1, label="PER")]
    for t in doc:
        if t.text == "Nabil":
            t.tag_ = "NE"  # as the tagger reads a first name it does not know
    return doc


def _found(doc: Doc) -> set[str]:
    return {rec.name for rec, _ in find_persons(doc, [(s.start, s.end) for s in doc.sents])}


@pytest.mark.parametrize(
    ("text", "labelled", "name"),
    [
        # the NER labels the first name only, or the initial only
        ("Der Anwalt las vor Gericht einen Brief von Nabil K. vor.", "Nabil", "Nabil K."),
        ("Nach Angaben der Polizei sitzt Nabil K. seit Mittwoch in Haft.", "K.", "Nabil K."),
    ],
)
def test_surname_shortened_to_its_initial_belongs_to_the_name(text: str, labelled: str, name: str) -> None:
    assert _found(_blank_doc(text, labelled)) == {name}


def test_middle_initial_is_no_surname() -> None:
    # "George W. Bush": a surname follows the initial, the name runs on
    assert "George W." not in _names("Der frühere Präsident George W. Bush besuchte die Stadt.")


def test_surname_with_a_hyphenated_particle() -> None:
    text = "Bei der Razzia wurde der Kommandeur Faris al-Hakim verhaftet."
    assert "Faris al-Hakim" in _names(text)
    assert [n for _, n, _ in arrests(text)] == ["Faris al-Hakim"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er quälte seine Nachbarin monatelang durch Stalking und Drohungen.", "Stalking"),
        ("Der Verein warf ihm Betrug vor.", "Betrug"),
    ],
)
def test_offence_labelled_a_person_is_no_person(text: str, word: str) -> None:
    assert word not in _found(_blank_doc(text, word))


def test_pronoun_is_not_resolved_to_an_offence() -> None:
    text = (
        "Der Mann bedrängte die Frau durch Stalking, bis sie auszog. "
        "Im Mai meldete sie ihn bei der Polizei, worauf er verhaftet wurde."
    )
    labels = [label for label, _, _ in arrests(text)]
    assert "Stalking" not in labels
