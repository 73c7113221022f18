"""Austrian and Swiss words for resigning: "legte sein Mandat / ihr Amt zurück" (one's own office;
a distance covered or a thing put back is none) and "demissionierte" (a person)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _resigned(text: str) -> list[str]:
    return [r.resigned.label for r in facts(text).resignations]


@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeister Jonas Weidner hat sein Amt zurückgelegt.",
        "Landesrat Jonas Weidner legte im Mai sein Mandat zurück.",
        "Regierungsrat Jonas Weidner demissionierte am Montag.",
    ],
)
def test_resigning_in_austrian_and_swiss_words(text: str) -> None:
    assert _resigned(text) == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Weidner legte am Sonntag zwanzig Kilometer zurück.",
        "Jonas Weidner legte das Buch ins Regal zurück.",
        "Jonas Weidner legte das Geld für den Urlaub zurück.",
    ],
)
def test_other_things_laid_back_are_no_resignation(text: str) -> None:
    assert _resigned(text) == []
