"""More ways news tell a succession: "Seine Nachfolge tritt B an", "An seine Stelle tritt B" /
"B tritt an die Stelle von A", and "holte X als Außenminister zurück" as an appointment."""

from __future__ import annotations

from tests.extract_helpers import appointment_rows, replacement_rows


def test_taking_up_his_succession() -> None:
    text = (
        "Mit Wirkung zum 1. März legt Vorstandschef Max Muster sein Amt nieder. "
        "Seine Nachfolge tritt Finanzvorstand Anna Berg an."
    )
    assert replacement_rows(text) == [("Anna Berg", "Max Muster")]
    assert appointment_rows(text) == [("Anna Berg", None, "Vorstandschefin")]


def test_in_his_place_after_a_dismissal_is_the_dismissed_not_the_dismisser() -> None:
    text = (
        "Ministerpräsident Benjamin Netanjahu hat Verteidigungsminister Joav Galant entlassen. "
        "An seine Stelle tritt Außenminister Israel Katz."
    )
    assert replacement_rows(text) == [("Israel Katz", "Joav Galant")]
    assert appointment_rows(text) == [("Israel Katz", None, "Verteidigungsminister")]


def test_successor_steps_into_his_place() -> None:
    text = "Innenminister Karl Roth wurde entlassen. Peter Wolf tritt an seine Stelle."
    assert replacement_rows(text) == [("Peter Wolf", "Karl Roth")]


def test_in_the_place_of_a_named_person() -> None:
    assert replacement_rows("Peter Wolf tritt an die Stelle von Karl Roth.") == [("Peter Wolf", "Karl Roth")]


def test_in_the_place_of_a_thing_or_body_is_no_succession() -> None:
    assert replacement_rows("An die Stelle des Gesetzes tritt eine Verordnung.") == []
    assert replacement_rows("Max Muster tritt an die Stelle der Staatsanwaltschaft.") == []


def test_brought_back_as_minister_is_an_appointment() -> None:
    text = (
        "Premierminister Rishi Sunak hat Innenministerin Suella Braverman entlassen und den früheren "
        "Premier David Cameron als Außenminister zurückgeholt."
    )
    assert appointment_rows(text) == [("David Cameron", "Rishi Sunak", "Außenminister")]


def test_fetching_something_back_is_no_appointment() -> None:
    assert appointment_rows("Die Firma holte die Geräte zurück.") == []
