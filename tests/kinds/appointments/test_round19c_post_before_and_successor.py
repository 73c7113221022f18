"""Round 19c: an electing verb without a post of its own takes the post the sentence right before
names as "ein(e) neue(r) Title" ("Die Partei sucht eine neue Chefin. Gewählt wurde X."); a
presenting or electing verb with "als Nachfolger(in) von A" appoints the successor (the post
is A's, named or not); public works and utilities are organisations that appoint."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, replacement_rows

_BEFORE = [
    ("Der Verband sucht einen neuen Präsidenten.", "Präsident"),
    ("Die Partei braucht eine neue Chefin.", "Chefin"),
    ("Der Kreis bekommt einen neuen Landrat.", "Landrat"),
]
_ELECTED = [
    "Gewählt wurde Henrike Sandmeier.",
    "Henrike Sandmeier wurde ohne Gegenstimme gewählt.",
    "Am Abend wurde Henrike Sandmeier bestimmt.",
    "Die Delegierten kürten Henrike Sandmeier.",
]


@pytest.mark.parametrize(("before", "post"), _BEFORE)
@pytest.mark.parametrize("elected", _ELECTED)
def test_post_named_in_the_sentence_before(before: str, post: str, elected: str) -> None:
    rows = appointment_rows(f"{before} {elected}")
    # the post in the holder's gender ("einen neuen Präsidenten" held by a woman: "Präsidentin")
    assert [w for w, _, _ in rows] == ["Henrike Sandmeier"] and (rows[0][2] or "").startswith(post)


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung dauerte lange. Gewählt wurde Henrike Sandmeier.",
        "Der neue Präsident Arnulf Kettling lobte das Team. Henrike Sandmeier wurde gewählt.",
        "Der Verein sucht einen neuen Trainer. Henrike Sandmeier wurde nicht gewählt.",
        "Die Partei sucht eine neue Chefin. Henrike Sandmeier will gewählt werden.",
        "Die Partei braucht einen neuen Chef. Arnulf Kettling wählte die Nummer des Notrufs.",
        "Die Partei sucht eine neue Chefin. Henrike Sandmeier wurde in Lindenau geboren.",
    ],
)
def test_no_post_before_or_no_election(text: str) -> None:
    assert appointment_rows(text) == []


def test_own_post_wins_over_the_one_before() -> None:
    text = "Der Verein hat einen neuen Trainer. Arnulf Kettling wurde in den Vorstand gewählt."
    rows = appointment_rows(text)
    assert [(w, o) for w, _, o in rows] == [("Arnulf Kettling", "Vorstand")]


@pytest.mark.parametrize(
    ("subject", "verb"),
    [("Der Klub", "präsentiert"), ("Der Verein", "präsentierte"), ("Die Partei", "hat … gewählt")],
)
@pytest.mark.parametrize("noun", ["Nachfolger", "Nachfolgerin"])
def test_presented_as_successor_is_appointed(subject: str, verb: str, noun: str) -> None:
    if "…" in verb:
        aux, part = verb.split(" … ")
        text = f"{subject} {aux} Henrike Sandmeier als {noun} von Arnulf Kettling {part}."
    else:
        text = f"{subject} {verb} Henrike Sandmeier als {noun} von Arnulf Kettling."
    assert [(w, by) for w, by, _ in appointment_rows(text)] == [("Henrike Sandmeier", subject)]
    assert replacement_rows(text) == [("Henrike Sandmeier", "Arnulf Kettling")]


@pytest.mark.parametrize(
    "text",
    [
        "Henrike Sandmeier wurde als Nachfolgerin von Arnulf Kettling gehandelt.",
        "Die Partei nominierte Henrike Sandmeier als Nachfolgerin von Arnulf Kettling.",
        "Henrike Sandmeier gilt als Nachfolgerin von Arnulf Kettling.",
    ],
)
def test_touted_or_nominated_successor_is_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize("body", ["Die Stadtwerke", "Die Wasserwerke", "Die Verkehrsbetriebe"])
def test_works_and_utilities_appoint(body: str) -> None:
    rows = appointment_rows(f"{body} haben Arnulf Kettling zum Geschäftsführer bestellt.")
    assert rows == [("Arnulf Kettling", body, "Geschäftsführer")]
