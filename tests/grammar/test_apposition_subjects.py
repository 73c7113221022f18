"""A name in apposition to the sentence's opening phrase is the subject; "zu dessen/deren
Nachfolger" after a departure in the same sentence, and "Zum Nachfolger berief er B", name the successor."""

from __future__ import annotations

from tests.extract_helpers import appointment_rows, dismissal_rows, replacement_rows


def test_apposition_to_the_opening_phrase_is_the_subject() -> None:
    text = "Der Präsident der Ukraine, Wolodymyr Selenskyj, hat Walerij Saluschnyj entlassen."
    assert dismissal_rows(text) == [("Walerij Saluschnyj", "Wolodymyr Selenskyj", None)]


def test_apposition_subject_with_a_titled_object() -> None:
    text = "Die Vorsitzende der Partei, Anna Berg, hat den Generalsekretär Karl Roth abgesetzt."
    assert dismissal_rows(text) == [("Karl Roth", "Anna Berg", "Generalsekretär")]


def test_apposition_subject_with_an_apposition_object() -> None:
    text = (
        "Der Präsident der Ukraine, Wolodymyr Selenskyj, hat den Oberbefehlshaber der Streitkräfte, "
        "Walerij Saluschnyj, entlassen."
    )
    assert dismissal_rows(text) == [
        ("Walerij Saluschnyj", "Wolodymyr Selenskyj", "Oberbefehlshaber der Streitkräfte")
    ]


def test_relative_clause_is_no_apposition() -> None:
    text = "Der Minister, der Karl Roth kritisiert hatte, wurde am Montag entlassen."
    assert [row[0] for row in dismissal_rows(text)] != ["Karl Roth"]


def test_successor_with_dessen_after_a_dismissal_in_the_same_sentence() -> None:
    text = (
        "Der Präsident der Ukraine, Wolodymyr Selenskyj, hat den Oberbefehlshaber der Streitkräfte, "
        "Walerij Saluschnyj, entlassen und Olexander Syrskyj zu dessen Nachfolger ernannt."
    )
    assert replacement_rows(text) == [("Olexander Syrskyj", "Walerij Saluschnyj")]
    assert appointment_rows(text) == [
        ("Olexander Syrskyj", "Wolodymyr Selenskyj", "Oberbefehlshaber der Streitkräfte")
    ]


def test_successor_with_deren_takes_the_post_in_his_gender() -> None:
    text = "Der Kanzler entließ Innenministerin Petra Klein und ernannte Jens Hahn zu deren Nachfolger."
    assert replacement_rows(text) == [("Jens Hahn", "Petra Klein")]
    assert appointment_rows(text) == [("Jens Hahn", "Der Kanzler", "Innenminister")]


def test_dessen_must_fit_the_gender_of_who_left() -> None:
    text = (
        "Der Kanzler entließ Innenministerin Petra Klein. "
        "Am Dienstag ernannte er Jens Hahn zu dessen Nachfolger."
    )
    assert replacement_rows(text) == []


def test_deren_without_a_departure_names_no_successor() -> None:
    text = "Der Kanzler lobte Petra Klein und ernannte Jens Hahn zu deren Nachfolger."
    assert replacement_rows(text) == []


def test_successor_role_opening_the_sentence_is_an_appointment() -> None:
    text = (
        "Bundeskanzler Olaf Scholz hat Verteidigungsministerin Christine Lambrecht entlassen. "
        "Zum Nachfolger berief er Boris Pistorius."
    )
    assert replacement_rows(text) == [("Boris Pistorius", "Christine Lambrecht")]
    assert appointment_rows(text) == [("Boris Pistorius", "Olaf Scholz", "Verteidigungsminister")]
