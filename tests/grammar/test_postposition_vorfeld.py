"""A source phrase with a postposition ("Der Zeitung zufolge", "Dem Sender gegenüber") filling
the Vorfeld is an adjunct: neither the verb's subject nor its object. The subject follows the
finite verb, as after "Am Montag" or "Laut der Zeitung"."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Der Zeitung zufolge entließ der Präsident den Innenminister Karl Hahn.",
        "Laut der Zeitung entließ der Präsident den Innenminister Karl Hahn.",
        "Am Montag entließ der Präsident den Innenminister Karl Hahn.",
    ],
)
def test_dismissal_after_a_source_in_the_vorfeld(text: str) -> None:
    assert [(d.dismissed.label, d.agent.label if d.agent else None) for d in facts(text).dismissals] == [
        ("Karl Hahn", "der Präsident")
    ]


def test_arrest_after_a_source_in_the_vorfeld_names_the_police_not_the_source() -> None:
    got = facts("Der Gewerkschaft zufolge nahm die Polizei gestern acht Demonstranten fest.").arrests
    assert [(a.count.value if a.count else None, a.agent.label if a.agent else None) for a in got] == [
        (8, "die Polizei")
    ]


def test_source_is_never_the_arrest_agent_when_the_subject_is_bare() -> None:
    got = facts("Dem Sender zufolge nahmen Soldaten den Oppositionellen Lutz Berg fest.").arrests
    assert [(a.arrested.label, a.agent) for a in got] == [("Lutz Berg", None)]


def test_a_determiner_phrase_without_postposition_stays_the_subject() -> None:
    # look-alike: the same opening without "zufolge" is the subject
    got = facts("Der Präsident entließ den Innenminister Karl Hahn.").dismissals
    assert [(d.dismissed.label, d.agent.label if d.agent else None) for d in got] == [
        ("Karl Hahn", "Der Präsident")
    ]
