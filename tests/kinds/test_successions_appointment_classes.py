"""Appointments on real-news constructions: the copula "wird (ab Juli) der neue X" past time and
place phrases, a take-over "übernahm die Funktion damals vom früheren Y" with its previous holder,
a passive appointment in a relative clause ("X, die zur Y gewählt worden war"), and an office
phrase that does not swallow a time adjunct. Look-alikes give no appointment."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _appointments(text: str) -> list[tuple[str, str | None]]:
    return [(a.appointee.label, a.office) for a in facts(text).appointments]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Brandt wird in der kommenden Saison der neue Trainer des Fußballklubs Eintracht Hollern.",
        "Jonas Brandt wird ab Juli neuer Trainer des Fußballklubs Eintracht Hollern.",
        "Jonas Brandt wird nächstes Jahr der neue Trainer des Fußballklubs Eintracht Hollern.",
    ],
)
def test_copula_past_time_phrases(text: str) -> None:
    got = _appointments(text)
    assert [who for who, _ in got] == ["Jonas Brandt"]
    assert got[0][1] is not None and got[0][1].startswith("Trainer")


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Brandt wird im Finale der neue Gegner von Karl Moser.",
        "Jonas Brandt wird in der kommenden Saison wieder Tennis spielen.",
    ],
)
def test_copula_without_a_post_is_no_appointment(text: str) -> None:
    assert _appointments(text) == []


def test_take_over_with_a_previous_holder_after_an_adverb_and_title() -> None:
    text = (
        "Maria Kobler leitet die Bezirkspartei. Sie hatte die Funktion damals vom heutigen Stadtrat "
        "Paul Feichter übernommen."
    )
    f = facts(text)
    assert [a.appointee.label for a in f.appointments] == ["Maria Kobler"]
    assert [(r.successor.label, r.predecessor.label) for r in f.replacements] == [
        ("Maria Kobler", "Paul Feichter")
    ]


def test_office_stops_before_a_time_adjunct() -> None:
    f = facts("Maria Kobler hatte den Vorsitz im Jahr 2010 von Paul Feichter übernommen.")
    assert [a.office for a in f.appointments] == ["Vorsitz"]
    assert [(r.successor.label, r.predecessor.label) for r in f.replacements] == [
        ("Maria Kobler", "Paul Feichter")
    ]


def test_office_in_a_place_keeps_its_complement() -> None:
    got = facts("Maria Kobler hat den Vorsitz im Stiftungsrat übernommen.").appointments
    assert [a.office for a in got] == ["Vorsitz im Stiftungsrat"]


def test_passive_appointment_in_a_relative_clause() -> None:
    text = (
        "Es sei Zeit für Neues, sagte Maria Kobler, die im Mai 2012 zur Chefin der Bezirkspartei "
        "gewählt worden war."
    )
    assert _appointments(text) == [("Maria Kobler", "Chefin der Bezirkspartei")]


def test_relative_clause_about_someone_else_is_no_appointment_of_the_antecedent() -> None:
    text = (
        "Es sei Zeit für Neues, sagte Maria Kobler, deren Bruder im Mai zum Chef der Bezirkspartei "
        "gewählt wurde."
    )
    assert all(who != "Maria Kobler" for who, _ in _appointments(text))
