"""The token table: the words of a Doc as lists, equal to what spaCy's Tokens say, made once per
article and made again when a component re-tags the Doc."""

from __future__ import annotations

import pytest
import spacy

from kzgraph.extract.core.tokens import LazyTokens, TokenTable, token_table
from tests.extract_helpers import nlp

TEXT = "Der Rat enthob am Montag die Ministerin Vera Kahl ihres Amtes.\n\n„Wir prüfen das“, sagte sie."


def test_table_says_what_the_tokens_say() -> None:
    doc = nlp()(TEXT)
    table = TokenTable.of(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.tags == [t.tag_ for t in doc]
    assert table.poses == [t.pos_ for t in doc]
    assert table.offsets == [t.idx for t in doc]
    assert list(table.spaces) == [t.whitespace_ for t in doc]
    assert table.text == doc.text


def test_blank_doc_has_empty_tags() -> None:
    doc = spacy.blank("de")("Ein Satz ohne Tags.")
    table = TokenTable.of(doc)
    assert table.tags == [""] * len(doc) and table.poses == [""] * len(doc)
    assert table.text == doc.text


def test_made_once_and_again_after_retagging() -> None:
    doc = nlp()(TEXT)
    first = token_table(doc)
    assert token_table(doc) is first
    doc[1].tag_, doc[1].pos_ = "VVFIN", "VERB"  # was a noun
    again = token_table(doc)
    assert again is not first and again.tags[1] == "VVFIN" and again.poses[1] == "VERB"
    other = nlp()(TEXT)  # another Doc of the same text gets its own table
    assert token_table(other) is not again


def test_strings_are_shared_across_tables_and_equal_to_the_vocabulary() -> None:
    first, second = TokenTable.of(nlp()(TEXT)), TokenTable.of(nlp()(TEXT))
    assert first.texts == second.texts
    assert all(a is b for a, b in zip(first.lowers, second.lowers, strict=True))  # decoded once


def test_morphology_questions_answer_as_the_tokens_do() -> None:
    doc = nlp()("Er sagte, die Ministerin sei zurückgetreten und die Räte hätten es gewusst.")
    table = TokenTable.of(doc)
    questions = [("Mood", "Sub"), ("Mood", "Ind"), ("Number", "Plur"), ("VerbForm", "Fin"), ("Case", "Nom")]
    for tok in doc:
        for field, value in questions:
            assert table.has_feature(tok.i, field, value) == (value in tok.morph.get(field))
    assert any(table.has_feature(t.i, "Mood", "Sub") for t in doc)  # "sei", "hätten": not all False


def test_lazy_tokens_read_as_the_list_of_a_span() -> None:
    doc = spacy.blank("de")("Der Rat enthob am Montag die Ministerin ihres Amtes .")
    eager, lazy = list(doc[2:8]), LazyTokens(doc, 2, 8)
    assert len(lazy) == len(eager) and list(lazy) == eager
    for k in range(-len(eager), len(eager)):
        assert lazy[k] == eager[k]
    for a in range(-8, 9):
        for b in range(-8, 9):
            assert lazy[a:b] == eager[a:b]
    assert lazy[0] is lazy[0]  # each Token made once
    with pytest.raises(IndexError):
        lazy[len(eager)]
    assert list(LazyTokens(doc)) == list(doc)
