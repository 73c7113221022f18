"""Phrasings from agency news: an apposition past a place ("den Bischof von Limburg, X,"), a
Konjunktiv perfect ("Der Aufsichtsrat habe sie abberufen"), a swearing-in of "die neue
Ministerin X", a confirmation "im Amt", an accepted "Rücktrittsgesuch", a counted group that is
the named persons of its apposition, an unnamed office holder arrested, and house arrest."""

from __future__ import annotations

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import appointment_rows, arrests, dismissal_rows, facts


def test_apposition_past_a_place_names_the_dismissed() -> None:
    text = "Der Papst hat den Bischof von Limburg, Franz-Peter Tebartz-van Elst, seines Amtes enthoben."
    assert dismissal_rows(text) == [("Franz-Peter Tebartz-van Elst", "Der Papst", "Bischof")]


def test_konjunktiv_perfect_keeps_subject_and_object_apart() -> None:
    text = (
        "Die Vorstandschefin des Konzerns, Anna Berg, muss gehen. "
        "Der Aufsichtsrat habe sie abberufen, teilte das Unternehmen mit."
    )
    assert dismissal_rows(text) == [("Anna Berg", "Der Aufsichtsrat", "Vorstandschefin")]


def test_the_new_minister_sworn_in() -> None:
    text = "Die neue Justizministerin Stefanie Hubig wurde am Dienstag vereidigt."
    assert appointment_rows(text) == [("Stefanie Hubig", None, "Justizministerin")]


def test_a_minister_sworn_in_without_new_is_no_appointment() -> None:
    assert appointment_rows("Die Justizministerin Stefanie Hubig wurde am Dienstag vereidigt.") == []


def test_new_minister_criticised_is_no_appointment() -> None:
    assert appointment_rows("Die neue Justizministerin Stefanie Hubig wurde am Dienstag kritisiert.") == []


def test_confirmed_in_office_takes_the_appointees_post() -> None:
    text = "Außenminister Sergej Lawrow wurde von Präsident Putin im Amt bestätigt."
    assert appointment_rows(text) == [("Sergej Lawrow", "Putin", "Außenminister")]


def test_confirmed_in_office_without_a_known_post_is_no_appointment() -> None:
    assert appointment_rows("Der Parteitag bestätigte Max Muster im Amt.") == []


def test_accepted_resignation_request() -> None:
    text = "Papst Franziskus nahm das Rücktrittsgesuch von Kardinal Rainer Woelki an."
    assert [r.resigned.label for r in facts(text).resignations] == ["Rainer Woelki"]


def test_rejected_resignation_request_is_no_resignation() -> None:
    text = "Der Kanzler hat das Rücktrittsgesuch seines Ministers Max Muster abgelehnt."
    assert facts(text).resignations == []


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
