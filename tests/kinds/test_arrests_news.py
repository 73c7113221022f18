"""Events found by probing further agency-style articles (a company board recalling its chief, a
raid on a smuggling ring, a party electing a new leadership): relieving someone of duties,
"gefasst"/"festgesetzt", people described by their age, coordinated appointees, becoming the
successor, headline figures, and hedges that belong to another clause."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts


def test_caught_and_detained_are_arrests() -> None:
    text = "Der Verdächtige wurde am Flughafen in Madrid festgesetzt."
    assert arrests(text) == [("der Verdächtige", None, None)]
    text = "Die Polizei hat den mutmaßlichen Täter in Bremen gefasst."
    assert arrests(text) == [("der mutmaßliche Täter", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat hat am Montag einen Beschluss gefasst.",
        "Die Preise für Strom wurden neu festgesetzt.",
        "Der Trainer hat sich nach der Niederlage schnell wieder gefasst.",
    ],
)
def test_caught_look_alikes(text: str) -> None:
    assert arrests(text) == []


def test_an_age_makes_any_noun_a_person() -> None:
    text = "Der mutmaßliche Kopf der Bande, ein 47 Jahre alter Syrer, wurde in Bremen gefasst."
    assert arrests(text) == [("ein 47 Jahre alter Syrer", None, 1)]
    text = "Die Polizei nahm einen 30-jährigen Afghanen fest."
    assert arrests(text) == [("ein 30-jähriger Afghane", None, 1)]
    assert arrests("Die Polizei nahm einen alten Wagen in Beschlag.") == []


def test_a_headline_figure_yields_to_the_text() -> None:
    text = (
        "Razzia gegen Schleuserbande: Zwölf Festnahmen\n\n"
        "Die Polizei hat in fünf Bundesländern zwölf Verdächtige festgenommen."
    )
    assert arrests(text) == [("zwölf Verdächtige", None, 12)]
    # a headline figure the text does not repeat stays
    text = "Razzia gegen Schleuserbande: Zwölf Festnahmen\n\nDie Polizei durchsuchte 30 Wohnungen."
    assert [row[2] for row in arrests(text)] == [12]


def test_more_people_nouns_for_unnamed_arrests() -> None:
    text = "Bereits im Dezember waren zwei mutmaßliche Komplizen in Köln festgenommen worden."
    assert arrests(text) == [("zwei mutmaßliche Komplizen", None, 2)]
    text = "Die Bundesanwaltschaft hat einen mutmaßlichen Unterstützer der Terrormiliz festnehmen lassen."
    assert arrests(text) == [("ein mutmaßlicher Unterstützer", None, 1)]


def test_an_unnamed_arrest_named_in_the_next_sentence_is_one_arrest() -> None:
    text = (
        "Die Bundesanwaltschaft hat einen mutmaßlichen Unterstützer der Terrormiliz festnehmen lassen. "
        "Der Syrer Ahmad M. sei am Dienstag in Berlin verhaftet worden, teilte die Behörde mit."
    )
    assert [row[0] for row in arrests(text)] == ["Ahmad M."]
    text = (
        "Die Polizei hat einen 30-jährigen Mann festgenommen. "
        "Auch der Unternehmer Peter Huber wurde am Abend verhaftet."
    )
    assert sorted(row[0] for row in arrests(text)) == ["Peter Huber", "ein 30-jähriger Mann"]


def test_a_month_without_a_day_dates_the_event() -> None:
    from kzgraph.extract.grammar.dates import find_date
    from kzgraph.reading.article import ArticleDate

    january = ArticleDate.parse("2025-01-15")
    got = find_date("Bereits im Dezember waren zwei Männer festgenommen worden.", january)
    assert got is not None and got.year_month == "2024-12" and got.iso is None
    got = find_date("Anfang März 2021 trat er zurück.", january)
    assert got is not None and got.year_month == "2021-03"
    assert find_date("Er kam am 3. Januar.", january).iso == "2025-01-03"  # type: ignore[union-attr]


def test_own_figures_are_reported_by_the_subject() -> None:
    got = facts("Bei Protesten nahm die Polizei nach eigenen Angaben 14 Menschen fest.")
    assert [(a.count.value, a.reported_by.label) for a in got.arrests] == [(14, "die Polizei")]
    assert [st.speaker.label for st in got.statements] == ["die Polizei"]
    got = facts("Nach eigenen Angaben hat die Polizei 30 Menschen festgenommen.")
    assert [a.reported_by.label for a in got.arrests] == ["die Polizei"]
