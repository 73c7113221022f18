"""A post handed over in the dative or accepted (breadth round 17, own sentences): "Der Vorstand
übertrug X die Leitung der Abteilung", "X wurde das Amt der Kulturdezernentin übertragen", "hat X
den Vorsitz übertragen", "nahm das Amt der Bürgermeisterin an", "nahm die Wahl zum Vorsitzenden
an", and a generic office with an indefinite genitive ("das Amt eines Staatssekretärs").
Look-alikes: rights, broadcasts and illnesses "übertragen", a prize or an offer accepted, "nahm
an, dass …", an office kept or held, a company taken over, a confirmation of something else."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "agent", "office"),
    [
        (
            "Der Vorstand übertrug Kai Brandt die Leitung der Abteilung.",
            "Kai Brandt",
            "Der Vorstand",
            "Leitung",
        ),
        (
            "Nach der Wahl wurde Ute Lemke das Amt der Kulturdezernentin übertragen.",
            "Ute Lemke",
            None,
            "Kulturdezernentin",
        ),
        ("Der Verein hat Jonas Pfeiffer den Vorsitz übertragen.", "Jonas Pfeiffer", "Der Verein", "Vorsitz"),
        ("Im Herbst nahm Hilde Roth das Amt der Bürgermeisterin an.", "Hilde Roth", None, "Bürgermeisterin"),
        (
            "Nach kurzer Bedenkzeit nahm Ben Kraft die Wahl zum Vorsitzenden an.",
            "Ben Kraft",
            None,
            "Vorsitzende",
        ),
        (
            "Nach der Wahl übernahm Kai Brandt das Amt eines Staatssekretärs.",
            "Kai Brandt",
            "Kai Brandt",
            "Staatssekretär",
        ),
    ],
)
def test_post_transferred_or_accepted(text: str, who: str, agent: str | None, office: str) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[1]) for r in rows] == [(who, agent)]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern übertrug die Rechte an Kai Brandt.",
        "Das Spiel wurde im Fernsehen übertragen.",
        "Die Krankheit wird durch Mücken übertragen.",
        "Der Vorstand übertrug Kai Brandt das Amt.",
        "Hilde Roth nahm den Preis an.",
        "Ben Kraft nahm das Angebot an.",
        "Die Polizei nahm an, dass Ben Kraft geflohen war.",
        "Hilde Roth behielt ihr Amt als Bürgermeisterin.",
        "Mehrere Familien bekleideten dieses Amt.",
        "Der Buchhalter Kai Brandt übernahm die Firma seines Chefs.",
        "Lisa Ohm bestätigte ihre Teilnahme.",
        "Lisa Ohm wurde bei der Versammlung in ihrem Amt bestätigt.",
    ],
)
def test_no_post_transferred_or_accepted(text: str) -> None:
    assert appointment_rows(text) == []
