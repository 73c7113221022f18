"""A name right after a relational noun inside a prepositional phrase is its genitive ("in der
Nachfolge Brandts", "auf Einladung Merkels"), not the verb's object; after a time or place it is
("am Montag Peter Huber"). The nouns are data (lexicons/grammar.yaml ``relational_nouns``)."""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import object_after
from tests.extract_helpers import context


def _object(text: str, after: str) -> str | None:
    ctx = context(text)
    sent = ctx.sentences[0]
    start = next(t.i for t in sent if t.text == after) + 1
    got = object_after(ctx, start, sent.end)
    return got[0].label if got else None


def test_relational_nouns_are_data() -> None:
    assert {"Nachfolge", "Einladung", "Auftrag"} <= closed_class().relational_nouns


def test_name_after_a_relational_noun_is_no_object() -> None:
    assert (
        _object("Dann ernannte er auf Vorschlag Karl Brandts den Botschafter.", "ernannte") != "Karl Brandts"
    )


def test_name_after_a_time_is_the_object() -> None:
    assert _object("Dann entließ er am Montag Peter Huber.", "entließ") == "Peter Huber"
