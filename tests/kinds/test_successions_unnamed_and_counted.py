"""Event extraction on invented sentences of kinds the example corpus lacks: unnamed or counted
arrests, noun-form arrests with a count, and a name in an apposition after a title subject."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import facts


def test_dismissal_with_apposition_name() -> None:
    f = facts("Der Verteidigungsminister, Max Mustermann, wurde entlassen.")
    assert [(d.dismissed.kind, d.dismissed.name, d.office) for d in f.dismissals] == [
        (AgentKind.PERSON, "Max Mustermann", "Verteidigungsminister")
    ]


def test_dismissal_with_apposition_name_and_agent() -> None:
    f = facts("Der Chef der Zentralbank, Max Mustermann, wurde von Präsident Karl Otto abgesetzt.")
    assert [(d.dismissed.name, d.agent.name if d.agent else None) for d in f.dismissals] == [
        ("Max Mustermann", "Karl Otto")
    ]


def test_appointment_with_apposition_name() -> None:
    f = facts("Die neue Finanzministerin, Erika Beispiel, wurde am Montag ernannt.")
    assert [(a.appointee.name, a.office) for a in f.appointments] == [("Erika Beispiel", "Finanzministerin")]


def test_apposition_subject_of_an_active_verb() -> None:
    f = facts("Der Präsident, Karl Otto, entließ den Innenminister Max Mustermann.")
    assert [(d.agent.name if d.agent else None, d.dismissed.name) for d in f.dismissals] == [
        ("Karl Otto", "Max Mustermann")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister, der seit 2019 im Amt war, wurde entlassen.",
        "Der Minister, die Staatssekretärin und der Sprecher wurden entlassen.",
    ],
)
def test_no_apposition_no_name(text: str) -> None:
    assert all(d.dismissed.name is None for d in facts(text).dismissals)
    assert facts(text).persons == []
