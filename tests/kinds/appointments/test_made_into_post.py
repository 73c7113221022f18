"""'machte X zum Innenminister' appoints X to a post of the office lexicon; a decision told as
taken ("beschloss, X zum Chef zu machen") counts as done, as with the other appointing verbs; a
wish ("wollte … machen") does not, nor a role that is no post ("zum Star", "zum Gespött") or
oneself ("machte sich zum Anwalt")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "agent", "office"),
    [
        ("Die Kanzlerin machte Ralf Jung zum Innenminister.", "Die Kanzlerin", "Innenminister"),
        (
            "Der Stiftungsrat beschloss, Ralf Jung zum neuen Direktor zu machen.",
            "Der Stiftungsrat",
            "Direktor",
        ),
    ],
)
def test_made_into_post_is_appointment(text: str, agent: str, office: str) -> None:
    assert appointment_rows(text) == [("Ralf Jung", agent, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Auftritt machte Ralf Jung zum Star.",
        "Die Panne machte Ralf Jung zum Gespött der Stadt.",
        "Ralf Jung machte sich zum Anwalt der Mieter.",
        "Der Stiftungsrat wollte Ralf Jung zum neuen Direktor machen.",
        "Ralf Jung machte den Vorsitzenden auf den Fehler aufmerksam.",
    ],
)
def test_look_alikes_of_made_into(text: str) -> None:
    assert appointment_rows(text) == []
