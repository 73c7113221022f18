"""Dismissals, round 20 (issue 24): construction classes that real news used and the extractor
missed or misread, each completed as a paradigm (lexeme rows x construction columns) with
look-alikes that must give no dismissal. Own invented sentences, names and bodies."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows

# participle of each lexeme (row)
PARTICIPLES = ["entlassen", "freigestellt", "beurlaubt", "abberufen", "gefeuert", "abgesetzt", "geschasst"]


def _dismissed(text: str) -> list[str]:
    return [row[0] for row in dismissal_rows(text)]


# a post with a genitive body before the name: "-schaft" nouns are no custody word
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    "template",
    [
        "Der Trainer der Mannschaft, Lorenz Aschauer, wurde {pp}.",
        "Der Chef der Gesellschaft, Lorenz Aschauer, wurde am Montag {pp}.",
        "Der Sprecher der Bürgerschaft, Lorenz Aschauer, ist {pp} worden.",
    ],
)
def test_post_of_a_schaft_body(template: str, pp: str) -> None:
    assert _dismissed(template.format(pp=pp)) == ["Lorenz Aschauer"]


def test_unnamed_post_of_a_team_is_dismissed() -> None:
    assert _dismissed("Der Trainer der Mannschaft wurde entlassen.") == ["Der Trainer der Mannschaft"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Sänger wurde aus der Untersuchungshaft entlassen.",
        "Die Sportlerin wurde nach der Abschiebehaft entlassen.",
    ],
)
def test_custody_compounds_stay_a_release(text: str) -> None:
    assert dismissal_rows(text) == []


# a subordinate clause, verb-final: the body, then the dismissed person's name
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize("body", ["der Verein", "die Stadt", "der Klub"])
def test_body_then_name_in_a_verb_final_clause(body: str, pp: str) -> None:
    text = f"Nachdem {body} Anton Kessler {pp} hatte, übernahm ein Nachfolger."
    assert _dismissed(text) == ["Anton Kessler"]


# a particle between the name and its relative clause
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize("particle", ["etwa", "jedoch", "beispielsweise"])
def test_relative_clause_after_a_particle(particle: str, pp: str) -> None:
    text = f"Lorenz Aschauer {particle}, der im Mai {pp} worden war, schweigt seither."
    assert _dismissed(text) == ["Lorenz Aschauer"]


# made to go: the subject is the one dismissed (rows: phrases; columns: constructions)
GOING = ["gehen", "seinen Posten räumen", "seinen Platz räumen", "seine Sachen packen", "seinen Hut nehmen"]
GOING_PLURAL = {
    "gehen": "gehen",
    "seinen Posten räumen": "ihre Posten räumen",
    "seinen Platz räumen": "ihre Plätze räumen",
    "seine Sachen packen": "ihre Sachen packen",
    "seinen Hut nehmen": "ihren Hut nehmen",
}


@pytest.mark.parametrize("phrase", GOING)
@pytest.mark.parametrize(
    "template",
    [
        "Trainer Lorenz Aschauer muss {v}.",
        "Lorenz Aschauer muss beim SV Hollbach {v}.",
        "Lorenz Aschauer musste bei der Brenner AG {v}, nachdem der Umsatz einbrach.",
        "Nach der Niederlage musste Trainer Lorenz Aschauer {v}.",
        "Der Verein teilte mit, dass Trainer Lorenz Aschauer {v} muss.",
    ],
)
def test_made_to_go(template: str, phrase: str) -> None:
    assert _dismissed(template.format(v=phrase)) == ["Lorenz Aschauer"]


@pytest.mark.parametrize("phrase", [p for p in GOING if p != "gehen" and "Sachen" not in p])
def test_made_to_go_after_a_prepositional_vorfeld_two_listed(phrase: str) -> None:
    text = f"Vor Ole Brink mussten bereits Lorenz Aschauer und Jonas Pelt {GOING_PLURAL[phrase]}."
    assert sorted(_dismissed(text)) == ["Jonas Pelt", "Lorenz Aschauer"]


@pytest.mark.parametrize(
    "text",
    [
        "Lorenz Aschauer muss morgen zum Arzt gehen.",
        "Lorenz Aschauer musste nach Hause gehen.",
        "Trainer Lorenz Aschauer muss nicht gehen.",
        "Muss Trainer Lorenz Aschauer seine Sachen packen?",
        "Die Kinder mussten schnell ihre Sachen packen.",
        "Lorenz Aschauer muss seine Sachen packen.",  # no post of his is named
        "Trainer Lorenz Aschauer musste im Urlaub seine Sachen packen.",
    ],
)
def test_made_to_go_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []


# relieved of one's duty: a singular "Aufgabe" names a post only as one's own
@pytest.mark.parametrize(
    "text",
    [
        "Lorenz Aschauer wird nach der Niederlage von seiner Aufgabe entbunden.",
        "Die Direktorin Mila Kersten wurde von ihrer Aufgabe entbunden.",
        "Lorenz Aschauer wurde von seinen Aufgaben entbunden.",
    ],
)
def test_relieved_of_ones_duty(text: str) -> None:
    assert len(dismissal_rows(text)) == 1


def test_relieved_of_a_task_is_none() -> None:
    assert dismissal_rows("Die Ärztin wurde von der Aufgabe entbunden, den Bericht zu schreiben.") == []


# "jemandem kündigen": a contract word in another clause does not rule the verb out
def test_notice_with_a_contract_in_a_relative_clause() -> None:
    text = (
        "Die Stadt Hollbach hat dem Intendanten Karl Merten zum 1. Mai gekündigt, "
        "dessen Vertrag im Mai verlängert worden war."
    )
    assert _dismissed(text) == ["Karl Merten"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein kündigte den Vertrag mit Trainer Karl Merten.",
        "Karl Merten kündigte seinen Mietvertrag, weil der Verein ihn nach Kiel holte.",
    ],
)
def test_notice_of_a_contract_is_none(text: str) -> None:
    assert dismissal_rows(text) == []


# rules, powers and habits: no event (look-alike columns over the lexemes)
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    "template",
    [
        "Die Minister werden vom Präsidenten ernannt und {pp}.",
        "Ein Minister wird auf Vorschlag des Kanzlers {pp}.",
        "Richter werden vom Landtag {pp}.",
        "Ganz am Ende wird dann meist der Trainer {pp}.",
    ],
)
def test_rules_and_habits_state_no_dismissal(template: str, pp: str) -> None:
    assert dismissal_rows(template.format(pp=pp)) == []


@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    ("template", "who"),
    [
        ("Trainer Lorenz Aschauer wird {pp}.", "Lorenz Aschauer"),
        ("Der Trainer wird am Montag {pp}.", "Der Trainer"),
        ("Lorenz Aschauer wurde 2019 ernannt und im Mai {pp}.", "Lorenz Aschauer"),
    ],
)
def test_news_in_the_present_passive_stays(template: str, who: str, pp: str) -> None:
    assert _dismissed(template.format(pp=pp)) == [who]


# the bare idiom "X muss gehen" (a sentence or a headline part of its own) needs no post
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lorenz Aschauer muss gehen.", "Lorenz Aschauer"),
        ("Stadtwerke: Aschauer muss gehen", "Aschauer"),
        ("Mila Kersten musste gehen.", "Mila Kersten"),
    ],
)
def test_bare_idiom_made_to_go(text: str, who: str) -> None:
    assert _dismissed(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Mila Kersten muss gehen, weil ihr Zug gleich abfährt.",
        "Sie muss gehen.",
        "Mila Kersten muss jetzt zur Schule gehen.",
    ],
)
def test_bare_idiom_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []


# lexeme rows: putting out of office by a coup; the plural seats made to vacate
@pytest.mark.parametrize(
    "text",
    [
        "Offiziere haben den Präsidenten Omar Valdés aus dem Amt geputscht.",
        "Der Präsident Omar Valdés wurde von Offizieren aus dem Amt geputscht.",
    ],
)
def test_putsched_out_of_office(text: str) -> None:
    assert _dismissed(text) == ["Omar Valdés"]


def test_coup_without_office_is_none() -> None:
    assert dismissal_rows("Die Armee putschte im Mai gegen die Regierung.") == []


@pytest.mark.parametrize("seat", ["ihre Stühle", "ihre Sessel"])
def test_plural_seats_vacated_with_an_adverb(seat: str) -> None:
    text = f"Die Trainer Lorenz Aschauer und Jonas Pelt müssen {seat} wieder räumen."
    assert sorted(_dismissed(text)) == ["Jonas Pelt", "Lorenz Aschauer"]


# an ordinal before a title in a clause with a period counts dismissals and names nobody; a
# dismissal noun in the sentence names who
@pytest.mark.parametrize("noun", ["Rauswurf", "der Entlassung", "der Freistellung"])
def test_counted_description_defers_to_the_noun(noun: str) -> None:
    opener = "dem" if noun == "Rauswurf" else ""
    phrase = f"{opener} {noun}".strip() if opener else noun
    text = f"Mit {phrase} von Lorenz Aschauer wurde der dritte Trainer der Liga in dieser Saison entlassen."
    assert _dismissed(text) == ["Lorenz Aschauer"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Der zweite Vorsitzende Lorenz Aschauer wurde abgewählt.", ["Lorenz Aschauer"]),
        ("Der zweite Vorsitzende der Partei wurde abgewählt.", ["Der zweite Vorsitzende der Partei"]),
        ("Am Montag wurde der zweite Trainer der Saison entlassen.", []),
    ],
)
def test_ordinal_titles(text: str, who: list[str]) -> None:
    assert _dismissed(text) == who


# an ordinal in a body's name or a league ("des 1. FC X", "der 2. Liga") is no count of staff
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    ("template", "who"),
    [
        ("Der Trainer des 1. FC Hollbach wurde {pp}.", "Der Trainer des 1. FC Hollbach"),
        ("Zwei Trainer der 3. Liga wurden überraschend {pp}.", "Zwei Trainer der 3. Liga"),
    ],
)
def test_ordinal_in_a_name_is_no_count(template: str, who: str, pp: str) -> None:
    assert _dismissed(template.format(pp=pp)) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern entließ 500 Mitarbeiter.",
        "Beim 1. FC Hollbach wurden 20 Angestellte entlassen.",
    ],
)
def test_counted_staff_stays_a_layoff(text: str) -> None:
    assert dismissal_rows(text) == []
