"""The token table: the words of a Doc as lists, equal to what spaCy's Tokens say, made once per
article and made again when a component re-tags the Doc."""

from __future__ import annotations

import spacy

from kzgraph.extract.core.tokens import TokenTable, token_table
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
