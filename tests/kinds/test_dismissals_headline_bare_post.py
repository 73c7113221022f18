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


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Klubs entlassen Trainer",
        "Drittligisten Ahlbach und Bernau entlassen Trainer",
    ],
)
def test_plural_headline_verb_with_bare_object(text: str) -> None:
    """The plural form in -en is the participle's twin: between two bare nouns it is the finite
    verb, and the noun after it (not the clubs before) is dismissed."""
    assert [r[0] for r in dismissal_rows(text)] == ["Trainer"]


@pytest.mark.parametrize(
    ("text", "label"),
    [("Trainer entlassen", "Trainer"), ("Minister entlassen – Regierung sucht Ersatz", "Minister")],
)
def test_participle_headline_stays_passive(text: str, label: str) -> None:
    assert [r[0] for r in dismissal_rows(text)] == [label]


def test_headline_after_a_dateline_reads_the_post_not_the_name_before() -> None:
    rows = dismissal_rows("3. Mai 2021, 09:15 Uhr Ahlbach Karl Ostrup entlässt Stabschef")
    assert [r[0] for r in rows] == ["Stabschef"]


def test_title_of_the_name_after_the_verb_is_no_bare_post() -> None:
    assert [r[0] for r in dismissal_rows("Den Stabschef entlässt Präsident Karl Ostrup")] == ["Den Stabschef"]
