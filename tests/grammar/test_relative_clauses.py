"""Events told in, or around, a relative clause: whom the relative pronoun stands for, and what
the clause around it does not change. Each positive case gave nothing, or the wrong person, before."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, dismissal_rows


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # the pronoun is the object: the antecedent was arrested
        (
            "Der Journalist Peter Huber, den die Polizei am Montag festgenommen hatte, ist wieder frei.",
            "Peter Huber",
        ),
        ("Die Aktivistin Anna Berg, die die Polizei am Montag festnahm, ist frei.", "Anna Berg"),
        # the pronoun is the subject: the object inside the clause was arrested
        ("Die Beamten, die den Journalisten Peter Huber festnahmen, trugen Masken.", "Peter Huber"),
        ("Die Polizisten, die Anna Berg festnahmen, wurden versetzt.", "Anna Berg"),  # plural verb
        # a relative clause in the Vorfeld: the main clause's object
        ("Die Beamten, die der Polizei halfen, haben Anna Berg festgenommen.", "Anna Berg"),
    ],
)
def test_an_arrest_told_in_or_after_a_relative_clause(text: str, arrested: str) -> None:
    assert [row[0] for row in arrests(text)] == [arrested]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Huber ist wieder frei.",  # a release in the arrest's own clause
        "Peter Huber sei festgenommen worden, dementierte die Polizei.",  # a denial anywhere
        "Der Haftbefehl gegen Peter Huber wurde aufgehoben.",
        "Anna Berg, deren Bruder die Polizei festnahm, schweigt.",  # the brother, not Anna Berg
    ],
)
def test_no_named_arrest_in_look_alikes(text: str) -> None:
    assert [row[0] for row in arrests(text) if row[0] in ("Peter Huber", "Anna Berg")] == []


def test_a_warrant_lifted_in_another_clause_leaves_the_arrest() -> None:
    text = "Peter Huber wurde am Montag festgenommen, der Haftbefehl wurde am Dienstag aufgehoben."
    assert [row[0] for row in arrests(text)] == ["Peter Huber"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the pronoun is the object; "der Präsident" is not the antecedent himself
        (
            "Innenminister Peter Huber, den der Präsident am Montag entlassen hatte, kritisierte die "
            "Regierung.",
            ("Peter Huber", "der Präsident", "Innenminister"),
        ),
        # "ist" in the relative clause makes the main clause's participle no passive
        (
            "Der Präsident, der seit Mai im Amt ist, hat Innenminister Peter Huber entlassen.",
            ("Peter Huber", "Der Präsident", "Innenminister"),
        ),
        # the determiner phrase before the relative clause is the subject
        (
            "Der Präsident, der seit Mai regiert, hat Innenminister Peter Huber entlassen.",
            ("Peter Huber", "Der Präsident", "Innenminister"),
        ),
        # a passive inside the relative clause is about the antecedent
        (
            "Innenminister Peter Huber, der am Montag entlassen worden war, kritisierte die Regierung.",
            ("Peter Huber", None, "Innenminister"),
        ),
    ],
)
def test_a_dismissal_around_a_relative_clause(text: str, row: tuple[str, str | None, str]) -> None:
    assert dismissal_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Verteidigungsminister Sergej Schoigu wurde vom Präsidenten entlassen.", "Präsident"),
        (
            "Verteidigungsminister Sergej Schoigu wurde von dem neuen Präsidenten entlassen.",
            "der neue Präsident",
        ),
        ("Innenministerin Anna Berg wurde von der Präsidentin entlassen.", "die Präsidentin"),
        ("Der Präsident entließ Innenminister Karl Huber.", "Der Präsident"),  # nominative already
    ],
)
def test_an_unnamed_agent_is_labelled_in_the_nominative(text: str, agent: str) -> None:
    assert [row[1] for row in dismissal_rows(text)] == [agent]
