"""How far a hedge or a negation reaches: a relative clause told in the indicative past states
its event whatever the main clause wishes or demands, and a concessive phrase ("trotz der
Festnahme") presupposes its event; a question or a condition still states none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft verlangt die Freilassung eines Fotografen, der am Montag verhaftet worden war.",
        "Der Verband forderte Auskunft über die Reporterin, die im Mai in Minsk festgenommen wurde.",
    ],
)
def test_arrest_in_a_relative_clause_under_a_demand_is_stated(text: str) -> None:
    assert len(arrests(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause reports in the Konjunktiv or looks ahead: no arrest stated
        "Die Regierung verlangte Auskunft über eine Journalistin, die festgenommen worden sei.",
        "Die Opposition fordert die Freilassung aller, die festgenommen werden sollen.",
        # the demand governs the arrest itself
        "Die Opposition forderte, die Journalistin festzunehmen.",
    ],
)
def test_relative_clause_look_alikes_state_no_arrest(text: str) -> None:
    assert arrests(text) == []


def test_concessive_phrase_presupposes_the_arrests() -> None:
    text = "Der Parteichef will trotz der Verhaftungswelle keine Neuwahlen ausrufen."
    assert arrests(text) == [("Festgenommene (Verhaftungswelle)", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition warnt vor einer neuen Verhaftungswelle.",
        "Menschenrechtler befürchten eine neue Verhaftungswelle.",
        "Beobachter sagen, dass nach der Wahl Massenfestnahmen erwartet werden.",
        "Es gab keine Verhaftungswelle.",
        "Bleibt die Ministerin trotz der Verhaftungswelle im Amt?",
        "Sollte es trotz der Verhaftungswelle Proteste geben, greift die Polizei ein.",
    ],
)
def test_wave_of_arrests_feared_denied_questioned_or_conditional(text: str) -> None:
    assert arrests(text) == []
