"""Verbs and phrases of taking up or keeping a post (breadth round 17, own sentences):
re-election ("wiedergewählt"), the Austrian "angelobt", raised to a rank ("zum Kardinal
erhoben"), installed ("als Pfarrerin in ihr Amt eingeführt"), "in das Amt des Y gewählt", "sein
Amt als Y angetreten", a newly elected titled holder taking up "sein Amt". Look-alikes: the same
verbs in their other senses ("erhob Anklage", "führte eine Steuer ein", "als Zeugen"), an award
("zum Trainer des Jahres gewählt"), things appointed or elected, a candidacy, a failed election."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        (
            "Reinhard Kugler wurde als Vorsitzender des Kreisverbandes wiedergewählt.",
            "Reinhard Kugler",
            "Vorsitzender",
        ),
        (
            "Der Parteitag hat Martina Zeller mit 91 Prozent zur Vorsitzenden wiedergewählt.",
            "Martina Zeller",
            "Vorsitzende",
        ),
        ("Bürgermeisterin Edith Schramm wurde am Sonntag wiedergewählt.", "Edith Schramm", "Bürgermeisterin"),
        (
            "Der Landesverband hat Kurt Adam in seinem Amt als Vorsitzenden bestätigt.",
            "Kurt Adam",
            "Vorsitzende",
        ),
        ("Maria Huber wurde am Donnerstag als Landesrätin angelobt.", "Maria Huber", "Landesrätin"),
        ("Der Papst hat den Erzbischof Anton Reiter zum Kardinal erhoben.", "Anton Reiter", "Kardinal"),
        (
            "Am Sonntag wurde Thomas Wegner als Pfarrer der Gemeinde in sein Amt eingeführt.",
            "Thomas Wegner",
            "Pfarrer",
        ),
        (
            "Karin Lutz wurde in das Amt der Gleichstellungsbeauftragten gewählt.",
            "Karin Lutz",
            "Gleichstellungsbeauftragte",
        ),
        (
            "Anfang Mai hatte Peter Brahms sein Amt als Polizeipräsident angetreten.",
            "Peter Brahms",
            "Polizeipräsident",
        ),
        ("Der neu gewählte Präsident Gerd Hauser übernimmt sein Amt am Montag.", "Gerd Hauser", "Präsident"),
    ],
)
def test_taking_up_or_keeping_a_post(text: str, who: str, office: str) -> None:
    rows = appointment_rows(text)
    assert who in [r[0] for r in rows]
    post = next(r[2] for r in rows if r[0] == who)
    assert post is not None and post.startswith(office)


@pytest.mark.parametrize(
    "text",
    [
        "Dario Lenz wurde zum Trainer des Jahres gewählt.",
        "Niklas Aumann wurde zum Spieler der Saison gekürt.",
        "Die Staatsanwaltschaft hat Anklage gegen Anton Reiter erhoben.",
        "Anton Reiter wurde in den Adelsstand erhoben.",
        "Die Regierung hat eine neue Steuer eingeführt.",
        "Die Verteidigung führte Thomas Wegner als Zeugen ein.",
        "Die Verfassung wurde in einer Abstimmung bestätigt.",
        "Das Wort wurde von einer Jury zum Unwort des Jahres gewählt.",
        "Die Altstadt wurde zum Weltkulturerbe ernannt.",
        "Die Grünen wurden bei der Wahl zur stärksten Kraft gewählt.",
        "Die Partei kürte Erik Haas zum Spitzenkandidaten für die Landtagswahl.",
        "Erik Haas kandidiert für das Amt des Generalsekretärs.",
        "Anna Seidel bewirbt sich um den Posten der Landesvorsitzenden.",
        "Bei der Wahl zum Bürgermeister scheiterte Jonas Weiler im ersten Durchgang.",
        "Peter Brahms tritt bei der Wahl um das Amt des Bürgermeisters an.",
        "Stefan Hübner ist nicht zum Präsidenten gewählt worden.",
        "Die Stadtverwaltung bestellte drei neue Dienstwagen.",
        "Der Minister beruft sich auf ein Gutachten der Behörde.",
        "Mehr als die Hälfte der Bürger hat die Liste von Anna Seidel gewählt.",
        "Nach dem Willen der Partei soll Erik Haas zum Generalsekretär gewählt werden.",
        "Die Kanzlerin will Frank Möller zum Innenminister machen.",
        "Falls Bettina Kraus zur Dezernentin gewählt wird, muss sie ihr Mandat abgeben.",
        "Als neuer Cheftrainer wird Dario Lenz gehandelt.",
        "Matthias Ebert gilt als Favorit für den Posten des Sportdirektors.",
    ],
)
def test_other_senses_and_unstated_appointments(text: str) -> None:
    assert appointment_rows(text) == []
