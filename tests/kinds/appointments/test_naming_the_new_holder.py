"""The new holder named by the post (breadth round 17, own sentences): "Der neue Trainer heißt
X", "Die neue Bürgermeisterin von Y heißt X", "Der neue Intendant ist X", "Neu im Vorstand ist
(die Juristin) X", "Neu in der Geschäftsführung ist X"; and titles with a capitalised adjective
after "zum/zur" ("zum Ersten Bürgermeister", "zur Vorsitzenden Richterin", "zum Regierenden
Bürgermeister"). Look-alikes: the new holder described, not named ("ist sehr beliebt"), another
sense of "heißen" ("heißt die Spieler willkommen"), "Neu" with a place or an offer, a holder
presupposed by a description or an apposition, a proposal, a question in an interview."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Der neue Trainer heißt Mirko Lanz.", "Mirko Lanz", "Trainer"),
        ("Die neue Bürgermeisterin von Altdorf heißt Sonja Graf.", "Sonja Graf", "Bürgermeisterin"),
        ("Der neue Intendant ist Hugo Brand.", "Hugo Brand", "Intendant"),
        ("Neu im Vorstand ist die Juristin Paula Roth.", "Paula Roth", "Vorstand"),
        ("Neu in der Geschäftsführung ist Boris Lenk.", "Boris Lenk", "Geschäftsführung"),
        ("Der Stadtrat wählte Tim Berger zum Ersten Bürgermeister.", "Tim Berger", "Bürgermeister"),
        (
            "Gisela Ahrens wurde zur Vorsitzenden Richterin am Landgericht ernannt.",
            "Gisela Ahrens",
            "Richterin",
        ),
        (
            "Das Abgeordnetenhaus wählte Kai Wendt zum Regierenden Bürgermeister.",
            "Kai Wendt",
            "Bürgermeister",
        ),
    ],
)
def test_new_holder_named(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == [who]
    assert rows[0][2] is not None and office in rows[0][2]  # "Erster Bürgermeister"


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        (
            "Die Partei teilte mit, dass Ina Sauer zur Generalsekretärin gewählt worden sei.",
            "Ina Sauer",
            "Generalsekretär",
        ),
        ("Wie der Verband mitteilte, wurde Olaf Kunz zum Präsidenten gewählt.", "Olaf Kunz", "Präsident"),
        (
            "Vera Haupt, im Mai zur Präsidentin des Verbandes gewählt, kündigte Reformen an.",
            "Vera Haupt",
            "Präsidentin",
        ),
        ("Vom Parlament wurde Lea Kranz zur Ombudsfrau gewählt.", "Lea Kranz", "Ombudsfrau"),
        ("Udo Pries wurde kommissarisch zum Leiter der Behörde bestimmt.", "Udo Pries", "Leiter"),
        ("Der Club stellte Rafael Ortiz als neuen Coach vor.", "Rafael Ortiz", "Coach"),
        (
            "Die Delegierten bestätigten Ute Kamm einstimmig als Landesvorsitzende.",
            "Ute Kamm",
            "Landesvorsitzende",
        ),
        ("Am Freitag wird Jana Weiß zur Bürgermeisterin gewählt.", "Jana Weiß", "Bürgermeisterin"),
        ("Zur neuen Leiterin des Amtes wurde die Biologin Ria Hahn ernannt.", "Ria Hahn", "Leiterin"),
        (
            "Nach der Ernennung der Diplomatin Eva Kühn zur Botschafterin reiste sie nach Rom.",
            "Eva Kühn",
            "Botschafterin",
        ),
        (
            "Mit Carla Dietz wurde erstmals eine Frau zur Präsidentin des Gerichts gewählt.",
            "Carla Dietz",
            "Präsidentin",
        ),
    ],
)
def test_reported_apposition_and_inverted_phrasings(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert who in [r[0] for r in rows]
    post = next(r[2] for r in rows if r[0] == who)
    assert post is not None and office in post


@pytest.mark.parametrize(
    "text",
    [
        "Der neue Intendant ist sehr beliebt.",
        "Der neue Trainer heißt die Spieler willkommen.",
        "Der neue Film heißt Sommernacht.",
        "Neu im Angebot ist ein Kurs für Anfänger.",
        "Neu in der Stadt ist Paula Roth.",
        # "Der neu gewählte Bürgermeister X lud ein" tells the recent election as known, as the
        # dismissals' "die abgesetzte Intendantin X" does: an appointment (test_attributive_and_headline.py)
        "Mit Mirko Lanz als neuem Trainer will der Verein aufsteigen.",
        "Mirko Lanz, der neue Trainer, sagte, er freue sich.",
        "Der Vorstand schlug Ute Kamm als Landesvorsitzende vor.",
        "Olaf Kunz wurde als Präsident vorgeschlagen.",
        "Frau Dietz, wie fühlt es sich an, die erste Präsidentin des Gerichts zu sein?",
        "Vor ihrer Wahl zur Präsidentin arbeitete Carla Dietz als Anwältin.",
        "Carla Dietz stellt sich zur Wahl als Präsidentin.",
        "Am Freitag soll Jana Weiß zur Bürgermeisterin gewählt werden.",
    ],
)
def test_described_presupposed_or_proposed_holders(text: str) -> None:
    assert appointment_rows(text) == []
