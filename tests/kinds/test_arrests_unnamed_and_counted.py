"""Event extraction on invented sentences of kinds the example corpus lacks: unnamed or counted
arrests, noun-form arrests with a count, and a name in an apposition after a title subject."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import arrests, facts


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Die Polizei hat einen 34-jährigen Mann festgenommen.", "ein 34-jähriger Mann", 1),
        ("Ein 41-Jähriger wurde am Sonntag in seiner Wohnung festgenommen.", "ein 41-Jähriger", 1),
        ("Am Abend wurde eine 25-jährige Frau festgenommen.", "eine 25-jährige Frau", 1),
        ("Die Ermittler haben einen Verdächtigen festgenommen.", "ein Verdächtiger", 1),
        ("Die Polizei nahm einen 19 Jahre alten Studenten fest.", "ein 19 Jahre alter Student", 1),
        ("Streifenbeamte nahmen einen Autofahrer in Gewahrsam.", "ein Autofahrer", 1),
        ("Die Polizei hat den mutmaßlichen Täter festgenommen.", "der mutmaßliche Täter", None),
        ("Ein Mann, der eine Passantin bedroht hatte, wurde festgenommen.", "ein Mann", 1),
        ("Nachdem er eine Frau bedroht hatte, wurde ein Mann festgenommen.", "ein Mann", 1),
    ],
)
def test_unnamed_person_arrest(text: str, label: str, count: int | None) -> None:
    got = facts(text).arrests
    assert [(a.arrested.label, a.count.value if a.count else None) for a in got] == [(label, count)]
    assert got[0].arrested.kind == AgentKind.PERSON and got[0].arrested.name is None


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Zwei Tatverdächtige wurden festgenommen.", "zwei Tatverdächtige", 2),
        ("Bei einer Razzia in Neustadt wurden drei Männer verhaftet.", "drei Männer", 3),
        ("Die Polizei nahm vier Jugendliche fest.", "vier Jugendliche", 4),
        ("Mehr als 120 Demonstranten wurden festgenommen.", "mehr als 120 Demonstranten", 120),
        # the police in the Vorfeld of an active verb make the arrest
        ("Zwei Polizisten nahmen fünf Randalierer fest.", "fünf Randalierer", 5),
    ],
)
def test_counted_arrest(text: str, label: str, count: int) -> None:
    got = facts(text).arrests
    assert [(a.arrested.label, a.count.value) for a in got] == [(label, count)]
    assert got[0].arrested.kind == AgentKind.GROUP


def test_police_subject_is_not_the_arrested() -> None:
    assert arrests("Zwei Polizisten nahmen einen Mann fest.") == [("ein Mann", None, 1)]
    assert arrests("Am Montag haben zwei Beamte einen Mann festgenommen.") == [("ein Mann", None, 1)]


def test_named_object_after_an_organisation_subject() -> None:
    got = arrests("Die Polizei hat den 52-jährigen Gregor Lindqvist festgenommen.")
    assert got == [("Gregor Lindqvist", "Gregor Lindqvist", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Haftbefehl gegen einen 34-Jährigen wurde erlassen.",
        "Der Mann wurde nicht festgenommen.",
        "Die Polizei sucht nach einem Mann.",
        "Die Polizei fahndet nach zwei Tatverdächtigen.",
        "Ein 34-Jähriger soll festgenommen werden.",
        "Keiner der Verdächtigen wurde festgenommen.",
        "Der Mann wurde nach der Vernehmung wieder freigelassen.",
        "Zwei Polizisten wurden bei der Festnahme verletzt.",
        "Die Frau nahm das Paket entgegen.",
        "Zwei Männer wurden bei dem Unfall verletzt.",
        "Er wurde festgenommen.",
    ],
)
def test_not_unnamed_arrests(text: str) -> None:
    assert facts(text).arrests == []


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Die Festnahme von zwei Tatverdächtigen erfolgte am Montag.", "zwei Tatverdächtige", 2),
        ("Die Polizei meldete die Festnahme zweier Männer.", "zwei Männer", 2),
        ("Die Behörden bestätigten die Festnahme von drei Jugendlichen.", "drei Jugendliche", 3),
        ("Nach der Verhaftung von fünf Demonstranten kam es zu Protesten.", "fünf Demonstranten", 5),
    ],
)
def test_noun_arrest_labels_the_people(text: str, label: str, count: int) -> None:
    assert [(a.arrested.label, a.count.value) for a in facts(text).arrests] == [(label, count)]


def test_noun_arrest_of_one_person() -> None:
    got = arrests("Nach der Festnahme eines 34-Jährigen ermittelt die Kriminalpolizei.")
    assert got == [("ein 34-Jähriger", None, 1)]
    assert arrests("Die Festnahme einer jungen Frau sorgte für Aufsehen.") == [("eine junge Frau", None, 1)]


def test_plural_festnahmen_keep_their_figure() -> None:
    got = facts("Landesweit gab es mehr als 900 Festnahmen.").arrests
    assert [(a.arrested.label, a.count.value, a.count.qualifier) for a in got] == [
        ("mehr als 900 Festnahmen", 900, "mehr als")
    ]


def test_arrest_with_apposition_name() -> None:
    assert arrests("Der Bürgermeister, Max Mustermann, wurde festgenommen.") == [
        ("Max Mustermann", "Max Mustermann", None)
    ]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Die Polizei hat 25 Menschen festgenommen. Das teilte die Staatsanwaltschaft mit. "
            "Den Beschuldigten wird die Mitgliedschaft in einer kriminellen Vereinigung vorgeworfen.",
            "Mitgliedschaft in einer kriminellen Vereinigung",
        ),
        ("Die Polizei nahm Max Mustermann fest. Ihm wird Bestechlichkeit vorgeworfen.", "Bestechlichkeit"),
        (
            "Drei Männer wurden festgenommen. Ihnen werden unter anderem Raub und Erpressung vorgeworfen.",
            "Raub und Erpressung",
        ),
        ("Drei Männer wurden festgenommen. Ihnen wird nichts vorgeworfen.", None),
        # the next arrest report carries its own charge
        (
            "Drei Männer wurden festgenommen. Später wurde Max Mustermann festgenommen. "
            "Ihm wird Betrug vorgeworfen.",
            None,
        ),
    ],
)
def test_charge_in_a_following_passive_sentence(text: str, charge: str | None) -> None:
    assert facts(text).arrests[0].charge == charge
