"""The certificate of dismissal handed over tells a dismissal: the receiver is dismissed, the
one who hands it over dismisses ("überreichte Minister X die Entlassungsurkunde", "X erhielt die
Entlassungsurkunde von Y"); everyone listed as receiver is dismissed. A discharge after military
service and a handing over only planned are none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


def test_receivers_listed_before_the_certificate_are_dismissed() -> None:
    text = (
        "Der Präsident überreichte Innenminister Jonas Weidner und Finanzministerin Mara Lenz "
        "am Morgen die Entlassungsurkunden."
    )
    assert sorted((who, by) for who, by, _ in dismissal_rows(text)) == [
        ("Jonas Weidner", "Der Präsident"),
        ("Mara Lenz", "Der Präsident"),
    ]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Regierungschef Jonas Weidner erhielt am Montag die Entlassungsurkunde von Präsident Ole Brand.",
            "Ole Brand",
        ),
        (
            "Präsidentin Vera Holm übergab dem bisherigen Premier Jonas Weidner die Entlassungsurkunde.",
            "Vera Holm",
        ),
        ("Jonas Weidner erhält Entlassungsurkunde durch Präsident Ole Brand.", "Ole Brand"),
    ],
)
def test_the_one_who_hands_it_over_dismisses(text: str, agent: str) -> None:
    assert [(who, by) for who, by, _ in dismissal_rows(text)] == [("Jonas Weidner", agent)]


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Wehrdienst bei der Bundeswehr erhielt Jonas Weidner seine Entlassungsurkunde.",
        "Der Präsident soll Minister Jonas Weidner am Montag die Entlassungsurkunde überreichen.",
        "Jonas Weidner hat die Ernennungsurkunde erhalten.",
    ],
)
def test_look_alikes_of_the_certificate(text: str) -> None:
    assert dismissal_rows(text) == []
