"""Grammar: a post without article right after a finite event verb is its object, the way a
headline drops the article ("Präsident entlässt Armeechef"); a preposition, an infinitive or a
name keeps their own readings."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.verb_objects import bare_title_object
from tests.extract_helpers import context


def _object(text: str, verb: str) -> str | None:
    ctx = context(text)
    sent = ctx.sentences[0]
    i = next(t.i for t in sent if t.text == verb)
    got = bare_title_object(ctx, i, sent.end)
    return got[0].label if got else None


@pytest.mark.parametrize(
    ("text", "verb", "label"),
    [
        ("Ministerpräsidentin Vera Holzner entlässt Polizeichef", "entlässt", "Polizeichef"),
        ("Gouverneur Karl Ostrup feuert Stabschef", "feuert", "Stabschef"),
        ("Ostrup entlässt neuen Kommandeur", "entlässt", "neuen Kommandeur"),
        ("Landrätin entlässt Amtsleiter", "entlässt", "Amtsleiter"),
    ],
)
def test_bare_post_after_the_verb(text: str, verb: str, label: str) -> None:
    assert _object(text, verb) == label


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ostrup entlässt aus Kostengründen", "entlässt"),  # a preposition, no object
        ("Ostrup entlässt Häftlinge", "entlässt"),  # no post
        ("Ostrup entlässt den Stabschef", "entlässt"),  # an article: the phrase reading's
    ],
)
def test_no_bare_post(text: str, verb: str) -> None:
    assert _object(text, verb) is None


def test_title_before_a_name_is_not_the_object() -> None:
    assert _object("Den Stabschef entlässt Präsident Karl Ostrup", "entlässt") is None
