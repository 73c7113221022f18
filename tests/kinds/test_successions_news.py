"""Events found by probing further agency-style articles (a company board recalling its chief, a
raid on a smuggling ring, a party electing a new leadership): relieving someone of duties,
"gefasst"/"festgesetzt", people described by their age, coordinated appointees, becoming the
successor, headline figures, and hedges that belong to another clause."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows, facts

CABINET = (
    "Der Bundespräsident entließ auf Vorschlag des Kanzlers Justizminister Marco Buschmann "
    "und ernannte Volker Wissing zu seinem Nachfolger."
)


def test_relieved_of_duties_is_a_dismissal_with_the_title_as_office() -> None:
    text = "Zugleich wurde der Personalvorstand Markus Heil von seinen Aufgaben entbunden."
    assert dismissal_rows(text) == [("Markus Heil", None, "Personalvorstand")]
    assert dismissal_rows("Der Aufsichtsrat entband Finanzchef Peter Huber von seinem Amt.") == [
        ("Peter Huber", "Der Aufsichtsrat", "Finanzchef")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sängerin Anna Berg hat in der Nacht entbunden.",  # gave birth
        "Seine Aufgaben übernimmt vorübergehend Claudia Roth.",  # standing in, no appointment
        "Die Ministerin entband den Beamten Peter Huber von der Schweigepflicht.",
    ],
)
def test_duties_look_alikes(text: str) -> None:
    got = facts(text)
    assert got.dismissals == [] and got.appointments == []


def test_coordinated_appointees_are_each_appointed() -> None:
    text = "Die Partei hat Franziska Brantner und Felix Banaszak zu neuen Vorsitzenden gewählt."
    assert sorted(appointment_rows(text)) == [
        ("Felix Banaszak", "Die Partei", "Vorsitzende"),
        ("Franziska Brantner", "Die Partei", "Vorsitzende"),
    ]
    # a list after a preposition is not the appointee list
    text = "Nach Gesprächen mit Anna Berg und Karl Huber ernannte der Präsident Peter Maier zum Minister."
    assert [row[0] for row in appointment_rows(text)] == ["Peter Maier"]


def test_bestimmen_and_küren_with_a_post_appoint() -> None:
    assert appointment_rows("Zur neuen Geschäftsführerin wurde Pegah Edalatian bestimmt.") == [
        ("Pegah Edalatian", None, "Geschäftsführerin")
    ]
    assert appointment_rows("Der Parteitag kürte Hans Huber zum Vorsitzenden.") == [
        ("Hans Huber", "Der Parteitag", "Vorsitzende")
    ]
    assert appointment_rows("Das Gericht bestimmte, dass Hans Huber zahlen muss.") == []


def test_becoming_the_successor_is_an_appointment_to_the_post() -> None:
    text = "Der Präsident hat Innenminister Hans Huber entlassen. Sein Nachfolger wird Peter Maier."
    assert ("Peter Maier", None, "Innenminister") in appointment_rows(text)
    # being called someone's successor tells no appointment now
    text = "Peter Maier, der Nachfolger von Innenminister Hans Huber, lehnte eine Stellungnahme ab."
    assert appointment_rows(text) == []


def test_voted_out_is_a_dismissal() -> None:
    text = "Die Bürger haben ihren Oberbürgermeister Peter Feldmann abgewählt."
    assert [(row[0], row[2]) for row in dismissal_rows(text)] == [("Peter Feldmann", "Oberbürgermeister")]
    text = "Der Landrat Hans Huber wurde am Sonntag per Bürgerentscheid abgewählt."
    assert [(row[0], row[2]) for row in dismissal_rows(text)] == [("Hans Huber", "Landrat")]
    # electing is no dismissal
    assert dismissal_rows("Die Partei wählte Hans Huber zum Vorsitzenden.") == []


def test_self_appointment_and_heads_of_cities() -> None:
    text = "Am Freitag ernannte sich General Hans Huber selbst zum neuen Machthaber."
    assert appointment_rows(text) == [("Hans Huber", "Hans Huber", "Machthaber")]
    text = "Peter Feldmann war 2012 erstmals zum Stadtoberhaupt gewählt worden."
    assert appointment_rows(text) == [("Peter Feldmann", None, "Stadtoberhaupt")]
    # "sich berufen auf" is no appointment, nor is an appointment without a post
    assert appointment_rows("Der Minister berief sich auf ein Gutachten.") == []
    assert appointment_rows("Der Präsident ernannte sich selbst.") == []


def test_a_dateline_with_a_multiword_place_is_its_own_segment() -> None:
    text = "Frankfurt am Main (dpa) - Die Bürger haben ihren Oberbürgermeister Peter Feldmann abgewählt."
    (dismissal,) = facts(text).dismissals
    assert dismissal.evidence.sentence.startswith("Die Bürger")


def test_a_name_after_a_title_stays_in_its_phrase() -> None:
    text = "Der Präsident entließ nach dem Treffen mit Innenminister Peter Huber den Polizeichef Hans Maier."
    assert dismissal_rows(text) == [("Hans Maier", "Der Präsident", "Polizeichef")]
    for text in ("Der Minister stellte den Plan als Erfolg vor.", "Er verpflichtete sich, still zu sein."):
        assert appointment_rows(text) == []


def test_becoming_the_successor_of_a_dismissed_minister() -> None:
    text = "Der Präsident hat Innenminister Hans Huber entlassen. Peter Maier wird Nachfolger von Hans Huber."
    assert ("Peter Maier", None, "Innenminister") in appointment_rows(text)


def test_title_after_a_genitive_title_opens_the_object() -> None:
    # "des Kanzlers" belongs to "auf Vorschlag"; "Justizminister Marco Buschmann" is dismissed
    assert dismissal_rows(CABINET) == [("Marco Buschmann", "Der Bundespräsident", "Justizminister")]
    # a name right after the genitive title is that title's holder, not the object
    text = "Der Präsident entließ auf Vorschlag des Kanzlers Olaf Scholz den Minister Peter Huber."
    assert [row[0] for row in dismissal_rows(text)] == ["Peter Huber"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (CABINET, "Der Bundespräsident"),
        (
            "Der Bundespräsident ernannte Volker Wissing zum Nachfolger von Justizminister Marco Buschmann.",
            "Der Bundespräsident",
        ),
        ("Volker Wissing wurde zum Nachfolger von Justizminister Marco Buschmann ernannt.", None),
    ],
)
def test_appointed_as_successor_takes_the_predecessors_post(text: str, agent: str | None) -> None:
    assert appointment_rows(text) == [("Volker Wissing", agent, "Justizminister")]


def test_planned_successor_is_no_appointment() -> None:
    text = "Der Präsident will Volker Wissing zum Nachfolger von Justizminister Marco Buschmann ernennen."
    assert appointment_rows(text) == []


def test_adviser_is_an_office_and_a_junta_an_organisation() -> None:
    text = "US-Präsident Donald Trump feuerte seinen Sicherheitsberater John Bolton."
    assert dismissal_rows(text) == [("John Bolton", "Donald Trump", "Sicherheitsberater")]
    text = "Die Militärjunta setzte Regierungschef Abdalla Hamdok ab."
    assert dismissal_rows(text) == [("Abdalla Hamdok", "Die Militärjunta", "Regierungschef")]


def test_sworn_in_as_the_holder_of_a_post_is_an_appointment() -> None:
    text = "Nancy Faeser wurde am Mittwoch als neue Innenministerin vereidigt."
    assert appointment_rows(text) == [("Nancy Faeser", None, "Innenministerin")]
    # sworn in without a post named: nothing to record
    assert appointment_rows("Der Bundespräsident vereidigte die neuen Minister.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Autobauer hat seinen Vorstandschef Oliver Blume durch Finanzvorstand Arno Antlitz ersetzt.",
            ("Arno Antlitz", "Oliver Blume", "Vorstandschef", "Der Autobauer"),
        ),
        (
            "Hertha BSC hat Trainer Pal Dardai durch Sandro Schwarz abgelöst.",
            ("Sandro Schwarz", "Pal Dardai", "Trainer", "Hertha BSC"),
        ),
    ],
)
def test_replaced_by_someone_named_with_durch(text: str, expected: tuple[str, str, str, str]) -> None:
    got = [
        (r.successor.label, r.predecessor.label, r.office, r.agent.label if r.agent else None)
        for r in facts(text).replacements
    ]
    assert got == [expected]


def test_unnamed_superior_removing_a_minister_is_a_dismissal() -> None:
    text = "Der Präsident hat den Minister Peter Huber abgelöst."
    assert dismissal_rows(text) == [("Peter Huber", "Der Präsident", "Minister")]
    assert facts(text).replacements == []
    # a successor in the same post still replaces
    text = "Der neue Trainer löste den Trainer Peter Huber ab."
    assert [r.successor.label for r in facts(text).replacements] == ["Der neue Trainer"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Nach der Niederlage trennte sich Bayern München von Trainer Thomas Tuchel.", "Bayern München"),
        ("Nach der Niederlage trennte sich der FC Bayern von Trainer Thomas Tuchel.", "der FC Bayern"),
        ("Am Montag entließ Hertha BSC den Trainer Thomas Tuchel.", "Hertha BSC"),
    ],
)
def test_inverted_subject_after_sich_or_without_article(text: str, agent: str) -> None:
    assert dismissal_rows(text) == [("Thomas Tuchel", agent, "Trainer")]


def test_apposition_names_the_object() -> None:
    text = (
        "Der Verteidigungsminister hat den Inspekteur des Heeres, Generalleutnant Alfons Mais, "
        "in den Ruhestand versetzt."
    )
    assert [row[:2] for row in dismissal_rows(text)] == [("Alfons Mais", "Der Verteidigungsminister")]
    text = "Der Präsident entließ den Innenminister, Peter Huber, am Montag."
    assert dismissal_rows(text) == [("Peter Huber", "Der Präsident", "Innenminister")]
    # a relative clause after the phrase is no apposition
    text = "Der Präsident entließ den Innenminister, der Peter Huber kritisiert hatte."
    assert [row[0] for row in dismissal_rows(text)] == ["den Innenminister"]


def test_subject_after_the_auxiliary_behind_a_phrase_naming_someone() -> None:
    text = (
        "Den Haag (dpa) - Nach dem Rücktritt von Ministerpräsident Mark Rutte hat das niederländische "
        "Parlament den bisherigen Geheimdienstchef Dick Schoof zum neuen Regierungschef gewählt."
    )
    assert appointment_rows(text) == [("Dick Schoof", "das niederländische Parlament", "Regierungschef")]


def test_the_post_of_a_name_in_apposition_is_the_phrase_before_it() -> None:
    text = "Schoof hatte zuvor den Chef des Auslandsgeheimdienstes, Peter Vermeulen, entlassen."
    assert dismissal_rows(text) == [("Peter Vermeulen", "Schoof", "Chef des Auslandsgeheimdienstes")]
