"""Phrasings from agency news: an apposition past a place ("den Bischof von Limburg, X,"), a
Konjunktiv perfect ("Der Aufsichtsrat habe sie abberufen"), a swearing-in of "die neue
Ministerin X", a confirmation "im Amt", an accepted "Rücktrittsgesuch", a counted group that is
the named persons of its apposition, an unnamed office holder arrested, and house arrest."""

from __future__ import annotations

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import arrests, facts


def test_counted_group_named_in_apposition_is_those_persons() -> None:
    got = facts("Zwei Männer, Dieter S. und Alexander J., wurden am Mittwoch festgenommen.").arrests
    assert [(a.arrested.name, a.count) for a in got] == [("Dieter S.", None), ("Alexander J.", None)]
    assert all(a.arrested.kind == AgentKind.PERSON for a in got)


def test_counted_group_with_fewer_names_stays_a_group() -> None:
    got = facts("Drei Männer, Dieter S. und Alexander J., wurden festgenommen.").arrests
    assert [(a.arrested.label, a.count.value if a.count else None) for a in got] == [("drei Männer", 3)]


def test_an_office_holder_arrested_without_a_name() -> None:
    text = "Der Generalstaatsanwalt ließ den Oppositionsführer wegen Steuerhinterziehung verhaften."
    assert [(a.arrested.label, a.charge) for a in facts(text).arrests] == [
        ("der Oppositionsführer", "Steuerhinterziehung")
    ]
    assert arrests("Der Gouverneur wurde wegen Korruptionsverdachts festgenommen.") == [
        ("der Gouverneur", None, None)
    ]


def test_a_former_office_holder_keeps_former() -> None:
    assert arrests("Die Polizei nahm den früheren Bürgermeister der Stadt fest.") == [
        ("der frühere Bürgermeister", None, None)
    ]
    text = "Ein Richter stellte den Ex-Präsidenten unter Hausarrest."
    assert arrests(text) == [("der Ex-Präsident", None, None)]


def test_house_arrest_is_custody() -> None:
    text = "Der ehemalige Präsident Jair Bolsonaro ist in Brasília unter Hausarrest gestellt worden."
    assert arrests(text) == [("Jair Bolsonaro", "Jair Bolsonaro", None)]


def test_an_office_holder_named_in_apposition_is_no_unnamed_arrest() -> None:
    text = (
        "Der Präsident des Verbands, Max Muster, der am Montag wegen Betrugs festgenommen worden war, "
        "muss weiter in Untersuchungshaft bleiben."
    )
    assert [a.arrested.label for a in facts(text).arrests] == ["Max Muster"]
