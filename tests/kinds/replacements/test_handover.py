"""Handing one's own office to a named person replaces the giver (grammar mechanism: verb of
handing over, a possessive or chair object, "an" + a name; in a conjunct without a verb of its
own the finite verb before it is shared). Look-alikes: a thing handed over, someone else's office,
a body as receiver, a wish, a hedge, a question and a negation."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(r.successor.label, r.predecessor.label, r.office, r.announced) for r in facts(text).replacements]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Karl Roth übergab sein Mandat im Januar an Uwe Stein.", "Mandat"),
        ("Karl Roth trat sein Landtagsmandat an Uwe Stein ab.", "Landtagsmandat"),
        ("Karl Roth hat den Parteivorsitz an Uwe Stein abgegeben.", "Parteivorsitz"),
        ("Karl Roth gab im Mai den Fraktionsvorsitz an Uwe Stein ab.", "Fraktionsvorsitz"),
        # "Amt" names no post of its own
        ("Karl Roth übergab sein Amt an Uwe Stein.", None),
    ],
)
def test_own_office_handed_to_a_named_person(text: str, office: str | None) -> None:
    assert _rows(text) == [("Uwe Stein", "Karl Roth", office, False)]


def test_handover_announced_with_wird() -> None:
    text = "Karl Roth wird sein Mandat im Herbst an Uwe Stein übergeben."
    assert _rows(text) == [("Uwe Stein", "Karl Roth", "Mandat", True)]


def test_conjunct_shares_the_announcing_modal() -> None:
    text = (
        "Nach der Wahl soll Lena Marquardt den Vorsitzenden Bernd Ostholt ablösen, "
        "Karl Roth sein Mandat 2027 an Uwe Stein übergeben."
    )
    rows = {(s, p, a) for s, p, _office, a in _rows(text)}
    assert rows == {("Lena Marquardt", "Bernd Ostholt", True), ("Uwe Stein", "Karl Roth", True)}


def test_conjunct_shares_a_finite_verb_of_the_past() -> None:
    text = "Im Mai hat Lena Marquardt Bernd Ostholt abgelöst, Karl Roth sein Mandat an Uwe Stein übergeben."
    assert {(s, p, a) for s, p, _o, a in _rows(text)} == {
        ("Lena Marquardt", "Bernd Ostholt", False),
        ("Uwe Stein", "Karl Roth", False),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Karl Roth übergab seinen Bericht an Uwe Stein.",
        "Karl Roth übergab am Montag die Schlüssel an Uwe Stein.",
        "Karl Roth übergab sein Mandat an die Partei.",
        # someone else's office: the giver did not hold it
        "Der Präsident Karl Roth übergab das Amt des Kanzlers an Uwe Stein.",
        # a wish, a want, a hedge, a question, a negation
        "Karl Roth will sein Mandat an Uwe Stein übergeben.",
        "Karl Roth möchte den Vorsitz an Uwe Stein abgeben.",
        "Karl Roth soll sein Mandat an Uwe Stein übergeben haben.",
        "Offen ist, ob Karl Roth sein Mandat an Uwe Stein übergeben wird.",
        "Karl Roth hat sein Mandat nicht an Uwe Stein übergeben.",
    ],
)
def test_look_alikes_of_a_handover_give_nothing(text: str) -> None:
    assert _rows(text) == []
