"""A "laut X" / "X zufolge" source must be able to speak: a person, organisation, medium or
document, not pictures, recordings, figures or one's own avowal. With a genitive the medium
behind the pictures remains the speaker."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.label if s.speaker else None for s in facts(text).statements]


@pytest.mark.parametrize(
    "text",
    [
        "Bildern zufolge wurden in der Stadt mehrere Häuser zerstört.",
        "Laut Fotos aus der Region ist die Brücke eingestürzt.",
        "Videoaufnahmen zufolge brannte das Lager die ganze Nacht.",
    ],
)
def test_mute_source_is_no_speaker(text: str) -> None:
    assert _speakers(text) == []


def test_medium_behind_the_pictures_speaks() -> None:
    assert _speakers("Bildern des Staatsfernsehens zufolge wurden mehrere Häuser zerstört.") == [
        "Staatsfernsehen"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Feuerwehr zufolge wurden mehrere Häuser zerstört.",
        "Laut dem Bürgermeister ist die Brücke eingestürzt.",
    ],
)
def test_a_body_or_person_speaks(text: str) -> None:
    assert len(_speakers(text)) == 1
