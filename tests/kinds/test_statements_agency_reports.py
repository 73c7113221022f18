"""Cases from invented agency reports (Vienna, Zurich, Berlin, Istanbul): police counted as the
arrested, unnamed professionals, charges that go on past their noun or are told as a suspected
deed, media told a statement, institutions named after a person, and posts held by a woman and
then by a man. Look-alikes that must keep their old reading sit beside each case."""

from __future__ import annotations

from tests.extract_helpers import facts


def test_a_date_inside_the_quote_does_not_date_the_statement() -> None:
    got = facts("„Wir treffen uns am Montag wieder“, sagte Anna Berg.").statements
    assert [st.date for st in got] == [None]
    got = facts("„Wir treffen uns bald wieder“, sagte Anna Berg am Montag.").statements
    assert [st.date and st.date.iso for st in got] == ["2022-01-03"]


def test_a_description_names_a_person_of_its_gender() -> None:
    text = (
        "Fraktionsvize Johannes Vogel nannte das Paket schlecht. Wirtschaftsweise Monika Schnitzer forderte "
        "mehr Geld. Ohne diesen Schritt sei das System nicht finanzierbar, erklärte die Ökonomin."
    )
    got = [(st.speaker.label, st.quote) for st in facts(text).statements]
    assert ("Monika Schnitzer", "Ohne diesen Schritt sei das System nicht finanzierbar") in got
    # "nannte das Paket schlecht" is Vogel's own speech act; the description is not him
    assert all(speaker != "Johannes Vogel" for speaker, quote in got if "finanzierbar" in quote)
