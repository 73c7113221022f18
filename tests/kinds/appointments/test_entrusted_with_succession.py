"""Entrusting someone with a succession ("X mit der Nachfolge von A betrauen") appoints X; the
entruster is the agent. Entrusting with another task is no appointment."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Der Vorstand hat Anna Berg mit der Nachfolge von Uwe Stein betraut.", "Der Vorstand"),
        (
            "Der Intendant Karl Roth sagte, er habe beschlossen, Frau Anna Berg mit der Nachfolge von "
            "Herrn Uwe Stein zu betrauen.",
            "Karl Roth",
        ),
    ],
)
def test_entrusted_with_the_succession_is_appointed(text: str, agent: str) -> None:
    assert [(who, by) for who, by, _ in appointment_rows(text)] == [("Anna Berg", agent)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorstand hat Anna Berg mit der Prüfung der Bilanz betraut.",
        "Der Vorstand will Anna Berg mit der Nachfolge von Uwe Stein betrauen.",
        "Der Vorstand hat Anna Berg nicht mit der Nachfolge von Uwe Stein betraut.",
    ],
)
def test_look_alikes_of_entrusting(text: str) -> None:
    assert appointment_rows(text) == []
