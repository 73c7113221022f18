"""A house arrest and a later arrest of one person are two events; a description whose
von-phrase says who it is ("der Kapitän von X") is not resolved to the last person named."""

from __future__ import annotations

from tests.extract_helpers import facts


def test_house_arrest_and_a_later_arrest_are_two_events() -> None:
    text = (
        "Die Anwältin Mei Lan wurde im Dezember unter Hausarrest gestellt. "
        "Im Frühjahr nahm die Polizei Mei Lan fest."
    )
    found = [(a.arrested.name, a.house) for a in facts(text).arrests if a.arrested]
    assert found == [("Mei Lan", True), ("Mei Lan", False)]


def test_two_tellings_of_one_arrest_stay_one_event() -> None:
    text = "Die Anwältin Mei Lan wurde am Montag verhaftet. Die Polizei nahm Mei Lan in ihrer Kanzlei fest."
    assert len(facts(text).arrests) == 1


def test_description_with_a_von_phrase_is_not_the_last_person_named() -> None:
    text = (
        "Den Siegtreffer schoss Jonas Weber. "
        "Der Kapitän von Eintracht Nord wurde nach dem Spiel wegen einer Schlägerei festgenommen."
    )
    found = [(a.arrested.label, a.arrested.name) for a in facts(text).arrests if a.arrested]
    assert found == [("der Kapitän", None)]
