"""Events found by probing further agency-style articles (a football club's dismissals in the
pluperfect, a spy case): coordinated dismissed persons with their own titles, dates told in the
past, hyphenated first names, a year alone as the event's date."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows, facts

# ---- a club's dismissals told in the pluperfect, a spy case --------------------------------------


def test_coordinated_dismissed_each_with_their_title_and_the_inverted_subject() -> None:
    text = (
        "Bereits im März hatte der Verein Sportdirektor Hasan Salihamidzic und Vorstandschef Oliver Kahn "
        "entlassen."
    )
    assert dismissal_rows(text) == [
        ("Hasan Salihamidzic", "der Verein", "Sportdirektor"),
        ("Oliver Kahn", "der Verein", "Vorstandschef"),
    ]


def test_a_month_told_in_the_past_is_never_after_the_article() -> None:
    text = "Bereits im März hatte der Verein Trainer Peter Huber entlassen."
    assert [d.date.year_month for d in facts(text, date="2024-02-21").dismissals] == ["2023-03"]
    # an announcement may lie ahead
    text = "Zum 1. März wird Peter Huber zum Trainer ernannt."
    assert [a.date.iso for a in facts(text, date="2024-02-21").appointments] == ["2024-03-01"]


def test_hyphenated_first_name_makes_a_name() -> None:
    assert appointment_rows("Neuer Vorstandschef wurde Jan-Christian Dreesen.") == [
        ("Jan-Christian Dreesen", None, "Vorstandschef")
    ]


def test_an_authority_in_the_genitive_is_not_the_arrested() -> None:
    text = "Die Männer wurden am Mittwoch von Beamten des Bundeskriminalamts festgenommen."
    # the subject is the arrested whatever its noun; the authority of the von-phrase is not
    assert [a.arrested.label for a in facts(text).arrests if a.arrested] == ["die Männer"]


# ---- a year alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Der 63-Jährige war 2019 von Präsident Karl Berg zum Minister ernannt worden.", "2019"),
        ("Im Jahr 2020 wurde Peter Huber zum Innenminister ernannt.", "2020"),
        ("Er ist seit 2019 im Amt und wurde zum Minister ernannt.", None),  # a duration, no event date
        ("Der 1975 geborene Peter Huber wurde zum Minister ernannt.", None),  # a birth year
    ],
)
def test_a_year_alone_dates_the_event(text: str, year: str | None) -> None:
    dates = [a.date for a in facts("Peter Huber ist Minister. " + text).appointments]
    assert [d.year if d else None for d in dates] == [year]


def test_year_only_date_is_written_validated_and_queried(tmp_path) -> None:
    from click.testing import CliRunner

    from kzgraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_jahr.txt").write_text(
        " date 2022-01\nPeter Huber ist Innenminister. Der 63-Jährige war 2019 von Präsident Karl Berg "
        "zum Innenminister ernannt worden.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    graph = tmp_path / "g.ttl"
    built = runner.invoke(main, ["build", str(corpus), "--output", str(graph)])
    assert built.exit_code == 0, built.output
    assert "every article graph conforms" in built.output
    rows = runner.invoke(main, ["query", "appointments", "--graph", str(graph), "--format", "csv"])
    assert rows.exit_code == 0
    assert ",Peter Huber,Innenminister,2019," in rows.output


def test_named_apposition_to_a_passive_subject_and_no_place_as_agent() -> None:
    text = (
        "Nach dem Anschlag ist der Polizeipräsident von Magdeburg, Tom-Oliver Langhans, von seinem Amt "
        "abberufen worden."
    )
    assert dismissal_rows(text) == [("Tom-Oliver Langhans", None, "Polizeipräsident")]
    assert dismissal_rows("Peter Huber wurde von Präsident Karl Berg entlassen.") == [
        ("Peter Huber", "Karl Berg", None)
    ]


def test_a_genitive_name_before_the_objects_title_is_not_the_subjects() -> None:
    text = "Zugleich setzte das Innenministerium Imamoğlus Stellvertreter Mehmet Yilmaz ab."
    assert dismissal_rows(text) == [("Mehmet Yilmaz", "das Innenministerium", "Stellvertreter")]


def test_an_adverbial_adjective_alone_in_the_vorfeld_puts_the_subject_after_the_verb() -> None:
    text = "Kommissarisch übernimmt der bisherige Vizepräsident Karl Schmidt die Leitung der Behörde."
    assert appointment_rows(text) == [("Karl Schmidt", "Karl Schmidt", "Leitung der Behörde")]
    text = "Überraschend entließ der Präsident den Minister Karl Berg."
    assert dismissal_rows(text) == [("Karl Berg", "der Präsident", "Minister")]


def test_a_capitalised_adverb_after_a_first_name_is_the_surname() -> None:
    # the tagger reads "Galant" as the adjective "galant"; inside a sentence it is capitalised
    text = "Der Ministerpräsident hat Verteidigungsminister Joav Galant seines Amtes enthoben."
    assert dismissal_rows(text) == [("Joav Galant", "Der Ministerpräsident", "Verteidigungsminister")]


def test_the_name_after_a_headline_kicker_is_the_subject() -> None:
    text = (
        "Israel: Netanjahu feuert Verteidigungsminister Galant\n\n"
        "Ministerpräsident Benjamin Netanjahu hat Verteidigungsminister Joav Galant entlassen."
    )
    # one dismissal (the headline's merges with the text's), never Galant dismissing Netanjahu
    assert [(row[0], row[1]) for row in dismissal_rows(text)] == [("Joav Galant", "Benjamin Netanjahu")]


def test_a_genitive_place_name_and_a_noun_fill_the_vorfeld() -> None:
    text = "Chinas Volkskongress hat Außenminister Qin Gang nach wochenlanger Abwesenheit abberufen."
    assert dismissal_rows(text) == [("Qin Gang", "Chinas Volkskongress", "Außenminister")]


def test_two_bare_full_names_after_the_verb_are_agent_then_dismissed() -> None:
    # the NER read the two names as one; each is a person, the first the subject
    assert dismissal_rows("Am Montag entließ Wladimir Putin Sergej Schoigu.") == [
        ("Sergej Schoigu", "Wladimir Putin", None)
    ]
