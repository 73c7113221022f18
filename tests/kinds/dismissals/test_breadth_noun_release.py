"""The dismissal noun with a release in its own phrase (breadth round, own sentences): "nach der
Entlassung von X aus dem Krankenhaus / aus der Haft" is a release; a release cue after the next
verb does not reach back to the noun."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Entlassung von Heiko Lamm aus dem Krankenhaus erholte er sich zu Hause.",
        "Nach der Entlassung von Udo Brandt aus der Haft gab er ein Interview.",
    ],
)
def test_noun_with_release_is_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


def test_noun_without_release_is_dismissal() -> None:
    text = "Nach der Entlassung von Trainer Heiko Lamm übernimmt der Co-Trainer."
    assert [who for who, _, _ in dismissal_rows(text)] == ["Heiko Lamm"]
