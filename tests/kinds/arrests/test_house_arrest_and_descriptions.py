"""A house arrest and a later arrest of one person are two events; a description whose
von-phrase says who it is ("der Spieler von X") is not resolved to the last person named."""

from __future__ import annotations

from tests.extract_helpers import facts


def test_house_arrest_and_a_later_arrest_are_two_events() -> None:
    text = (
        "Der Bürgerrechtler Li Wen wurde im Dezember unter Hausarrest gestellt. "
        "Einige Wochen später wurde Li von der Geheimpolizei verhaftet."
    )
    found = [(a.arrested.name, a.house) for a in facts(text).arrests if a.arrested]
    assert found == [("Li Wen", True), ("Li Wen", False)]


def test_two_tellings_of_one_arrest_stay_one_event() -> None:
    text = "Der Bürgerrechtler Li Wen wurde am Montag verhaftet. Li wurde in seiner Wohnung festgenommen."
    assert len(facts(text).arrests) == 1


def test_description_with_a_von_phrase_is_not_the_last_person_named() -> None:
    text = (
        "Die Tore erzielten Paulo Ramos und Diego Ferreira. "
        "Der Spieler von Atlético Nacional hatte am Sonntag einen Unfall verursacht und wurde festgenommen."
    )
    found = [(a.arrested.label, a.arrested.name) for a in facts(text).arrests if a.arrested]
    assert found == [("der Spieler", None)]
