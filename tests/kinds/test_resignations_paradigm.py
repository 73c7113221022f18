"""Resignations, paradigm round (issue 24): colloquial lexemes, nouns and perfect forms the lexicon
lacked, the post from an apposition after the name, the Saxon genitive, and look-alikes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def resignation_rows(text: str) -> list[tuple[str, str | None]]:
    return [(r.resigned.label, r.office) for r in facts(text).resignations]


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Till Wernicke schmeißt hin.",
        "Trainer Till Wernicke hat nach dem Streit hingeschmissen.",
        "Trainer Till Wernicke warf am Sonntag das Handtuch.",
        "Trainer Till Wernicke hat das Handtuch geworfen.",
        "Trainer Till Wernicke ist nach zehn Jahren abgetreten.",
        "Trainer Till Wernicke hat sein Amt zur Verfügung gestellt.",
        "Am Dienstag demissionierte Trainer Till Wernicke.",
        "Trainer Till Wernicke gab seine Demission bekannt.",
        "Die Demission von Trainer Till Wernicke kam überraschend.",
    ],
)
def test_rows(text: str) -> None:
    assert resignation_rows(text) == [("Till Wernicke", "Trainer")]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Till Wernicke, der Trainer des Klubs, trat zurück.", "Trainer des Klubs"),
        ("Greta Sommerfeld, Ministerin des Landes, legte ihr Amt nieder.", "Ministerin des Landes"),
    ],
)
def test_post_from_the_apposition_after_the_name(text: str, office: str) -> None:
    assert [r[1] for r in resignation_rows(text)] == [office]


@pytest.mark.parametrize(
    "text",
    ["Greta Sommerfelds Rücktritt kam überraschend.", "Hans Klaus' Rücktritt kam überraschend."],
)
def test_saxon_genitive_before_the_noun(text: str) -> None:
    assert len(resignation_rows(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Der Torwart schmiss den Ball hin.",
        "Der Staat trat die Gebiete an den Nachbarn ab.",
        "Der Kapitän Till Wernicke trat den Ball ab.",
        "Die Gemeinde hat Räume im Rathaus zur Verfügung gestellt.",
        # made to give up the post: a dismissal, no resignation
        "Ministerin Greta Sommerfeld musste ihr Amt aufgeben.",
        "Trainer Till Wernicke hat nicht hingeschmissen.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert resignation_rows(text) == []


def test_noun_in_a_told_clause_after_a_negated_main_clause() -> None:
    text = "Es gab keine Debatte, bis Intendant Arne Kolbeck seinen Rücktritt erklärt hatte."
    assert resignation_rows(text) == [("Arne Kolbeck", "Intendant")]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Karl Roth hat seinen Rücktritt nicht erklärt.",
        "Einen Rücktritt von Minister Karl Roth gibt es nicht.",
        "Nicht der Rücktritt von Minister Karl Roth, sondern die Wahl beschäftigt die Partei.",
    ],
)
def test_negated_noun(text: str) -> None:
    assert resignation_rows(text) == []
