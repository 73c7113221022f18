"""The Wikinews evaluation's resolved speaker figure: a gold speaker that names nobody by itself
(a pronoun, demonstrative, possessive or "eigenen Angaben") is credited when our mention lies on
it and the name we resolved it to occurs earlier; the strict figure never credits it."""

from __future__ import annotations

import pytest

from kzgraph.devtools.eval_quotes import _resolved, _speaker_ok

_TEXT = "Die Ministerin Eva Kahl kam. Nach ihren Angaben sei alles ruhig."


def _gold(words: str) -> dict:
    start = _TEXT.index(words)
    return {"speaker": words, "speaker_span": (start, start + len(words))}


@pytest.mark.parametrize("words", ["ihren Angaben"])
def test_possessive_gold_is_credited_by_the_resolved_figure_only(words: str) -> None:
    gold = _gold(words)
    mention = gold["speaker_span"]
    assert not _speaker_ok(gold, "eva kahl")
    assert _resolved(gold, "Eva Kahl", mention, _TEXT)


def test_resolved_needs_our_mention_on_the_gold_span() -> None:
    gold = _gold("ihren Angaben")
    assert not _resolved(gold, "Eva Kahl", (0, 3), _TEXT)


def test_resolved_needs_the_name_earlier_in_the_article() -> None:
    gold = _gold("ihren Angaben")
    assert not _resolved(gold, "Jan Bode", gold["speaker_span"], _TEXT)


def test_a_named_gold_speaker_is_never_resolved() -> None:
    text = "Eva Kahl kam. Laut Jan Bode sei alles ruhig."
    start = text.index("Jan Bode")
    gold = {"speaker": "Jan Bode", "speaker_span": (start, start + 8)}
    assert not _resolved(gold, "Eva Kahl", gold["speaker_span"], text)
