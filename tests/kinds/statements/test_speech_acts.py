"""Reported speech acts: a reporting verb with a noun-phrase or prepositional object is itself
the statement, told in the reporter's words (mode "reported", the sentence as its text); a
quoted phrase inside the act is the speaker's own words (mode "direct"). Look-alikes: the same
verbs in another sense, in a dependent clause, an infinitive, a question, a negation, or told
in the subjunctive (then it is the current speaker's report)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.label, s.mode, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Gewerkschaft kritisierte den neuen Tarifvertrag scharf.", "Gewerkschaft"),
        ("Bürgermeisterin Petra Holm sagte den Flutopfern schnelle Hilfe zu.", "Petra Holm"),
        ("Der Radiosender berichtete über drei Verletzte in der Altstadt.", "Radiosender"),
        ("Die Kirchen riefen zu Spenden für die Obdachlosen auf.", "Kirchen"),
        ("Der Verband drohte mit einer Klage vor dem Verwaltungsgericht.", "Verband"),
        ("Der Trainer Jonas Brink hat seinen Abschied bekanntgegeben.", "Jonas Brink"),
        ("Die Reederei begründete die Preiserhöhung mit den gestiegenen Kosten.", "Reederei"),
    ],
)
def test_speech_act_with_an_object_is_a_reported_statement(text: str, speaker: str) -> None:
    ((label, mode, quote),) = _rows(text)
    assert speaker in label
    assert mode == "reported"
    assert quote == text.rstrip(".")


def test_quoted_words_in_the_act_are_the_speakers() -> None:
    ((label, mode, quote),) = _rows("Die Opposition wies den Bericht als „reine Schönfärberei“ zurück.")
    assert "Opposition" in label
    assert (mode, quote) == ("direct", "reine Schönfärberei")


def test_a_quoted_name_in_the_act_is_no_quotation() -> None:
    ((_, mode, _),) = _rows("Der Minister kritisierte die Zeitung „Nordkurier“ wegen ihrer Berichte.")
    assert mode == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Dem Land droht eine schwere Dürre.",  # drohen without "mit": no act
        "Drei Menschenleben forderte das Unwetter im Tal.",  # fordern: claimed lives
        "Die Regel soll Mietern ermöglichen, Einsicht zu verlangen.",  # an infinitive
        "Der Sänger, der den Preis kritisierte, trat am Abend auf.",  # a relative clause
        "Kritisierte der Minister den Plan?",  # a question
        "Die Partei kritisierte den Plan nicht.",  # negated
        "Die Mannschaft verteidigte ihren Vorsprung.",  # not a speech verb at all
        "Der Erfolg rechtfertigt den Aufwand.",  # rechtfertigen of a thing
        "Der Kaufmann begründete eine Handelsdynastie.",  # begründen: founded
    ],
)
def test_look_alikes_give_no_speech_act(text: str) -> None:
    assert [r for r in _rows(text) if r[1] == "reported"] == []


def test_an_act_told_in_the_subjunctive_is_the_reporters() -> None:
    rows = _rows(
        "Die Sprecherin der Feuerwehr sagte, der Brand sei gelöscht. "
        "Nachbarn hätten von einer lauten Explosion berichtet."
    )
    assert all("Nachbarn" not in label for label, _, _ in rows)


def test_reason_in_the_konjunktiv_is_the_subjects_account() -> None:
    rows = _rows("Bürgermeisterin Ute Falk hat die Kritik zurückgewiesen, da sie auf falschen Zahlen beruhe.")
    assert rows == [("Ute Falk", "indirect", "da sie auf falschen Zahlen beruhe")]


def test_reason_in_the_indicative_or_of_a_thing_is_no_statement() -> None:
    assert _rows("Der Zug hielt an, weil die Strecke gesperrt sei.") == []
    assert _rows("Die Bürgermeisterin Ute Falk sagte den Termin ab, weil sie krank war.") == []


def test_particle_written_apart_from_the_participle() -> None:
    rows = _rows("Die Ministerin Eva Stahl hat am Abend ihren Rücktritt bekannt gegeben.")
    assert [(label, mode) for label, mode, _ in rows] == [("Eva Stahl", "reported")]
    rows = _rows("Die Ministerin Eva Stahl hat bekannt gegeben, dass sie zurücktritt.")
    assert rows == [("Eva Stahl", "indirect", "sie zurücktritt")]


def test_separable_particle_of_another_verb() -> None:
    assert _rows("Bürgermeisterin Ute Falk sagte den Termin ab, weil sie krank war.") == []


def test_adverb_misread_as_particle_keeps_the_verb() -> None:
    rows = _rows("Die Kanzlerin habe dem Präsidenten gedankt, erklärte das Presseamt weiter.")
    assert [label for label, _, _ in rows] == ["das Presseamt"]


def test_passive_reporting_verb_with_an_agent_that_speaks() -> None:
    rows = _rows("Die Anwohner wurden von der Polizei aufgefordert, die Fenster zu schließen.")
    assert rows == [("Polizei", "indirect", "die Fenster zu schließen")]


def test_passive_reporting_verb_without_agent_is_no_statement() -> None:
    assert _rows("Die Anwohner wurden aufgefordert, die Fenster zu schließen.") == []
    assert _rows("Die Anwohner wurden vor dem Sturm gewarnt.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin Mia Berger sprach sich für eine Reform der Pflege aus.",
        "Mia Berger sprach sich am Montag gegen eine Reform aus.",
        "Mia Berger hat sich für eine Reform ausgesprochen.",
    ],
)
def test_stance_for_or_against_is_stated(text: str) -> None:
    assert [s.speaker.label for s in facts(text).statements] == ["Mia Berger"]


@pytest.mark.parametrize(
    "text", ["Mia Berger sprach mit dem Minister.", "Mia Berger sprach die Probleme offen aus."]
)
def test_speaking_without_a_stance_is_no_statement(text: str) -> None:
    assert facts(text).statements == []
