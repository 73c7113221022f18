"""Taking over the running of an office ("übernahm die Amtsgeschäfte", "die Geschäftsführung")
is taking the post; a task or cost taken over ("die Regie", "die Kosten", "den Part") is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


def test_amtsgeschaefte_after_departure_take_the_vacated_post() -> None:
    text = "Landrat Gerd Uhl trat am Montag zurück. Die Amtsgeschäfte übernahm Lea Marx."
    assert appointment_rows(text) == [("Lea Marx", "Lea Marx", "Landrat")]


def test_geschaeftsfuehrung_is_the_post() -> None:
    rows = appointment_rows("Lea Marx übernahm im Januar die Geschäftsführung der Brauerei.")
    assert [(who, office.split()[0]) for who, _, office in rows] == [("Lea Marx", "Geschäftsführung")]


@pytest.mark.parametrize(
    "text",
    [
        "Lea Marx übernahm die Regie des Films.",
        "Lea Marx übernahm die Kosten der Feier.",
        "Lea Marx übernahm den Part der Königin.",
        "Lea Marx übernahm die Geschäfte ihrer Eltern nicht.",
    ],
)
def test_look_alikes_of_taking_over(text: str) -> None:
    assert appointment_rows(text) == []
