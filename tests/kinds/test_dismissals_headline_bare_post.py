"""Dismissals told by a headline without article: "Präsident entlässt Armeechef" dismisses the
holder of the post (the post stands for the person), the subject dismisses; look-alikes of the
construction (a plan, a question, a negation, a release from custody, another verb) tell none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows

POSTS = ["Polizeichef", "Notenbankchef", "Stabschef", "Generalstabschef", "Regierungssprecher"]
VERBS = ["entlässt", "feuert"]


@pytest.mark.parametrize("post", POSTS)
@pytest.mark.parametrize("verb", VERBS)
def test_headline_with_bare_post(verb: str, post: str) -> None:
    rows = dismissal_rows(f"Gouverneurin Vera Holzner {verb} {post}")
    assert [(r[0], r[1]) for r in rows] == [(post, "Vera Holzner")]


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Karl Ostrup entlässt Stabschef und übernimmt selbst",
        "Karl Ostrup entlässt Notenbankchef des Landes",
    ],
)
def test_headline_neighbours(text: str) -> None:
    assert [r[1] for r in dismissal_rows(text)] == ["Karl Ostrup"]


@pytest.mark.parametrize(
    "text",
    [
        "Karl Ostrup will Stabschef entlassen",  # a plan
        "Entlässt Karl Ostrup Stabschef?",  # a question
        "Karl Ostrup entlässt Stabschef nicht",  # a negation
        "Karl Ostrup entlässt Häftling aus der Haft",  # a release
        "Karl Ostrup ernennt Stabschef",  # another verb
    ],
)
def test_headline_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []


def test_the_subject_is_not_dismissed() -> None:
    assert all(r[0] != "Karl Ostrup" for r in dismissal_rows("Premier Karl Ostrup entlässt Notenbankchef"))
