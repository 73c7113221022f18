"""Speaker classes from the measured wrong speakers (round 16): a named apposition after a
description whose genitive is a possessive ("die Sprecherin seiner Partei, X,") names the
speaker; "Y zitiert X mit den Worten: …" and "X wird mit den Worten zitiert: …" quote X, who
speaks; a title description ("der Präsident") is not the last person named when the article gave
that person another kind of post; an object of another sense of the verb ("Zwölf Opfer forderte
der Sturm") leaves no speaker for the next sentences; a quoted name after a medium noun is no
quotation; a source cue after a semicolon covers its own clause only. Each with look-alikes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


def _speakers(text: str) -> list[str]:
    return [label for label, _ in _rows(text)]


# ---- named apposition after a possessive genitive ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wie die Sprecherin seiner Partei in Kiel, Lea Brandt, mitteilte, wird der Antrag zurückgezogen.",
        "Die Sprecherin ihrer Fraktion, Lea Brandt, sagte, der Antrag sei falsch.",
        "Der Leiter unserer Schule, Lea Brandt, erklärte, der Unterricht falle aus.",
    ],
)
def test_named_apposition_after_a_possessive_genitive(text: str) -> None:
    assert _speakers(text) == ["Lea Brandt"]


def test_possessive_genitive_without_a_name_stays_the_description() -> None:
    assert _speakers("Wie der Chef seiner Firma mitteilte, wird das Werk erweitert.") == [
        "der Chef seiner Firma"
    ]


# ---- "zitiert X mit den Worten" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Stadtzeitung zitiert eine Nachbarin mit den Worten: „Das Haus brannte sofort lichterloh.“",
            "eine Nachbarin",
        ),
        ("Das Magazin zitiert den Trainer Paul Weiß mit folgenden Worten: „Wir sind bereit.“", "Paul Weiß"),
        ("Die Ärztin Mia Kurz wird in dem Bericht mit dem Satz zitiert: „Das war knapp.“", "Mia Kurz"),
        ("Der Trainer wird mit den Worten zitiert: „Wir sind bereit.“", "Der Trainer"),
    ],
)
def test_the_one_quoted_with_words_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_quoting_from_a_document_keeps_the_quoting_medium() -> None:
    # no "mit den Worten": the medium quotes a text, it speaks for itself
    assert _speakers("Die Stadtzeitung zitiert aus dem Bericht: „Der Schaden ist groß.“") == [
        "Die Stadtzeitung"
    ]
    # a passive "zitiert" without a wording noun names no speaker
    assert _speakers("In der Zeitung wurde ein Satz zitiert: „Wir sind bereit.“") == []


# ---- a title description and a person with another post ---------------------------------


def test_title_description_is_not_a_person_with_another_post() -> None:
    text = (
        "Die Kanzlerin lobte den Senator Paul Kern für seine Rede. "
        "Am Abend erklärte der Präsident, dass er das Gesetz unterschreiben werde."
    )
    assert "Paul Kern" not in _speakers(text)


@pytest.mark.parametrize("title", ["Präsident", "Senator"])
def test_title_description_of_the_person_with_that_post(title: str) -> None:
    text = f"{title} Paul Kern besuchte die Stadt. Der {title} sagte, er sei zufrieden."
    assert _speakers(text) == ["Paul Kern"]


# ---- another sense of the verb leaves no speaker --------------------------------------------


def test_victims_claimed_leave_no_speaker_to_continue() -> None:
    text = (
        "Zwei Menschenleben forderte das Feuer in der Altstadt, das erst nach Stunden gelöscht war. "
        "Die Ursache soll ein Kurzschluss gewesen sein."
    )
    assert _rows(text) == []


def test_demand_of_a_person_is_continued() -> None:
    rows = _rows("Der Bürgermeister forderte mehr Hilfe. Hunderte Häuser seien zerstört worden.")
    assert [label for label, _ in rows] == ["Der Bürgermeister"]
    assert "seien zerstört" in rows[0][1]


# ---- a quoted name after a medium noun ----------------------------------------------------


def test_quoted_medium_name_is_no_quotation() -> None:
    rows = _rows("Der Trainer dementierte am Freitag eine Meldung des Magazins „Sport am Abend“.")
    assert rows and all(quote != "Sport am Abend" for _, quote in rows)


def test_quoted_words_of_an_act_stay_direct() -> None:
    assert _rows("Der Verband verurteilte die Proteste als „blanken Unsinn“.") == [
        ("Der Verband", "blanken Unsinn")
    ]


# ---- a source cue after or before a semicolon ---------------------------------------------


def test_cue_before_a_semicolon_covers_its_clause() -> None:
    rows = _rows("Laut Polizei ist die Straße gesperrt; der Verkehr staut sich bis zur Brücke.")
    assert rows == [("Polizei", "Laut Polizei ist die Straße gesperrt")]


def test_cue_after_a_semicolon_covers_its_clause() -> None:
    rows = _rows("Die Lage ist ruhig; laut Polizei wurden drei Täter gefasst.")
    assert rows == [("Polizei", "laut Polizei wurden drei Täter gefasst")]
    # a comma keeps the cue's sentence together
    rows = _rows("Die Lage ist laut Polizei ruhig, drei Täter wurden gefasst.")
    assert rows == [("Polizei", "Die Lage ist laut Polizei ruhig, drei Täter wurden gefasst")]


def test_cue_in_a_fragment_after_a_semicolon_covers_the_clause_before() -> None:
    # no verb after the semicolon: the figure elaborates the clause before it
    text = "Die Brücke wird bald gesperrt, was lange dauern wird; laut Stadtverwaltung rund drei Monate."
    assert _rows(text) == [("Stadtverwaltung", text.rstrip("."))]


# ---- a subject with a relative clause before a compound tense ------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Eva Roth, die seit Jahren im Amt ist, hat angekündigt, erneut anzutreten.", "erneut anzutreten"),
        ("Eva Roth, die seit Jahren dort ist, hatte erklärt, dass sie erneut antrete.", "sie erneut antrete"),
        ("Eva Roth, mit der wir gesprochen haben, hat gesagt, sie trete an.", "sie trete an"),
    ],
)
def test_auxiliary_of_a_relative_clause_is_not_the_main_verb(text: str, quote: str) -> None:
    assert _rows(text) == [("Eva Roth", quote)]


# ---- an agent in a Konjunktiv sentence that would otherwise continue the speaker ----------


def test_passive_advocacy_with_an_agent_inside_a_continuation() -> None:
    text = (
        "Der Arzt Jan Ohm sagte, die Lage sei ernst. "
        "Außerdem werde von der Ministerin Eva Roth propagiert, öfter mit dem Rad zu fahren."
    )
    rows = _rows(text)
    assert rows[-1] == ("Eva Roth", "öfter mit dem Rad zu fahren")


# ---- an age description and a person named after the age was first given ------------------


def test_age_description_is_not_a_person_named_after_the_age() -> None:
    text = (
        "Die Polizei sucht den 52-Jährigen seit Tagen. Laut dem Sprecher Paul Kern fehlt jede Spur. "
        "Der 52-Jährige sagte am Telefon, er sei unschuldig."
    )
    assert _rows(text)[-1][0] != "Paul Kern"


@pytest.mark.parametrize(
    "text",
    [
        "Der 68-jährige Peter Müller wurde befragt. Der 68-Jährige sagte, er sei unschuldig.",
        "Peter Müller ist 52 Jahre alt. Die Polizei sucht den 52-Jährigen. "
        "Der 52-Jährige sagte, er sei unschuldig.",
    ],
)
def test_age_description_of_the_person_named_with_it(text: str) -> None:
    assert _speakers(text) == ["Peter Müller"]
