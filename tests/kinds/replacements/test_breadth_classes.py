"""Successions in the phrasings of German news, one class of construction each (issue 24,
breadth round): verbs ("folgt auf", "löst ab", "beerbt"), take-overs with a von-phrase anywhere
in the clause, successor nouns after a genitive name ("Grimms Nachfolger"), nouns of replacing
with "durch", a departure and "neuer X wird B" in one sentence; with look-alikes of each (time
order, things replaced, inheritances, line-up changes, stand-ins, candidates, demands)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts
from tests.kinds.replacements.breadth_cases import SUCCESSION_CLASSES

_CASES = [
    pytest.param(text, expected, id=f"{cls}-{n}")
    for cls, cases in SUCCESSION_CLASSES.items()
    for n, (text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_succession_class(text: str, expected: tuple[str, str] | None) -> None:
    rows = [(r.successor.label, r.predecessor.label) for r in facts(text).replacements]
    if expected is None:
        assert rows == []
    else:
        successor, predecessor = expected
        assert any(successor in s and predecessor in p for s, p in rows), rows
