"""An appointment noun with its holder and post ("die Berufung von X zur Y") is an appointment
done; without the post, or planned, opposed or negated, it is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        (
            "Die Wahl der Stadträtin Jana Wolff zur Präsidentin des Verbandes fiel deutlich aus.",
            "Jana Wolff",
            "Präsidentin",
        ),
        ("Seit der Ernennung von Otto Brandl zum Minister gab es Streit.", "Otto Brandl", "Minister"),
        ("Die Berufung des Juristen Otto Brandl zum Direktor wurde begrüßt.", "Otto Brandl", "Direktor"),
    ],
)
def test_noun_with_holder_and_post_is_appointment(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [(w, by) for w, by, _ in rows] == [(who, None)] and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Die Wahl des Präsidenten findet im Herbst statt.",
        "Die geplante Ernennung von Otto Brandl zum Minister stieß auf Kritik.",
        "Die Grünen stimmten gegen die Wahl von Otto Brandl zum Präsidenten.",
        "Die Ernennung von Otto Brandl zum Minister wurde nicht vollzogen.",
        "Die Ernennung von Otto Brandl zum Ehrenbürger wurde gefeiert.",
    ],
)
def test_look_alikes_of_noun(text: str) -> None:
    assert appointment_rows(text) == []
