"""Dismissals and resignations in the phrasings of German news, one class of construction each
(issue 24, breadth round): "muss gehen" (a post holder made to leave), "kündigte X (fristlos)", a
club named by its league ("Der Bundesligist trennt sich von …"), a described subject ("Der
Physiker X …"), "gab seinen Posten auf", "nahm seinen Hut", "zog sich von seinem Amt zurück";
with look-alikes of each (release from hospital, dropped off, a contract given notice, "kündigte
… an", going to the doctor, giving up smoking, troops withdrawing)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts
from tests.kinds.dismissals.breadth_cases import DISMISSAL_CLASSES, RESIGNATION_CLASSES


def _params(classes: dict[str, list[tuple[str, str | None]]]) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(text, expected, id=f"{cls}-{n}")
        for cls, cases in classes.items()
        for n, (text, expected) in enumerate(cases)
    ]


@pytest.mark.parametrize(("text", "expected"), _params(DISMISSAL_CLASSES))
def test_dismissal_class(text: str, expected: str | None) -> None:
    dismissed = [d.dismissed.label for d in facts(text).dismissals]
    if expected is None:
        assert dismissed == []
    else:
        assert any(expected in label for label in dismissed), dismissed


@pytest.mark.parametrize(("text", "expected"), _params(RESIGNATION_CLASSES))
def test_resignation_class(text: str, expected: str | None) -> None:
    resigned = [r.resigned.label for r in facts(text).resignations]
    if expected is None:
        assert resigned == []
    else:
        assert any(expected in label for label in resigned), resigned
