"""A unit led from now on, told in the passive ("Das Institut wird künftig von X geleitet"): the
by-phrase is its new head; a task led ("Die Ermittlungen werden künftig von X geführt") or a unit
led for years is none. A new holder presented with "mit" ("präsentierte mit X einen neuen
Manager"): X takes the object's titled post; a "mit" of company or a thing presented is none.
"engagierte X als neuen Sportdirektor" is an appointment; "engagierte sich als Trainer" is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Das Polizeipräsidium Nordstadt wird künftig von Jana Kreutzer geleitet.",
            "Jana Kreutzer",
            "Polizeipräsidium",
        ),
        ("Das Stadtarchiv wird ab Oktober von Jana Kreutzer geführt.", "Jana Kreutzer", "Stadtarchiv"),
        (
            "Das Dekanat Nordstadt wird ab sofort von Pfarrer Lukas Kramer geleitet.",
            "Lukas Kramer",
            "Dekanat",
        ),
    ],
)
def test_unit_led_from_now_in_the_passive(text: str, person: str, post: str) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1 and rows[0][0] == person and rows[0][2].startswith(post)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ermittlungen werden künftig von Staatsanwalt Timo Rehm geführt.",
        "Das Stadtarchiv wird seit Jahren von Jana Kreutzer geleitet.",
        "Die Sitzung wird ab Montag von Jana Kreutzer geleitet.",
    ],
)
def test_look_alikes_of_leading(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Nach der Trennung präsentierte der SC Nordheide mit Timo Rehm einen neuen Sportdirektor.",
            "Sportdirektor",
        ),
        ("Der Klub hat mit Timo Rehm seinen neuen Trainer verpflichtet.", "Trainer"),
        ("Der Verein engagierte Timo Rehm als neuen Sportdirektor.", "Sportdirektor"),
    ],
)
def test_presented_or_engaged_with_a_post(text: str, post: str) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Timo Rehm", post)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein stellte mit Timo Rehm den neuen Sponsorenvertrag vor.",
        "Die Stadt präsentierte gemeinsam mit Bürgermeister Timo Rehm einen neuen Radweg.",
        "Timo Rehm engagierte sich jahrelang als Trainer im Verein.",
    ],
)
def test_look_alikes_of_presenting(text: str) -> None:
    assert appointment_rows(text) == []
