"""More ways real news tells resignations: a resignation noun whose holder is followed by a list
("der Rücktritt von A (SVP) und B (FDP)": each resigned) and one's own office put at others'
disposal ("stellte seinen Posten zur Verfügung"). Look-alikes: rooms or money put at disposal, an
office that is not one's own."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _resigned(text: str) -> list[str]:
    return sorted(r.resigned.label for r in facts(text).resignations)


def test_each_person_listed_after_the_holder_resigned() -> None:
    text = "Nach dem Rücktritt von Jonas Weidner (SVP) und Mara Lenz (FDP) werden zwei Sitze frei."
    assert _resigned(text) == ["Jonas Weidner", "Mara Lenz"]


def test_own_post_put_at_disposal_is_a_resignation() -> None:
    text = "Nach dem Wahldebakel stellte Parteichef Jonas Weidner seinen Posten zur Verfügung."
    assert _resigned(text) == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "text",
    [
        "Landrat Jonas Weidner stellte Räume im Landratsamt zur Verfügung.",
        "Jonas Weidner stellte dem Verein eine Million Euro zur Verfügung.",
    ],
)
def test_other_things_put_at_disposal_are_no_resignation(text: str) -> None:
    assert _resigned(text) == []
