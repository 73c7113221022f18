"""A nobility title with an article is a described person (lexicon: agents.yaml person nouns), so
a take-over told of it is an appointment; the take-over of a cost or a thing is none, and "Graf"
(which also ends "Paragraf") is no person noun."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "appointee"),
    [
        ("Nach dem Tod ihres Vaters übernahm die Fürstin das Kommando der Garde.", "die Fürstin"),
        ("Im Herbst 1702 übernahm der Baron die Leitung der Garnison.", "der Baron"),
    ],
)
def test_nobility_title_takes_over_a_command(text: str, appointee: str) -> None:
    assert [row[0] for row in appointment_rows(text)] == [appointee]


@pytest.mark.parametrize(
    "text",
    [
        "Der Herzog übernahm die Kosten.",
        "Der Paragraf übernahm die Regelung des alten Gesetzes.",
    ],
)
def test_look_alikes_of_a_nobility_take_over_give_nothing(text: str) -> None:
    assert appointment_rows(text) == []
