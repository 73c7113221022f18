"""The participant of an arrest verb is its subject (passive) or object (active) whatever its
noun: a closed list of what is clearly no person or group beats an open list of people. Counted
groups with nouns the lexicon does not list, single persons named by any noun, headlines that
tell a passive without its auxiliary, and look-alikes (things, amounts, other clauses) that must
give no arrest or no wrong participant."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import arrests, facts

# -- counted groups with any noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        ("In Kiel wurden neun mutmaßliche Wilderer festgenommen.", 9, "Wilderer"),
        ("Am Montag wurden drei Priesterinnen bei einer Kundgebung verhaftet.", 3, "Priesterinnen"),
        ("Nach Angaben der Behörden wurden 40 Beteiligte festgenommen.", 40, "Beteiligte"),
        ("Drei weitere Verwandte wurden ebenfalls in Haft genommen.", 3, "Verwandte"),
        ("Zwei ihrer leitenden Moderatoren seien am Dienstag festgenommen worden.", 2, "Moderatoren"),
        ("Vierzehn Rebellen seien festgenommen worden, sagte ein Sprecher der Armee.", 14, "Rebellen"),
        ("Die Polizei nahm am Montag sieben Wilderer fest.", 7, "Wilderer"),
    ],
)
def test_counted_group_with_any_noun(text: str, count: int, noun: str) -> None:
    got = facts(text).arrests
    assert len(got) == 1
    assert got[0].arrested.kind == AgentKind.GROUP
    assert got[0].count is not None and got[0].count.value == count
    assert noun in got[0].arrested.label


@pytest.mark.parametrize(
    "text",
    [
        # things, amounts and time are no arrested group
        "Bei der Razzia wurden 12 Autos beschlagnahmt und drei Tonnen Ware festgesetzt.",
        "Die Fahnder haben 300 Kilogramm Kokain sichergestellt.",
        # the figure of a relative clause is no count of the arrested
        "Die Polizei hat einen 41-jährigen Mann festgenommen, der mehr als zwanzig Einbrüche gestand.",
    ],
)
def test_no_group_of_things_or_other_clauses(text: str) -> None:
    assert not [a for a in facts(text).arrests if a.arrested.kind == AgentKind.GROUP]


def test_group_in_relative_clause_is_not_counted_but_the_object_is() -> None:
    got = facts(
        "Die Polizei hat einen 52-jährigen Mann festgenommen, der zwölf Kioske überfallen hat."
    ).arrests
    assert [(a.arrested.label, a.count.value if a.count else None) for a in got] == [
        ("ein 52-jähriger Mann", 1)
    ]


# -- single persons named by any noun -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("In Polen ist ein Norweger festgenommen worden.", "ein Norweger"),
        ("Die Polizei hat den Wilderer am Abend festgenommen.", "der Wilderer"),
        ("Am Freitag wurde der Hausmeister der Schule verhaftet.", "der Hausmeister"),
    ],
)
def test_single_person_with_any_noun(text: str, label: str) -> None:
    got = facts(text).arrests
    assert [a.arrested.label for a in got] == [label]


def test_coordinated_persons_with_any_noun() -> None:
    # known (definite) people joined by "und": each is an arrested person
    got = facts("Am Sonntag wurden der Onkel und der Cousin des Verdächtigen verhaftet.").arrests
    assert [a.arrested.label for a in got] == ["der Onkel", "der Cousin"]


@pytest.mark.parametrize(
    "text",
    [
        # institutions make arrests, they are not arrested
        "Wie die Staatsanwaltschaft mitteilte, wurde er am Montag festgenommen.",
        # the reporter of a passive arrest is not its participant
        "Festgenommen worden sei niemand, sagte ein Sprecher der Polizei.",
    ],
)
def test_no_participant_from_institution_or_reporter(text: str) -> None:
    labels = [a.arrested.label for a in facts(text).arrests if a.arrested is not None]
    assert not any("Staatsanwaltschaft" in x or "Sprecher" in x for x in labels)


def test_reporting_clause_speaker_is_not_the_arrested() -> None:
    got = arrests("Zwei Wilderer seien festgenommen worden, sagte ein Sprecher der Forstbehörde.")
    assert got == [("zwei Wilderer", None, 2)]


# -- headlines: a passive without its auxiliary --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Acht Wilderer in Bremen festgenommen.", 8),
        ("Großrazzia in Hamburg: Zwölf Hehler verhaftet.", 12),
    ],
)
def test_headline_passive(text: str, count: int) -> None:
    got = facts(text).arrests
    assert [a.count.value if a.count else None for a in got] == [count]


def test_active_clause_with_finite_verb_is_no_headline() -> None:
    # "hat ... verfolgt, gestellt und festgenommen": active, the police are no arrested group
    got = facts("Die Polizei hat die zwei Wilderer verfolgt, gestellt und festgenommen.").arrests
    assert all("Polizei" not in a.arrested.label for a in got)


# -- bare nouns: headlines and groups nobody counted --------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Polizist leicht verletzt – Einbrecher festgenommen.", "Einbrecher"),
        (
            "Im Grenzgebiet haben Soldaten zwei Lager zerstört und mutmaßliche Wilderer festgenommen.",
            "mutmaßliche Wilderer",
        ),
        ("Gestern wurden in Kassel Demonstranten festgenommen.", "Demonstranten"),
    ],
)
def test_bare_noun_participant(text: str, label: str) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Medienberichten zufolge wurde am Montag in Graz festgenommen, wer sich weigerte.",
        "Die Polizei hat am Abend Beweise sichergestellt und Anzeige erstattet.",
    ],
)
def test_no_bare_participant(text: str) -> None:
    assert facts(text).arrests == []


# -- adjuncts are no participants ---------------------------------------------------------------


def test_count_in_a_prepositional_adjunct_is_no_group() -> None:
    got = facts("Die Polizei nahm einen Hehler mit drei Komplizen fest.").arrests
    assert [a.arrested.label for a in got] == ["ein Hehler"]


def test_count_after_a_collective_noun_is_the_group() -> None:
    got = facts("Laut der Zeitung wurde am Dienstag eine Gruppe von etwa 30 Studenten festgenommen.").arrests
    assert [(a.arrested.label, a.count.value if a.count else None) for a in got] == [
        ("etwa 30 Studenten", 30)
    ]


def test_source_before_zufolge_is_no_participant() -> None:
    got = facts(
        "Berichten der Lokalpresse zufolge wurden am Sonntag der Onkel und der Cousin verhaftet."
    ).arrests
    assert [a.arrested.label for a in got] == ["der Onkel", "der Cousin"]


# -- a person in a time or place adjunct is no participant ---------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beim Empfang für Kanzlerin Anna Roth wurde ein Demonstrant festgenommen.", "ein Demonstrant"),
        ("Während des Besuchs von Präsident Karl Weis wurden 50 Dissidenten festgenommen.", "50 Dissidenten"),
        ("Nach dem Treffen mit dem früheren Minister Anna Roth wurde Paul Berg verhaftet.", "Paul Berg"),
    ],
)
def test_person_in_an_adjunct_is_no_participant(text: str, label: str) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == [label]


def test_titled_name_as_subject_is_the_participant() -> None:
    got = facts("Am Montag wurde Kanzlerin Anna Roth in Bern festgenommen.").arrests
    assert [a.arrested.label for a in got] == ["Anna Roth"]


def test_titled_name_after_a_source_adjunct_is_the_participant() -> None:
    text = "Am Abend wurde laut Polizeiangaben Ex-Minister Paul Berg wegen Betrugs festgenommen."
    got = facts(text).arrests
    assert [a.arrested.label for a in got] == ["Paul Berg"]
