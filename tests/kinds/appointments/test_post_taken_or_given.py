"""A post taken or given, told by a compound of a post noun or by a generic office noun with the
title in its genitive (breadth round 17, own sentences): "übernahm den Landesvorsitz / den
Trainerposten / das Bürgermeisteramt / das Innenressort / die Parteiführung", "trat das
Präsidentenamt an", "erhält den Posten des Regierungssprechers", "bekam das Amt der
Integrationsbeauftragten", "mit dem Amt der Schatzmeisterin betraut", "auf den Posten des
Staatssekretärs berufen". Look-alikes: compounds that are places or leads ("Grenzposten",
"Finanzamt", "Tabellenführung", "Projektleitung"), a title, an order or a vague post received,
a post held, refused, proposed, given up or lost."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Nach dem Parteitag übernahm Ruth Meister den Landesvorsitz.", "Ruth Meister", "Landesvorsitz"),
        ("Im Sommer übernimmt Lars Ebner den Trainerposten beim FC Seedorf.", "Lars Ebner", "Trainer"),
        ("Yvonne Bär hat das Bürgermeisteramt übernommen.", "Yvonne Bär", "Bürgermeister"),
        ("Jakob Wirth übernimmt das Innenressort.", "Jakob Wirth", "Innenressort"),
        ("Carla Rehm übernimmt die Parteiführung.", "Carla Rehm", "Parteiführung"),
        ("Daniel Kreuz trat im April das Präsidentenamt an.", "Daniel Kreuz", "Präsident"),
        ("Sebastian Voss erhält den Posten des Regierungssprechers.", "Sebastian Voss", "Regierungssprecher"),
        (
            "Als Ausgleich bekam Ilse Brück das Amt der Integrationsbeauftragten.",
            "Ilse Brück",
            "Integrationsbeauftragte",
        ),
        ("Frieda Lang wurde mit dem Amt der Schatzmeisterin betraut.", "Frieda Lang", "Schatzmeister"),
        (
            "Der Minister berief Holger Timm auf den Posten des Staatssekretärs.",
            "Holger Timm",
            "Staatssekretär",
        ),
    ],
)
def test_post_taken_or_given(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and rows[0][2].startswith(office)


def test_a_post_received_was_given_by_someone_else() -> None:
    assert appointment_rows("Lars Ebner bekommt den Trainerposten.") == [("Lars Ebner", None, "Trainer")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Zoll kontrollierte den Grenzposten.",
        "Das Finanzamt übernimmt die Prüfung.",
        "Carla Rehm übernahm die Tabellenführung.",
        "Yvonne Bär übernimmt die Projektleitung für den Neubau.",
        "Die Sängerin Ilse Brück erhielt den Titel einer Ehrenbürgerin.",
        "Sebastian Voss erhielt einen Auftrag der Stadt.",
        "Sebastian Voss erhielt einen Posten in der Verwaltung.",
        "Er bekam im Sommer zwei Jahre Haft, weil der Senat unter Vorsitz von Richter Paul Lang entschied.",
        "Jakob Wirth hat das Amt des Bürgermeisters seit 2010 inne.",
        "Lars Ebner hatte den Trainerposten bis 2019 inne.",
        "Holger Timm lehnte den Posten des Staatssekretärs ab.",
        "Sebastian Voss hat das Angebot, Regierungssprecher zu werden, abgelehnt.",
        "Der Parteivorstand schlug Ruth Meister für den Landesvorsitz vor.",
        "Ruth Meister wird Ambitionen auf den Landesvorsitz nachgesagt.",
        "Doris Kern gab das Amt der Schatzmeisterin ab.",
        "Ole Thiel wurde als Schriftführer abgewählt.",
        "Der Präsident nominierte Anke Moll als Botschafterin in Washington.",
        "Die Partei hat Jörn Hinz als Kandidaten für das Bürgermeisteramt nominiert.",
        "Jan Kiel dürfte neuer Fraktionschef werden.",
        "Jan Kiel möchte Fraktionschef werden.",
        "Die Berufung der Juristin Anke Moll zur Verfassungsrichterin gilt als sicher.",
    ],
)
def test_places_leads_and_posts_not_taken(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Die Mitgliederversammlung wählte Doris Kern zur Schatzmeisterin.", "Doris Kern", "Schatzmeisterin"),
        ("Der Verein hat Ole Thiel zum Schriftführer gewählt.", "Ole Thiel", "Schriftführer"),
        ("Die Bischofskonferenz wählte Pia Lorenz zur Generalvikarin.", "Pia Lorenz", "Generalvikarin"),
        ("Die Landeskirche wählte Hanna Pohl zur Präses der Synode.", "Hanna Pohl", "Präses"),
        ("Die Partei kürte die Unternehmerin Lena Vogt zur Schatzmeisterin.", "Lena Vogt", "Schatzmeisterin"),
        (
            "Mit der Wahl von Jan Kiel zum Fraktionschef endet ein monatelanger Streit.",
            "Jan Kiel",
            "Fraktionschef",
        ),
        (
            "Zum neuen Generalsekretär der Partei wurde am Samstag Jörn Hinz gewählt.",
            "Jörn Hinz",
            "Generalsekretär",
        ),
        ("Gerda Stumpf ist am Dienstag zur Landrätin gewählt worden.", "Gerda Stumpf", "Landrätin"),
        ("Mona Frei zur neuen Rektorin gewählt", "Mona Frei", "Rektorin"),
        ("Landkreis Wendau: Felix Brand wird neuer Landrat", "Felix Brand", "Landrat"),
        ("Als Nachfolger von Kurt Sander wurde Max Ebert zum Kämmerer gewählt.", "Max Ebert", "Kämmerer"),
        ("Rolf Senger ist seit dem 1. Juli neuer Leiter der Feuerwehr.", "Rolf Senger", "Leiter"),
        (
            "Neuer Vorstandsvorsitzender wird zum Jahreswechsel Gunter Bahr.",
            "Gunter Bahr",
            "Vorstandsvorsitzender",
        ),
    ],
)
def test_officers_and_phrasings_of_the_second_set(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert who in [r[0] for r in rows]
    post = next(r[2] for r in rows if r[0] == who)
    assert post is not None and post.startswith(office)
