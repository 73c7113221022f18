"""A speech noun whose genitive owner speaks, its content between commas ("Die Behauptung des
Senators X, er sei unschuldig, sorgte für Spott"): a dass clause, the Konjunktiv or a
zu-infinitive. A relative clause after the owner is no content, nor is an owner that cannot
speak, nor a speech noun without content."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Die Behauptung des Senators Paul Kern, er sei unschuldig, sorgte für Spott.",
            ("Paul Kern", "er sei unschuldig"),
        ),
        (
            "Das Eingeständnis des Trainers Jan Ohm, die Taktik habe nicht gepasst, überraschte die Fans.",
            ("Jan Ohm", "die Taktik habe nicht gepasst"),
        ),
        (
            "Die Ankündigung des Konzerns, 500 Stellen abzubauen, sorgte für Protest.",
            ("Konzern", "500 Stellen abzubauen"),
        ),
        (
            "Die Behauptung der Ministerin Eva Roth, dass der Plan scheitere, sorgte für Spott.",
            ("Eva Roth", "der Plan scheitere"),
        ),
    ],
)
def test_speech_noun_with_owner_and_content(text: str, row: tuple[str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Die Forderung der Gewerkschaft, die seit Jahren streikt, ist alt.",
        "Die Behauptung des Senators Paul Kern sorgte für Spott.",
        "Die Ankündigung des Wetters, das am Montag kam, war falsch.",
    ],
)
def test_no_content_or_no_speaker(text: str) -> None:
    assert _rows(text) == []
