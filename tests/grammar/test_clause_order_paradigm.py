"""Grammar columns of the paradigm round (issue 24), across fact types: a long adverbial Vorfeld,
an object pronoun before the subject, clauses opened by "bis", a negation outside a temporal or
causal clause, and a surname subject right before the object's full name. Own sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows, facts


def resigned(text: str) -> list[str]:
    return [r.resigned.label for r in facts(text).resignations]


@pytest.mark.parametrize(
    "text",
    [
        "Drei Tage nach der Niederlage im Pokal gegen den Rivalen aus der Nachbarstadt entließ der Verein "
        "Trainer Till Wernicke.",
        "Nach der schweren Niederlage am vergangenen Wochenende gegen den Letzten aus dem Süden entließ "
        "der Verein Trainer Till Wernicke.",
    ],
)
def test_long_vorfeld_keeps_subject_and_object(text: str) -> None:
    assert dismissal_rows(text) == [("Till Wernicke", "der Verein", "Trainer")]


def test_long_vorfeld_before_an_intransitive_verb() -> None:
    text = "Vier Wochen nach dem Streit um die Finanzen des Vereins mit dem Rat trat Greta Sommerfeld zurück."
    assert resigned(text) == ["Greta Sommerfeld"]


def test_a_figure_that_is_the_subject_is_no_span_of_time() -> None:
    text = (
        "Drei Polizisten der Bereitschaft aus dem Landkreis im Norden des Landes nahmen Till Wernicke fest."
    )
    assert [a.arrested.label for a in facts(text).arrests if a.arrested] == ["Till Wernicke"]


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Till Wernicke war erfolgreich. Am Montag entließ ihn der Verein.",
        "Trainer Till Wernicke war überrascht, als ihn der Verein entließ.",
        "Trainer Till Wernicke klagt, weil ihn der Verein entlassen hat.",
        "Trainer Till Wernicke blieb im Amt, bis ihn der Verein im Mai entließ.",
    ],
)
def test_object_pronoun_before_the_subject(text: str) -> None:
    assert [(r[0], r[1]) for r in dismissal_rows(text)] == [("Till Wernicke", "der Verein")]


def test_feminine_object_pronoun_before_a_masculine_subject() -> None:
    text = "Ministerin Greta Sommerfeld war überrascht, als sie der Präsident entlassen hatte."
    assert [(r[0], r[1]) for r in dismissal_rows(text)] == [("Greta Sommerfeld", "der Präsident")]


@pytest.mark.parametrize(
    "text",
    [
        "Es blieb ruhig, bis Ministerin Greta Sommerfeld zurücktrat.",
        "Es blieb ruhig, bis Ministerin Greta Sommerfeld zurückgetreten war.",
        "Es gab keine Debatte, bis Ministerin Greta Sommerfeld zurücktrat.",
        "Es gab keine Debatte, nachdem Ministerin Greta Sommerfeld zurückgetreten war.",
    ],
)
def test_clause_opened_by_bis_and_negation_outside_it(text: str) -> None:
    assert resigned(text) == ["Greta Sommerfeld"]


@pytest.mark.parametrize(
    "text",
    [
        # the negation stands in the event's own clause, or governs a content clause
        "Der Verein hat Trainer Till Wernicke nicht entlassen, weil er Punkte holte.",
        "Nachdem der Verein Trainer Till Wernicke nicht entlassen hatte, jubelten die Fans.",
        "Es stimmt nicht, dass der Verein Trainer Till Wernicke entlassen hat.",
        # "bis" as a preposition
        "Trainer Till Wernicke bleibt bis zum Sommer.",
    ],
)
def test_negation_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []


def test_surname_subject_before_the_objects_full_name() -> None:
    assert dismissal_rows("Am Montag entließ Schröder Jonas Bergner als Umweltminister.") == [
        ("Jonas Bergner", "Schröder", "Umweltminister")
    ]
    assert [
        (r[0], r[1]) for r in appointment_rows("Danach ernannte Schröder Greta Sommerfeld zur Ministerin.")
    ] == [("Greta Sommerfeld", "Schröder")]


def test_adverb_between_sich_and_the_subject() -> None:
    text = "Offenbar hat sich gestern der FC Hausen von Coach Till Wernicke getrennt."
    assert [(r[0], r[1]) for r in dismissal_rows(text)] == [("Till Wernicke", "der FC Hausen")]


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Till Wernicke blieb im Amt, bis der Präsident ihn im Mai abgesetzt hatte.",
        "Trainer Till Wernicke klagt, weil der Präsident ihn entlassen hat.",
    ],
)
def test_pronoun_object_after_a_titled_subject(text: str) -> None:
    """ "der Präsident ihn": the pronoun is the object, not the name of the titled subject, and the
    subject's title is not the post the object lost."""
    assert dismissal_rows(text) == [("Till Wernicke", "der Präsident", "Trainer")]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Am Dienstag setzte der Präsident Trainer Till Wernicke ab.", "Trainer"),
        ("Am Dienstag entließ der Präsident Innenminister Till Wernicke.", "Innenminister"),
    ],
)
def test_subject_title_then_object_title_after_the_verb(text: str, office: str) -> None:
    """ "entließ der Präsident Innenminister X": the article's own title is the subject, the second
    title opens the object."""
    assert dismissal_rows(text) == [("Till Wernicke", "der Präsident", office)]
