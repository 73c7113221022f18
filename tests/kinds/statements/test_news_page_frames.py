"""Reporting frames measured on real news pages: a colon after a bracket ("sagte X (SPD): „…“",
which the tokenizer glued into one token), a quotation after the reporting clause without a
colon, reproaching with a content ("hielt ihr vor, … zu …"), making known ("tat kund, sie
werde …") and a stated joy with its reason ("freute sich, dass …", whose subjunctive sentences
go on). Look-alikes: a short quoted phrase inside the clause, keeping in stock ("hält Betten
vor"), a joy about something without a content clause."""

from __future__ import annotations

from tests.extract_helpers import facts, nlp


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, " ".join(s.quote.split())) for s in facts(text).statements]


def test_bracket_and_colon_are_two_tokens() -> None:
    words = [t.text for t in nlp()("Sie sagte am Abend (Ortszeit): „Wir bleiben.“")]
    assert words[4:8] == ["(", "Ortszeit", ")", ":"]


def test_colon_after_a_bracket_introduces_the_quotation() -> None:
    rows = _rows("Lena Vogt (Grüne) sagte dem Radiosender (Sonntag): „Wir stimmen dem Haushalt nicht zu.“")
    assert rows == [("Lena Vogt", "Wir stimmen dem Haushalt nicht zu.")]


def test_quotation_after_the_clause_without_colon() -> None:
    rows = _rows("Sportchef Ole Brand sagte im Netz „Die Saison war für uns alle eine große Schule“.")
    assert rows == [("Ole Brand", "Die Saison war für uns alle eine große Schule")]


def test_short_quoted_phrase_inside_the_clause_is_no_quotation() -> None:
    assert _rows("Die Ministerin betonte die „historische Bedeutung“ des Abkommens.") == []


def test_reproach_with_content() -> None:
    rows = _rows("Pia Lorenz (FDP) hielt dem Senat vor, die Kosten der Brücke verschwiegen zu haben.")
    assert rows == [("Pia Lorenz", "die Kosten der Brücke verschwiegen zu haben")]
    assert _rows("Das Krankenhaus hält für den Winter zwanzig zusätzliche Betten vor.") == []


def test_making_known() -> None:
    rows = _rows("Die Nachbarin Ute Sommer tat am Montag kund, sie verkaufe ihr Haus.")
    assert [quote for _, quote in rows] == ["sie verkaufe ihr Haus"]


def test_stated_joy_with_its_reason_and_what_follows() -> None:
    text = (
        "Bürgermeister Karl Huber freute sich, dass das Bad wieder öffne. "
        "Man habe lange auf diesen Tag gewartet."
    )
    rows = _rows(text)
    assert [label for label, _ in rows] == ["Karl Huber"]
    assert "gewartet" in rows[0][1]
    assert _rows("Die Kinder freuten sich über den ersten Schnee.") == []


def test_medium_named_in_quotation_marks_after_its_article() -> None:
    rows = _rows("Die „Neue Rundschau“ berichtete, der Stadtrat trete im Mai zurück.")
    assert rows == [("Die „Neue Rundschau“", "der Stadtrat trete im Mai zurück")]
    rows = _rows("Wie die „Abend“-Zeitung berichtete, sei die Halle seit Monaten gesperrt.")
    assert [label for label, _ in rows] == ["die „Abend“-Zeitung"]
    # a quoted phrase that is no name stays inside the content
    rows = _rows("Der Trainer sagte, die „Zeit der Ausreden“ sei jetzt vorbei.")
    assert rows == [("Der Trainer", "die „Zeit der Ausreden“ sei jetzt vorbei")]


def test_present_tense_frame_after_an_indicative_content() -> None:
    # the "ist" belongs to the content; "erklärt" is the present tense, not a participle
    rows = _rows("Rasen in der Spielstraße wird teuer, erklärt Polizeisprecherin Mia Kern.")
    assert rows == [("Mia Kern", "Rasen in der Spielstraße wird teuer")]


def test_adverbial_clause_before_a_verb_of_another_sense_is_no_content() -> None:
    text = (
        "Polizeisprecherin Mia Kern sprach von einem schweren Verstoß. "
        "Falls sich das bestätige, drohe dem Mann ein Fahrverbot."
    )
    assert all(label != "dem Mann ein Fahrverbot" for label, _ in _rows(text))
    assert all("Falls sich das bestätige" != quote for _, quote in _rows(text))
    # an adverbial clause with a parenthetical frame stays the speaker's
    rows = _rows("Weil der Platz nass sei, sagte der Schiedsrichter, falle das Spiel aus.")
    assert [label for label, _ in rows] == ["der Schiedsrichter"]


def test_plural_estimates_and_traces() -> None:
    rows = _rows("Nach Einschätzungen der Feuerwehr brannte die Scheune völlig aus.")
    assert [label for label, _ in rows] == ["Feuerwehr"]
    assert _rows("Der Spurenlage zufolge war der Wagen zu schnell unterwegs.") == []


def test_surname_that_is_also_an_adjective() -> None:
    text = (
        "Landesrätin Hanna Still besuchte am Montag die Baustelle. "
        "Die Arbeiten lägen im Zeitplan, betonte Still."
    )
    assert [label for label, _ in _rows(text)] == ["Hanna Still"]
    # the adjective stays an adjective where no such person is named
    rows = _rows("Es blieb lange still, sagte der Trainer Jan Ruf.")
    assert rows == [("Jan Ruf", "Es blieb lange still")]
