"""Moving up to the top post (breadth round, own sentences): "X rückt an die Spitze des
Konzerns" appoints the subject; a team or a runner leading a table, a race or a ranking is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    "text",
    [
        "Petra Lindqvist rückt an die Spitze des Konzerns.",
        "Petra Lindqvist rückte im Frühjahr an die Spitze des Verbandes.",
    ],
)
def test_moving_up_to_the_top_is_appointment(text: str) -> None:
    rows = appointment_rows(text)
    assert [(who, by) for who, by, _ in rows] == [("Petra Lindqvist", None)]
    assert rows[0][2] is not None and rows[0][2].startswith("Spitze des")


@pytest.mark.parametrize(
    "text",
    [
        "Die Mannschaft rückt an die Spitze der Tabelle.",
        "Die Läuferin Sonja Wirth rückte an die Spitze des Feldes.",
        "Petra Lindqvist rückte an die Spitze der Weltrangliste.",
        "Petra Lindqvist rückt im Kader nach.",
        "Petra Lindqvist will an die Spitze des Konzerns rücken.",
    ],
)
def test_leading_a_race_or_table_is_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


def test_rising_to_a_post_is_appointment() -> None:
    text = "Ute Rehberg stieg im Mai zur Finanzchefin des Konzerns auf."
    assert appointment_rows(text) == [("Ute Rehberg", None, "Finanzchefin des Konzerns")]


@pytest.mark.parametrize(
    "text",
    [
        "Ute Rehberg stieg zum Star der Szene auf.",
        "Der Verein stieg in die Bundesliga auf.",
        "Ute Rehberg stieg aus dem Zug auf den Bahnsteig.",
    ],
)
def test_rising_to_no_post_is_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []
