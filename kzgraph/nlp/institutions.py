"""Institutions named after a person or place: "Robert Koch-Institut", "Goethe-Institut",
"Konrad-Adenauer-Stiftung". The small NER often reads the person's name in them ("[Robert
Koch-Instituts]PER"); a name whose last word ends in "-<institution noun>" is an ORG.
Heads come from ``data/institution_heads.txt`` (general vocabulary). Used by
:mod:`kzgraph.nlp.entities`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import load_gazetteer
from kzgraph.nlp.lexicon import word_list
from kzgraph.nlp.person_names import is_first_name


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    words = sorted(word_list("institution_heads.txt"), key=len, reverse=True)
    heads = "|".join(re.escape(w) for w in words)
    # a capitalised first part, then "-" + head, inflected: "Koch-Instituts", "Adenauer-Stiftung"
    return re.compile(rf"^[A-ZÄÖÜ][\w.'’]*(?:-[\w.'’]+)*-(?:{heads})(?:s|es|en|n)?$")


def is_institution_word(token: Token) -> bool:
    return bool(_head_pattern().match(token.text))


def institution_spans(doc: Doc, ents: list[Span], is_name_token: Callable[[Token], bool]) -> list[Span]:
    """Relabel PER spans ending in an institution word as ORG ("[Robert Koch-Instituts]PER"), and
    propose ORG spans for such words the NER missed when they are named after a person, whose
    first name opens them ("Robert-Koch-Institut", "Robert Koch-Institut"). Brand compounds
    ("VW-Konzern", "Disney-Verlag") are left alone: they are common nouns."""
    gazetteer = load_gazetteer()
    result: list[Span] = []
    covered: set[int] = set()
    for e in ents:
        covered.update(range(e.start, e.end))
        if e.label_ == "PER" and is_institution_word(e[-1]):
            e = Span(doc, e.start, e.end, label="ORG")
        result.append(e)
    for t in doc:
        if t.i in covered or not is_institution_word(t):
            continue
        start = t.i
        while start > t.i - 2 and start > 0 and start - 1 not in covered and is_name_token(doc[start - 1]):
            start -= 1
        if is_first_name(doc[start].text.split("-")[0], gazetteer.word_bits):
            result.append(Span(doc, start, t.i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)
