"""Re-elections and swearings-in without the post beside the verb: "Er wurde im Amt bestätigt"
after "X ist Präsident des Verbandes" (the post the article gives in a predicate; a former one is
none), "bestätigten den bisherigen Vorsitzenden" (that post; "den bisherigen Stand" is none),
"Landeshauptfrau X wurde erneut angelobt" (the title before the name, sworn in again; without
"erneut" the post held, none; not for "gewählt"), "als 2.
Bürgermeister vereidigt" (an ordinal before the title). A move "an die Spitze des Ministeriums"
is one, "an der Spitze des Feldes" none; "als Nachfolgerin bestellt" is one (its post the
predecessor's, unnamed here), "als Nachfolgerin gehandelt" none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


def test_confirmed_in_office_given_by_a_predicate() -> None:
    text = "Paul Lindner ist seit 2015 Präsident des Landesverbandes. Am Samstag wurde er im Amt bestätigt."
    assert appointment_rows(text) == [("Paul Lindner", None, "Präsident des Landesverbandes")]


def test_confirmed_in_a_former_office_is_none() -> None:
    text = "Paul Lindner war bis 2015 Präsident des Landesverbandes. Am Samstag wurde er im Amt bestätigt."
    assert appointment_rows(text) == []


def test_confirming_the_holder_so_far() -> None:
    text = "Die Delegierten bestätigten den bisherigen Vorsitzenden Paul Lindner mit 90 Prozent der Stimmen."
    rows = appointment_rows(text)
    assert [(r[0], r[1]) for r in rows] == [("Paul Lindner", "Die Delegierten")] and rows[0][2].startswith(
        "Vorsitzende"
    )


def test_confirming_a_state_of_things_is_none() -> None:
    assert appointment_rows("Die Polizei bestätigte den bisherigen Stand der Ermittlungen.") == []


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Landeshauptfrau Romy Eichler ist am Freitag erneut angelobt worden.", "Landeshauptfrau"),
        ("Innenministerin Romy Eichler wurde am Montag wieder vereidigt.", "Innenministerin"),
        ("Am Abend wurde Romy Eichler als 2. Bürgermeisterin vereidigt.", "Bürgermeisterin"),
    ],
)
def test_sworn_in_with_the_title(text: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Romy Eichler", office)]


@pytest.mark.parametrize(
    "text",
    [
        "Innenministerin Romy Eichler wurde am Montag gewählt.",
        "Innenministerin Romy Eichler wurde am Montag vereidigt.",
        "Romy Eichler wurde am Montag vereidigt.",
    ],
)
def test_no_post_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


def test_moved_to_the_top_of_a_ministry() -> None:
    rows = appointment_rows(
        "Die Staatssekretärin Paula Lindner ist an die Spitze des Finanzministeriums gewechselt."
    )
    assert [(r[0], r[2]) for r in rows] == [("Paula Lindner", "Spitze des Finanzministeriums")]


def test_successor_appointed_without_post() -> None:
    rows = appointment_rows("Als Nachfolgerin wurde die bisherige Finanzchefin Romy Eichler bestellt.")
    assert [(r[0], r[2]) for r in rows] == [("Romy Eichler", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Romy Eichler wechselte an der Spitze des Feldes die Spur.",
        "Romy Eichler wurde als Nachfolgerin gehandelt.",
        "Romy Eichler wurde als mögliche Nachfolgerin genannt.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
