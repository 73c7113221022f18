"""Leaving a board or a government is giving up a seat ("schied aus dem Vorstand aus", "Aus
der Regierung ausgeschieden ist Minister X": the subject after the verb, not the body), as is
leaving "mit sofortiger Wirkung". Look-alikes: elimination from a tournament, a team leaving a
competition."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _resigned(text: str) -> list[str]:
    return [r.resigned.label for r in facts(text).resignations]


@pytest.mark.parametrize(
    "text",
    [
        "Ende Mai war Jonas Weidner aus dem Konzernvorstand ausgeschieden.",
        "Aus der Landesregierung ausgeschieden ist der frühere Wirtschaftsminister Jonas Weidner.",
        "Jonas Weidner schied am Freitag mit sofortiger Wirkung aus.",
    ],
)
def test_leaving_a_board_or_with_immediate_effect_is_a_resignation(text: str) -> None:
    assert _resigned(text) == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Weidner schied im Viertelfinale gegen Mara Lenz aus.",
        "Jonas Weidner ist aus dem Turnier ausgeschieden.",
        "Die Mannschaft schied mit sofortiger Wirkung aus dem Wettbewerb aus.",
    ],
)
def test_elimination_is_no_resignation(text: str) -> None:
    assert _resigned(text) == []
