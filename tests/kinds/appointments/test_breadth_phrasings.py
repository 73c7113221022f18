"""Appointments as journalists write them (breadth round, own sentences): offices of many
families (university, broadcasting, police, diplomacy, party, company, club), active and passive,
with and without an agent. These held before the round and guard its changes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Die Universität Leipzig hat die Historikerin Karin Wollmer zur Rektorin gewählt.", "Karin Wollmer"),
        ("Der Rundfunkrat wählte Bernd Oskamp zum neuen Intendanten des Senders.", "Bernd Oskamp"),
        ("Die Partei kürte Tobias Renner zum Generalsekretär.", "Tobias Renner"),
        ("Oberst Frank Delling wurde zum Brigadegeneral befördert.", "Frank Delling"),
        ("Der Aufsichtsrat berief Sabine Oertel in den Vorstand.", "Sabine Oertel"),
        ("Sabine Oertel wurde vom Aufsichtsrat zur Vorstandschefin bestellt.", "Sabine Oertel"),
        ("Der Innenminister ernannte Klaus Weidenfeld zum Polizeipräsidenten.", "Klaus Weidenfeld"),
        ("Die Regierung hat Ines Vogler zur Botschafterin in Kanada ernannt.", "Ines Vogler"),
        ("Der Verein hat Marco Tessari als neuen Cheftrainer verpflichtet.", "Marco Tessari"),
        ("Neuer Aufsichtsratsvorsitzender ist der frühere Bankmanager Dieter Kruse.", "Dieter Kruse"),
        ("Gregor Albus übernimmt den Posten des Generalsekretärs.", "Gregor Albus"),
        ("Die Landesregierung setzte Martin Greiff als Staatssekretär ein.", "Martin Greiff"),
        ("Zum neuen Intendanten wurde Lukas Brenner gewählt.", "Lukas Brenner"),
        ("Die Mitgliederversammlung wählte Stefan Krolik zum Vorsitzenden des Vereins.", "Stefan Krolik"),
        ("Ute Rehberg wurde als Polizeipräsidentin vereidigt.", "Ute Rehberg"),
    ],
)
def test_appointment_phrasings(text: str, who: str) -> None:
    assert who in [r[0] for r in appointment_rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Karin Wollmer hofft, zur Rektorin gewählt zu werden.",
        "Die Partei will Tobias Renner zum Generalsekretär küren.",
        "Das Paket wurde per Post befördert.",
        "Der Aufsichtsrat lehnte die Berufung von Sabine Oertel ab.",
        "Der Botschafter Ralf Köhne überreichte sein Beglaubigungsschreiben.",
        "Karl Stegmann soll neuer Botschafter in Wien werden, teilte das Ministerium mit.",
    ],
)
def test_appointment_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
