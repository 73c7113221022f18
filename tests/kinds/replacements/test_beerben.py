"""Successions told by "beerben": active ("B beerbte A"), passive with a von-phrase ("A wurde von
B beerbt": the role map makes the passive subject the predecessor and the von-phrase the
successor), and inheritances that are no succession."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(r.successor.label, r.predecessor.label) for r in facts(text).replacements]


@pytest.mark.parametrize(
    "text",
    [
        "Im Herbst beerbte Lena Marquardt den langjährigen Vorsitzenden Bernd Ostholt.",
        "Bernd Ostholt wurde im Herbst von Lena Marquardt beerbt.",
        "Der Vorsitzende Bernd Ostholt trat ab und wurde von Lena Marquardt beerbt.",
    ],
)
def test_beerben_active_and_passive(text: str) -> None:
    assert ("Lena Marquardt", "Bernd Ostholt") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marquardt beerbte ihren Vater Bernd Ostholt und erhielt das gesamte Vermögen.",
        "Nach dem Testament beerbt Lena Marquardt ihren Onkel Bernd Ostholt.",
        "Die Stiftung beerbte den Sammler Bernd Ostholt.",
        # a plan hedged by another modal ("soll" announces: tests/kinds/replacements/test_announced.py)
        "Lena Marquardt möchte Bernd Ostholt im Frühjahr beerben.",
    ],
)
def test_look_alikes_of_beerben(text: str) -> None:
    assert _pairs(text) == []


def test_in_der_nachfolge_names_the_appointee_as_successor() -> None:
    text = "Später ernannte der Kaiser Otto Brenner in der Nachfolge von Karl Brandt zum Gouverneur."
    assert _pairs(text) == [("Otto Brenner", "Karl Brandt")]


def test_in_der_nachfolge_with_an_unnamed_object_names_no_successor() -> None:
    # the pronoun object is nobody the sentence names, and the subject is not the successor
    text = "Später ernannte ihn Präsident Karl Roth in der Nachfolge Brandts zum Gouverneur."
    assert _pairs(text) == []
    assert [a.appointee.label for a in facts(text).appointments if a.appointee.label == "Brandts"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a successor noun in the object of a verb that tells no succession describes the person
        ("Der frühere Kanzler Karl Roth geriet in die Kritik, als er seinen Nachfolger Uwe Stein lobte.", []),
        (
            "Der Kanzler Karl Roth stellte am Montag seinen Nachfolger Uwe Stein vor.",
            [("Uwe Stein", "Karl Roth")],
        ),
        (
            "Der Kanzler Karl Roth trat zurück. Der Präsident ernannte Uwe Stein zu seinem Nachfolger.",
            [("Uwe Stein", "Karl Roth")],
        ),
    ],
)
def test_successor_noun_in_an_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
