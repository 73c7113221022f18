"""A post taken told by what its holder does from now on, or by a seat taken (breadth round 17,
own sentences): "steht künftig an der Spitze des X", "Ab Oktober führt X die Stadtwerke", "leitet
künftig das Ordnungsamt", "zieht in den Vorstand ein" (also "Mit X zieht eine Juristin in den
Vorstand ein"), "Die Wahl zum neuen Vorsitzenden fiel auf X". Look-alikes: the post held without
a cue of "from now on", a task led ("die Ermittlungen"), a table or an agenda topped, a plan or
a question, a parliament, a flat or a confiscation ("eingezogen"), a choice without a post."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Künftig steht Martin Albers an der Spitze der Stadtwerke.", "Martin Albers", "Spitze"),
        ("Ab Januar steht Petra Kühn an der Spitze des Instituts.", "Petra Kühn", "Spitze des Instituts"),
        ("Die Juristin Hanna Seifert leitet künftig das Ordnungsamt.", "Hanna Seifert", "Ordnungsamt"),
        ("Ab Oktober führt Tobias Stark die Stadtwerke.", "Tobias Stark", "Stadtwerke"),
        ("Silke Raabe zieht in den Aufsichtsrat der Bank ein.", "Silke Raabe", "Aufsichtsrat"),
        (
            "Mit Jens Paulsen zieht ein Ingenieur in den Vorstand des Konzerns ein.",
            "Jens Paulsen",
            "Vorstand",
        ),
        ("Die Ökonomin Lea Brandt ist in das Präsidium des Verbandes eingezogen.", "Lea Brandt", "Präsidium"),
        ("Die Wahl zum neuen Vorsitzenden fiel auf Holger Brandt.", "Holger Brandt", "Vorsitzende"),
    ],
)
def test_post_taken_from_now_on(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Hanna Seifert leitet seit Jahren das Ordnungsamt.",
        "Martin Albers steht seit zwölf Jahren an der Spitze der Stadtwerke.",
        "Ab Montag leitet Hanna Seifert die Ermittlungen.",
        "Künftig leitet Hanna Seifert die Sitzungen des Ausschusses.",
        "Hanna Seifert soll künftig das Ordnungsamt leiten.",
        "Wer leitet künftig das Ordnungsamt?",
        "Künftig steht die Sicherheit an der Spitze der Tagesordnung.",
        "Ab sofort steht der FC Hohenfels an der Spitze der Tabelle.",
        "Die Beamten führen Tobias Stark ab.",
        "Jens Paulsen zieht in den Bundestag ein.",
        "Silke Raabe zieht in eine neue Wohnung in der Altstadt ein.",
        "Die Mannschaft zieht ins Finale ein.",
        "Das Finanzamt hat das Vermögen von Silke Raabe eingezogen.",
        "Die Wahl fiel auf Holger Brandt, weil er als Einziger Zeit hatte.",
        "Die Wahl des Ortes fiel auf eine kleine Insel.",
    ],
)
def test_held_posts_tasks_and_places_are_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []
