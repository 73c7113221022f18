"""The subject of a clause of its own after a comma (grammar mechanism: a clause in main-clause
order that opens with a name right before its finite verb, after a reporting clause, "hieß es" or
another main clause): the name is the subject, the name after the verb the object, for every
event type. A relative or subordinate clause keeps its own reading."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows, facts


def _pairs(text: str) -> list[tuple[str, str, bool]]:
    return [(r.successor.label, r.predecessor.label, r.announced) for r in facts(text).replacements]


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("Im Januar hieß es, Lena Marquardt löste Bernd Ostholt ab.", False),
        ("Im Januar hieß es, Lena Marquardt soll Bernd Ostholt ablösen.", True),
        ("Die Zeitung berichtete, Lena Marquardt werde Bernd Ostholt ablösen.", True),
        ("Am Montag entließ der Kanzler Karl Roth, Lena Marquardt löste Bernd Ostholt ab.", False),
    ],
)
def test_name_before_the_finite_verb_after_a_comma_is_the_successor(text: str, announced: bool) -> None:
    assert ("Lena Marquardt", "Bernd Ostholt", announced) in _pairs(text)
    assert not any(s == "Bernd Ostholt" for s, _p, _a in _pairs(text))


def test_reported_dismissal_keeps_who_dismissed_whom() -> None:
    text = "Die Zeitung berichtete, Präsidentin Lena Marquardt habe Bernd Ostholt entlassen."
    assert [(d, a) for d, a, _office in dismissal_rows(text)] == [("Bernd Ostholt", "Lena Marquardt")]


def test_subordinate_clause_keeps_its_order() -> None:
    text = "Nachdem Lena Marquardt Bernd Ostholt abgelöst hatte, trat sie zurück."
    assert ("Lena Marquardt", "Bernd Ostholt", False) in _pairs(text)
