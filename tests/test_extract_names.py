"""Cues that overrule a statistical PER label (the offline NER is weak without vectors)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kzgraph.extract.names import find_persons


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
