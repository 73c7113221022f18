"""Appointments read through the shared grammar: a described new holder of a passive
("der neue Präsident wird vereidigt"), a parenthesis between dashes inside the clause, a plural
verb after "und" sharing the subject, a relative clause whose pronoun is the object."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag wird die neue Kanzlerin im Bundestag vereidigt.",
        "Am Montag wird die neue Kanzlerin im Bundestag - dem Parlament des Landes - vereidigt.",
    ],
)
def test_described_new_holder_of_a_passive_is_appointed(text: str) -> None:
    assert appointment_rows(text) == [("die neue Kanzlerin", None, "Kanzlerin")]


@pytest.mark.parametrize(
    "text",
    [
        # no "neue": the holder is not new; a place or time after the verb is no post
        "Am Montag wird die Kanzlerin im Bundestag empfangen.",
        "Die neue Kanzlerin soll am Montag vereidigt werden.",
        "Wird die neue Kanzlerin am Montag vereidigt?",
    ],
)
def test_look_alikes_of_a_described_new_holder(text: str) -> None:
    assert appointment_rows(text) == []


def test_plural_verb_after_und_shares_the_subject() -> None:
    rows = appointment_rows(
        "Die Aufständischen besetzen den Sender und ernennen den Oberst Pavel Drenik zum Präsidenten."
    )
    assert [(who, office) for who, _, office in rows] == [("Pavel Drenik", "Präsident")]
    assert rows[0][1] is not None and "Aufständischen" in rows[0][1]


def test_relative_clause_with_object_pronoun_names_the_appointee() -> None:
    rows = appointment_rows(
        "Die Juristin Hanna Sedlmayr, die der Senat im Mai zur Präsidentin gewählt hatte, trat am Montag an."
    )
    assert [(who, office) for who, _, office in rows] == [("Hanna Sedlmayr", "Präsidentin")]
