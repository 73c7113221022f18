"""Entrusted with a post ("mit der Leitung der Bibliothek betraut / beauftragt") or chosen to its
head ("an die Spitze des Verbandes gewählt") is an appointment; a task ("mit der Prüfung", "mit
der Leitung der Ermittlungen"), a climb to a summit or a negation is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "agent", "office"),
    [
        ("Nora Falk wurde im Juni mit der Leitung der Bibliothek betraut.", None, "Leitung der Bibliothek"),
        (
            "Der Stiftungsrat beauftragte Nora Falk mit der Führung des Hauses.",
            "Der Stiftungsrat",
            "Führung des Hauses",
        ),
        ("Nora Falk wurde an die Spitze der Kammer gewählt.", None, "Spitze der Kammer"),
    ],
)
def test_entrusted_with_post_is_appointment(text: str, agent: str | None, office: str) -> None:
    assert appointment_rows(text) == [("Nora Falk", agent, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Falk wurde mit der Prüfung der Bilanz betraut.",
        "Die Staatsanwaltschaft beauftragte Nora Falk mit der Leitung der Ermittlungen.",
        "Nora Falk kletterte an die Spitze des Berges.",
        "Nora Falk wurde nicht mit der Leitung der Bibliothek betraut.",
    ],
)
def test_look_alikes_of_entrusting_with_post(text: str) -> None:
    assert appointment_rows(text) == []
