"""Take-overs as news tell them: the helm ("übernahm das Ruder", "die Zügel"), the office phrase
filling the Vorfeld with its late holder ("Den Vorsitz der verstorbenen A übernimmt B": B), a
verb-final clause after a comma with its own subject ("…, bis ihr Nachfolger B die Leitung
übernimmt"), and a take-over without object right after a departure ("A entlassen – B
übernimmt": A's post). A boat's helm, an investigation, a lead in a game or a bare "übernimmt"
with nothing left before it is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


def test_helm_taken_after_a_departure_is_the_post_left() -> None:
    text = "Der Aufsichtsrat entließ Finanzchef Bernd Vogt. Clara Wendt übernahm das Ruder."
    assert appointment_rows(text) == [("Clara Wendt", "Clara Wendt", "Finanzchefin")]


def test_helm_of_a_named_company() -> None:
    rows = appointment_rows("Clara Wendt übernimmt die Zügel bei der Nordbank AG.")
    assert [r[0] for r in rows] == ["Clara Wendt"]


@pytest.mark.parametrize(
    ("text", "taker", "office"),
    [
        (
            "Den Vorsitz des verstorbenen Bernd Vogt übernimmt seine Stellvertreterin Clara Wendt.",
            "Clara Wendt",
            "Vorsitz",
        ),
        (
            "Die Leitung der Klinik von Professor Bernd Vogt übernimmt ab Mai die Ärztin Clara Wendt.",
            "Clara Wendt",
            "Leitung",
        ),
        (
            "Bernd Vogt führt das Museum ein Jahr, bis seine Nachfolgerin Clara Wendt die Leitung übernimmt.",
            "Clara Wendt",
            "Leitung",
        ),
    ],
)
def test_the_taker_not_the_holder_named_beside_the_post(text: str, taker: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [taker] and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Der SC Nordheide trennt sich von Trainer Bernd Vogt – Clara Wendt übernimmt",
        "Der Verein entließ Trainer Bernd Vogt. Für ihn übernimmt Co-Trainerin Clara Wendt.",
        "Der Verein entließ Trainer Bernd Vogt. Interimistisch übernimmt Clara Wendt.",
    ],
)
def test_bare_take_over_after_a_departure(text: str) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Clara Wendt", "Trainerin")]


@pytest.mark.parametrize(
    "text",
    [
        "Clara Wendt übernahm das Ruder des Bootes und steuerte es in den Hafen.",
        "Der Verein entließ Trainer Bernd Vogt. Clara Wendt übernahm die Ermittlungen.",
        "Der Verein entließ Trainer Bernd Vogt. In der 30. Minute übernahm Clara Wendt.",
        "Clara Wendt übernimmt.",
    ],
)
def test_look_alikes_of_taking_over(text: str) -> None:
    assert appointment_rows(text) == []


def test_post_of_an_earlier_coordinated_clause_is_no_vorfeld() -> None:
    # the office phrase stands in the clause before "und": the taker is that clause's subject
    text = "Karl Huber hatte Maria Roth den Vorsitz entzogen und ihn selbst übernommen."
    assert [(r[0], r[2]) for r in appointment_rows(text)] == [("Karl Huber", "Vorsitz")]
