"""Taking up an office with the separable "antreten" ("trat das Amt der Landrätin an") is taking
the post, as "übernehmen" is; a journey or sentence taken up, a candidacy ("trat bei der Wahl für
das Amt an") or a negation is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Im Frühjahr trat Uta Sander das Amt der Oberbürgermeisterin an.", "Oberbürgermeisterin"),
        ("Uta Sander trat am Montag den Vorsitz des Vereins an.", "Vorsitz des Vereins"),
    ],
)
def test_office_taken_up(text: str, office: str) -> None:
    assert appointment_rows(text) == [("Uta Sander", "Uta Sander", office)]


def test_office_taken_up_after_departure_is_the_vacated_one() -> None:
    text = "Landrat Gerd Uhl trat am Montag zurück. Uta Sander trat das Amt im Mai an."
    assert appointment_rows(text) == [("Uta Sander", "Uta Sander", "Landrat")]


@pytest.mark.parametrize(
    "text",
    [
        "Uta Sander trat die Reise nach Lissabon an.",
        "Uta Sander trat ihre Haftstrafe an.",
        "Uta Sander trat bei der Wahl für das Amt der Oberbürgermeisterin an.",
        "Uta Sander trat ihr Amt nicht an.",
    ],
)
def test_look_alikes_of_taking_up(text: str) -> None:
    assert appointment_rows(text) == []
