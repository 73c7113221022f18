"""A participle of dismissing before a (titled) name tells the dismissal as known: "den
freigestellten Trainer X", "die abgesetzte Intendantin X", "der in den Ruhestand versetzte
Polizeipräsident X", with its agent when a von-phrase names it. Look-alikes: released prisoners
("der aus der Haft entlassene X"), a participle of another sense ("der versetzte Lehrer X") and
a participle before a thing."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Der Klub holte den kürzlich freigestellten Trainer Jonas Weidner zurück.",
            "Jonas Weidner",
            "Trainer",
        ),
        ("Die abgesetzte Intendantin Mara Lenz äußerte sich am Abend.", "Mara Lenz", "Intendantin"),
        (
            (
                "Die Stadt sucht nun Ersatz für den vorzeitig in den "
                "Ruhestand versetzten Polizeichef Jonas Weidner."
            ),
            "Jonas Weidner",
            "Polizeichef",
        ),
    ],
)
def test_participle_before_the_name_is_a_dismissal(text: str, name: str, office: str) -> None:
    assert dismissal_rows(text) == [(name, None, office)]


def test_the_von_phrase_of_the_participle_is_the_agent() -> None:
    text = "Anhänger des vom Militär entmachteten Regierungschefs Jonas Weidner zogen vor die Kaserne."
    assert [(who, by) for who, by, _ in dismissal_rows(text)] == [("Jonas Weidner", "Militär")]


@pytest.mark.parametrize(
    "text",
    [
        "Der aus der Haft entlassene Bürgerrechtler Jonas Weidner sprach vor Anhängern.",
        "Der im Winter aus der Verbannung entlassene Schriftsteller Jonas Weidner reiste ab.",
        "Der nach Hamburg versetzte Lehrer Jonas Weidner unterrichtet Mathematik.",
        "Die abgesetzte Sendung lief am Sonntag zum letzten Mal.",
    ],
)
def test_look_alikes_of_the_participle(text: str) -> None:
    assert dismissal_rows(text) == []
