"""Statements from a paradigm matrix (verb rows x construction columns, speaker columns):
reporting verbs news use like "sagte" that the lexicon lacked (remarking, insisting, predicting,
posting, contradicting, ranting, headlining), in every clause position; a short quoted title
inside a Vorfeld phrase ("Im Gespräch mit dem „Kurier“ sagte X, …") that is no content; a
sentence pointing back that names the speaker of bare quotations ("Mit diesen Worten …",
"So äußerte sich X"); a connective before a further quotation ("Und: „…“"); a reporting verb as
the second conjunct of a clause with its own verb.
Look-alikes: devices that own pictures, a pointing-back sentence without a speaker, a lone
connective quotation without a speaker before it, the noun "Posten", a thing that "betont"."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

# (past tense, separable particle): lexemes added in reporting verbs version 9
_NEW_VERBS = [
    ("bemerkte", ""),
    ("merkte", "an"),
    ("fügte", "an"),
    ("setzte", "hinzu"),
    ("schob", "nach"),
    ("legte", "nach"),
    ("warf", "ein"),
    ("konstatierte", ""),
    ("monierte", ""),
    ("insistierte", ""),
    ("verlautbarte", ""),
    ("prophezeite", ""),
    ("sagte", "voraus"),
    ("postete", ""),
    ("widersprach", ""),
    ("stritt", "ab"),
    ("wetterte", ""),
    ("schimpfte", ""),
    ("spottete", ""),
    ("polterte", ""),
    ("schwärmte", ""),
    ("beschwichtigte", ""),
    ("relativierte", ""),
    ("signalisierte", ""),
    ("fasste", "zusammen"),
    ("titelte", ""),
]


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, " ".join(s.quote.split())) for s in facts(text).statements]


def _constructions(past: str, particle: str) -> dict[str, str]:
    tail = f" {particle}" if particle else ""
    joined = f"{particle}{past}"
    return {
        "forward_subjunctive": f"Edda Kranich {past}{tail}, der Hafen bleibe geschlossen.",
        "forward_dass": f"Edda Kranich {past}{tail}, dass der Hafen geschlossen bleibe.",
        "inverted": f"Der Hafen bleibe geschlossen, {past} Edda Kranich{tail}.",
        "direct_after": f"„Der Hafen bleibt geschlossen“, {past} Edda Kranich{tail}.",
        "wie_clause": f"Wie Edda Kranich {joined}, bleibe der Hafen geschlossen.",
    }


@pytest.mark.parametrize("past,particle", _NEW_VERBS)
@pytest.mark.parametrize(
    "construction", ["forward_subjunctive", "forward_dass", "inverted", "direct_after", "wie_clause"]
)
def test_new_reporting_verb_in_every_position(past: str, particle: str, construction: str) -> None:
    text = _constructions(past, particle)[construction]
    rows = _rows(text)
    assert any(label == "Edda Kranich" and "Hafen" in quote for label, quote in rows), (text, rows)


@pytest.mark.parametrize(
    "vorfeld",
    [
        "Im Gespräch mit dem „Abendblatt“",
        "In einem Interview mit der „Rundschau“",
        "Gegenüber dem Sender „Radio Elm“",
        "Der Zeitung „Abendblatt“",
    ],
)
def test_quoted_title_in_a_vorfeld_phrase_is_no_content(vorfeld: str) -> None:
    rows = _rows(f"{vorfeld} sagte Jonas Brede, die Fähre fahre wieder.")
    assert rows == [("Jonas Brede", "die Fähre fahre wieder")]


def test_quotation_opening_the_vorfeld_stays_content() -> None:
    rows = _rows("„Die Fähre fährt wieder“ sagte Jonas Brede am Morgen.")
    assert rows == [("Jonas Brede", "Die Fähre fährt wieder")]


@pytest.mark.parametrize(
    "naming",
    [
        "Mit diesen Worten beruhigte Hafenmeister Jonas Brede die Fahrgäste.",
        "So äußerte sich Hafenmeister Jonas Brede am Abend.",
        "So beschreibt Hafenmeister Jonas Brede die Lage.",
        "Das sagte Hafenmeister Jonas Brede am Abend.",
    ],
)
def test_sentence_pointing_back_names_every_bare_quotation(naming: str) -> None:
    text = f"„Die Fähre fährt ab Montag wieder.“ „Der Fahrplan bleibt gleich.“ {naming}"
    rows = _rows(text)
    assert ("Jonas Brede", "Die Fähre fährt ab Montag wieder.") in rows
    assert ("Jonas Brede", "Der Fahrplan bleibt gleich.") in rows


@pytest.mark.parametrize(
    "naming",
    [
        "Mit diesen Worten endete die Versammlung am Abend.",
        "So lautet das Motto der Hafenwoche.",
        "Das Motto stammt aus einem alten Lied.",
    ],
)
def test_pointing_back_without_a_speaker_names_nobody(naming: str) -> None:
    assert _rows(f"„Die Fähre fährt ab Montag wieder.“ {naming}") == []


@pytest.mark.parametrize("lead", ["Und", "Außerdem", "Zudem", "Später"])
def test_connective_before_a_quotation_continues_the_speaker(lead: str) -> None:
    rows = _rows(f"„Die Fähre fährt wieder“, sagte Jonas Brede. {lead}: „Der Fahrplan bleibt gleich.“")
    assert rows == [("Jonas Brede", "Die Fähre fährt wieder"), ("Jonas Brede", "Der Fahrplan bleibt gleich.")]


def test_connective_quotation_without_a_speaker_before_it() -> None:
    assert _rows("Die Fähre kam zu spät. Und: „Wer zahlt die Verspätung?“") == []


@pytest.mark.parametrize(
    "text",
    [
        "Am Dienstag war Jonas Brede erleichtert und sagte, die Fähre fahre wieder.",
        "Die Reederin Mia Falk zeigte sich zufrieden und erklärte, die Fähre fahre wieder.",
        "Nach der Sitzung zeigt sich Mia Falk überzeugt und argumentiert, die Fähre fahre wieder.",
    ],
)
def test_second_conjunct_shares_the_clause_subject(text: str) -> None:
    rows = _rows(text)
    assert (
        len(rows) == 1
        and rows[0][0] in ("Jonas Brede", "Mia Falk")
        and rows[0][1] == "die Fähre fahre wieder"
    )


def test_pleading_for_something_is_a_stated_position() -> None:
    ((label, quote),) = _rows("Mia Falk plädiert für eine zweite Fährlinie.")
    assert label == "Mia Falk" and "zweite Fährlinie" in quote


@pytest.mark.parametrize(
    "text",
    [
        "Aufnahmen einer Überwachungskamera zufolge floh der Mann zu Fuß.",
        "Den Messungen des Radars zufolge fuhr der Wagen zu schnell.",
        "Den Messwerten zufolge stieg der Pegel um einen Meter.",
        "Jonas Brede verlor seinen Posten im Hafenamt.",
        "Die Farbe betont die Fassade des Hafenamts.",
    ],
)
def test_look_alikes_give_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_pictures_of_a_broadcaster_keep_their_owner() -> None:
    assert [label for label, _ in _rows("Bildern des Regionalsenders zufolge brannte die Halle.")] == [
        "Regionalsender"
    ]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Der Verband macht die Reederei für die Ausfälle verantwortlich.", "Der Verband"),
        ("Für den ganzen Landkreis riefen die Behörden den Katastrophenfall aus.", "die Behörden"),
    ],
)
def test_blaming_and_declaring_are_stated_acts(text: str, speaker: str) -> None:
    assert _rows(text) == [(speaker, text.rstrip("."))]


@pytest.mark.parametrize(
    "text",
    [
        "Der Kassierer rechnete am Abend die Einnahmen zusammen.",
        "Mit dem Sturm hatte am Hafen niemand gerechnet.",
        "Die Reederei rechnet mit deutlich weniger Fahrgästen.",
        "Die Kinder machten am Hafen viel Lärm.",
        "Die Kinder riefen am Hafen laut aus dem Fenster.",
    ],
)
def test_calculating_and_making_are_no_statements(text: str) -> None:
    assert _rows(text) == []


def test_expecting_with_a_content_clause() -> None:
    rows = _rows("Die Reederei rechnet damit, dass die Fähre im Mai wieder fährt.")
    assert rows == [("Die Reederei", "die Fähre im Mai wieder fährt")]


def test_country_in_brackets_after_a_name_decides_a_nationality_description() -> None:
    text = (
        "Zum Treffen kamen Ivo Serra (Portugal) und Lino Vaz (Brasilien). "
        "„Die Häfen brauchen Geld“, sagte Ivo Serra. "
        "Der brasilianische Minister hält es für möglich, dass die Fähre bald fährt."
    )
    rows = _rows(text)
    assert ("Lino Vaz", "die Fähre bald fährt") in rows
    assert ("Ivo Serra", "die Fähre bald fährt") not in rows


def test_party_in_brackets_is_no_country() -> None:
    rows = _rows("Ivo Serra (SPD) sprach am Montag. Der deutsche Minister sagte, die Fähre fahre bald.")
    assert rows == [("Ivo Serra", "die Fähre fahre bald")]
