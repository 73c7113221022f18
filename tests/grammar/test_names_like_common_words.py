"""Names whose words are also common words, as real news writes them: a surname that is a role
or title noun ("Anna Richter", "Thomas König", "Bruno Kellerherr"), with look-alikes where the
same word is the office of the next person ("Papst Benedikt Kardinal Brenner")."""

from __future__ import annotations

import pytest

from kzgraph.nlp import load_pipeline
from tests.extract_helpers import context


def _names(text: str) -> set[str]:
    return {rec.name for rec in context(text).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname ending in a person noun ("-herr", "-spieler")
        ("Der Kreisbeigeordnete Bruno Kellerherr aus Lindenau wurde wiedergewählt.", "Bruno Kellerherr"),
        ("Am Sonntag wurde Ulf Kegelspieler zum Kassenwart gewählt.", "Ulf Kegelspieler"),
        # a surname that is an office title the gazetteer also knows as a surname
        ("Die Sprecherin Anna Richter sagte, man prüfe den Fall.", "Anna Richter"),
        ("Gestern wurde Thomas König zum Vorsitzenden gewählt.", "Thomas König"),
        ("Maria Bischof sagte, sie trete nicht mehr an.", "Maria Bischof"),
    ],
)
def test_a_surname_that_is_a_role_word_stays_in_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # the title opens the next person's name
        ("Papst Benedikt empfing Kardinal Otto Brenner.", {"Otto Brenner"}, {"Benedikt Kardinal"}),
        # an office in a list line after a name is no surname
        ("Anwesend war Gerd Holtkamp, Bezirksbürgermeister.", set(), {"Gerd Bezirksbürgermeister"}),
    ],
)
def test_a_title_before_another_name_is_no_surname(text: str, names: set[str], not_names: set[str]) -> None:
    found = _names(text)
    assert names <= found
    assert not found & not_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the NER stops after the first name: the surname is an adjective elsewhere
        ("Am Sonntag gewann Nora Fröhlich das Rennen in Davos.", "Nora Fröhlich"),
        ("Nach dem Spiel lobte Mia Klein ihre Mannschaft.", "Mia Klein"),
    ],
)
def test_a_surname_that_is_an_adjective_joins_the_first_name(text: str, name: str) -> None:
    assert name in {e.text for e in load_pipeline()(text).ents if e.label_ == "PER"}


def test_a_known_surname_that_is_a_title_before_another_name_is_that_name_s_office() -> None:
    doc = load_pipeline()("Anna Richter sagte am Montag, Richter Paul Schmid habe entschieden.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Anna Richter", "Paul Schmid"]


def test_a_known_surname_read_as_an_adjective_inside_a_sentence_is_the_person() -> None:
    text = "Timo Herzlich ist neuer Trainer. „Es ist eine Ehre“, so Herzlich nach dem Spiel."
    assert [e.text for e in load_pipeline()(text).ents if e.label_ == "PER"] == ["Timo Herzlich", "Herzlich"]


def test_the_adverb_opening_a_sentence_is_no_known_surname() -> None:
    text = "Am Montag sprach Anton Kurz im Landtag. Kurz darauf verließ er den Saal."
    assert [e.text for e in load_pipeline()(text).ents if e.label_ == "PER"] == ["Anton Kurz"]


def test_a_common_noun_after_an_academic_title_is_a_surname() -> None:
    assert "Klein" in [e.text for e in load_pipeline()("Die Wahl fiel auf Dr. Klein.").ents]
