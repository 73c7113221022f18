"""Posts named in their new holder's gender, pronoun subjects, a successor given as a role.

Probe set 35 (session 11): each case failed before, look-alikes included; also object pronouns,
reported clauses and descriptions beside a named subject.
"""

from __future__ import annotations

import pytest

from kzgraph.extract.kinds.offices.extract import office_for_gender
from tests.extract_helpers import appointment_rows, dismissal_rows, facts, replacement_rows


@pytest.mark.parametrize(
    ("office", "gender", "expected"),
    [
        ("Innenministerin", "m", "Innenminister"),
        ("Innenminister", "f", "Innenministerin"),
        ("Präsidentin des Robert Koch-Instituts", "m", "Präsident des Robert Koch-Instituts"),
        ("Vorstandschef", "f", "Vorstandschefin"),
        ("Generalsekretär", "f", "Generalsekretärin"),
        ("Innenminister", None, "Innenminister"),
        ("Innenminister", "m", "Innenminister"),
        # nominalised adjectives and irregular feminines stay as they are
        ("Vorsitzender", "f", "Vorsitzender"),
        ("Abgeordneter", "f", "Abgeordneter"),
        ("Staatsanwalt", "f", "Staatsanwalt"),
        ("Landrat", "f", "Landrat"),
    ],
)
def test_office_for_gender(office: str, gender: str | None, expected: str) -> None:
    assert office_for_gender(office, gender) == expected


def test_a_man_taking_over_a_woman_s_office_holds_its_masculine_title() -> None:
    text = "Innenministerin Nancy Faeser tritt zurück. Ihr Amt übernimmt Boris Pistorius."
    got = facts(text)
    assert [(a.appointee.label, a.office) for a in got.appointments] == [("Boris Pistorius", "Innenminister")]
    assert [(r.successor.label, r.office) for r in got.replacements] == [("Boris Pistorius", "Innenminister")]


def test_a_woman_succeeding_a_man_holds_the_feminine_title() -> None:
    text = "Innenminister Horst Seehofer wurde entlassen. Seine Nachfolgerin wird Nancy Faeser."
    assert appointment_rows(text) == [("Nancy Faeser", None, "Innenministerin")]
    assert [(r.successor.label, r.office) for r in facts(text).replacements] == [
        ("Nancy Faeser", "Innenministerin")
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Zum neuen Innenminister ernannte er Karl Roth.",
        "Er ernannte Karl Roth zum neuen Innenminister.",
    ],
)
def test_a_pronoun_standing_for_an_unnamed_person_is_the_subject(second: str) -> None:
    # "er" had been passed over, and the appointee taken as the appointing subject
    text = "Der Präsident entließ Innenministerin Anna Berg. " + second
    assert appointment_rows(text) == [("Karl Roth", "Der Präsident", "Innenminister")]


def test_an_object_pronoun_before_the_subject_is_not_the_subject() -> None:
    # "ernannte sie der Präsident": she was appointed, the president appointed her
    text = "Anna Berg war bisher Staatssekretärin. Am Montag ernannte sie der Präsident zur Innenministerin."
    assert appointment_rows(text) == [("Anna Berg", "der Präsident", "Innenministerin")]
    # a name after the pronoun stays the object: she appointed him
    text = "Anna Berg war bisher Staatssekretärin. Am Montag ernannte sie Karl Roth zum Innenminister."
    assert appointment_rows(text) == [("Karl Roth", "Anna Berg", "Innenminister")]


def test_a_successor_given_as_a_role_after_a_dismissal() -> None:
    text = "Die Regierungschefin entließ Innenminister Karl Roth. Sie ernannte Anna Berg zur Nachfolgerin."
    assert replacement_rows(text) == [("Anna Berg", "Karl Roth")]
    assert appointment_rows(text) == [("Anna Berg", "Die Regierungschefin", "Innenministerin")]
    text = "Der Verein hat Trainer Karl Roth entlassen. Der Vorstand präsentierte Peter Wolf als Nachfolger."
    assert replacement_rows(text) == [("Peter Wolf", "Karl Roth")]


@pytest.mark.parametrize(
    "text",
    [
        # a candidate, no succession
        "Der Vorstand hat Trainer Karl Roth entlassen. Als Nachfolger gilt Peter Wolf.",
        # no dismissal told before: whose successor is not said
        "Der Vorstand präsentierte Peter Wolf als Nachfolger.",
    ],
)
def test_no_succession_without_a_departure_or_for_a_candidate(text: str) -> None:
    assert replacement_rows(text) == []


def test_an_object_pronoun_is_not_its_own_clause_s_subject() -> None:
    # "ihn" had been resolved to Macron, the subject beside it, so the dismissal was lost
    text = "Karl Roth war Innenminister. Präsident Emmanuel Macron entließ ihn am Montag."
    # the one post the article gives him is the post "ihn" lost (hierarchy.sole_office)
    assert dismissal_rows(text) == [("Karl Roth", "Emmanuel Macron", "Innenminister")]
    # across a comma it may be: "er" said that he had been dismissed
    text = "Innenminister Karl Roth sagte, man habe ihn entlassen."
    assert dismissal_rows(text) == [("Karl Roth", None, "Innenminister")]


def test_a_reported_clause_has_its_own_subject() -> None:
    # the speaker had been taken as the subject of "habe … entlassen"
    text = "Karl Roth sagte, Präsident Emmanuel Macron habe ihn entlassen."
    assert dismissal_rows(text) == [("Karl Roth", "Emmanuel Macron", None)]
    text = "Präsident Emmanuel Macron erklärte, er habe Innenminister Peter Wolf entlassen."
    assert dismissal_rows(text) == [("Peter Wolf", "Emmanuel Macron", "Innenminister")]


def test_a_description_after_a_named_subject_of_the_sentence_is_someone_else() -> None:
    # "der Präsident" had been resolved to the speaker Karl Roth, who then dismissed Peter Wolf
    text = "Karl Roth sagte am Montag, der Präsident habe Innenminister Peter Wolf entlassen."
    assert dismissal_rows(text) == [("Peter Wolf", "der Präsident", "Innenminister")]
    # an apposition right after the name is the same person
    text = "Emmanuel Macron, der Präsident, entließ am Montag Innenminister Peter Wolf."
    assert dismissal_rows(text) == [("Peter Wolf", "Emmanuel Macron", "Innenminister")]
