"""The charge of an arrest when the report gives none: the offence its offender noun names
("zwei mutmaßliche Taschendiebe" -> Diebstahl, "der mutmaßliche Kriegsverbrecher X"). A stated
charge wins; a noun that only contains an offender word names none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Zwei mutmaßliche Taschendiebe wurden am Bahnhof festgenommen.", "Diebstahl"),
        (
            "Am Montag wurde der gesuchte mutmaßliche Kriegsverbrecher Goran Petek in Belgrad verhaftet.",
            "Kriegsverbrechen",
        ),
        ("Die Polizei hat einen Serieneinbrecher festgenommen.", "Einbruch"),
        ("Acht Schlepper in Bremen festgenommen.", "Schlepperei"),
    ],
)
def test_offender_noun_names_the_charge(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_stated_charge_wins() -> None:
    got = facts("Sieben Wilderer wurden wegen Tierquälerei festgenommen.").arrests
    assert [a.charge for a in got] == ["Tierquälerei"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat den Chef der Wilderer-Initiative festgenommen.",
        "Zwei Fotografen wurden am Bahnhof festgenommen.",
    ],
)
def test_no_offender_no_charge(text: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [None]
