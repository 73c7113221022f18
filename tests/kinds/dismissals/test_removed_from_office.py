"""Removal from office in other words: "aus dem Amt entfernt / gedrängt", "zwangspensioniert",
"von seinen Ämtern entbunden" are dismissals; removal from a room, a stain, pushing oneself
forward or a negation are none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Vera Quast wurde im Herbst aus dem Amt entfernt.", None),
        ("Der Stadtrat drängte Bürgermeisterin Vera Quast aus dem Amt.", "Der Stadtrat"),
        ("Vera Quast wurde 1951 zwangspensioniert.", None),
        ("Vera Quast wurde im Mai von ihren Ämtern entbunden.", None),
    ],
)
def test_removed_from_office_is_dismissal(text: str, agent: str | None) -> None:
    assert [(who, by) for who, by, _ in dismissal_rows(text)] == [("Vera Quast", agent)]


@pytest.mark.parametrize(
    "text",
    [
        "Vera Quast wurde aus dem Saal entfernt.",
        "Vera Quast entfernte den Fleck aus dem Teppich.",
        "Vera Quast drängte sich in den Vordergrund.",
        "Vera Quast wurde nicht zwangspensioniert.",
    ],
)
def test_look_alikes_of_removal(text: str) -> None:
    assert dismissal_rows(text) == []
