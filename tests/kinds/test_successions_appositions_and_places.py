"""Phrasings from agency news: an apposition past a place ("den Bischof von Limburg, X,"), a
Konjunktiv perfect ("Der Aufsichtsrat habe sie abberufen"), a swearing-in of "die neue
Ministerin X", a confirmation "im Amt", an accepted "Rücktrittsgesuch", a counted group that is
the named persons of its apposition, an unnamed office holder arrested, and house arrest."""

from __future__ import annotations

from tests.extract_helpers import appointment_rows, dismissal_rows, facts


def test_apposition_past_a_place_names_the_dismissed() -> None:
    text = "Der Papst hat den Bischof von Limburg, Franz-Peter Tebartz-van Elst, seines Amtes enthoben."
    assert dismissal_rows(text) == [("Franz-Peter Tebartz-van Elst", "Der Papst", "Bischof")]


def test_konjunktiv_perfect_keeps_subject_and_object_apart() -> None:
    text = (
        "Die Vorstandschefin des Konzerns, Anna Berg, muss gehen. "
        "Der Aufsichtsrat habe sie abberufen, teilte das Unternehmen mit."
    )
    assert dismissal_rows(text) == [("Anna Berg", "Der Aufsichtsrat", "Vorstandschefin")]


def test_the_new_minister_sworn_in() -> None:
    text = "Die neue Justizministerin Stefanie Hubig wurde am Dienstag vereidigt."
    assert appointment_rows(text) == [("Stefanie Hubig", None, "Justizministerin")]


def test_a_minister_sworn_in_without_new_is_no_appointment() -> None:
    assert appointment_rows("Die Justizministerin Stefanie Hubig wurde am Dienstag vereidigt.") == []


def test_new_minister_criticised_is_no_appointment() -> None:
    assert appointment_rows("Die neue Justizministerin Stefanie Hubig wurde am Dienstag kritisiert.") == []


def test_confirmed_in_office_takes_the_appointees_post() -> None:
    text = "Außenminister Sergej Lawrow wurde von Präsident Putin im Amt bestätigt."
    assert appointment_rows(text) == [("Sergej Lawrow", "Putin", "Außenminister")]


def test_confirmed_in_office_without_a_known_post_is_no_appointment() -> None:
    assert appointment_rows("Der Parteitag bestätigte Max Muster im Amt.") == []


def test_accepted_resignation_request() -> None:
    text = "Papst Franziskus nahm das Rücktrittsgesuch von Kardinal Rainer Woelki an."
    assert [r.resigned.label for r in facts(text).resignations] == ["Rainer Woelki"]


def test_rejected_resignation_request_is_no_resignation() -> None:
    text = "Der Kanzler hat das Rücktrittsgesuch seines Ministers Max Muster abgelehnt."
    assert facts(text).resignations == []
