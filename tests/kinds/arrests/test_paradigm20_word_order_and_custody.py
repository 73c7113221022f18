"""Round 20 paradigm for arrests: lexemes (rows) x constructions (columns) that real news uses and
the rules missed, with look-alike columns that must give no arrest. Invented sentences only.

Columns: an inverted subject after the finite verb ("Am Morgen nahmen die Beamten einen Mann
fest" arrests the man, not the officers), the object in the Vorfeld with police after the verb, a
source before "zufolge", counted age nouns joined by "sowie", a possessive subject ("sein
Stellvertreter"), a nominalised participle taken up by a pronoun, headline bare nouns (past an
adverb and a place, joined to a group, closed by a second clause) and lists past an apposition."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts

# lemma: (participle phrase, infinitive, past singular (finite, tail), past plural, present singular)
LEXEMES = {
    "festnehmen": ("festgenommen", "festnehmen", ("nahm", "fest"), ("nahmen", "fest"), ("nimmt", "fest")),
    "verhaften": ("verhaftet", "verhaften", ("verhaftete", ""), ("verhafteten", ""), ("verhaftet", "")),
    "inhaftieren": (
        "inhaftiert",
        "inhaftieren",
        ("inhaftierte", ""),
        ("inhaftierten", ""),
        ("inhaftiert", ""),
    ),
    "in Gewahrsam nehmen": (
        "in Gewahrsam genommen",
        "in Gewahrsam nehmen",
        ("nahm", "in Gewahrsam"),
        ("nahmen", "in Gewahrsam"),
        ("nimmt", "in Gewahrsam"),
    ),
    "in Gewahrsam bringen": (
        "in Gewahrsam gebracht",
        "in Gewahrsam bringen",
        ("brachte", "in Gewahrsam"),
        ("brachten", "in Gewahrsam"),
        ("bringt", "in Gewahrsam"),
    ),
    "in ein Polizeigewahrsam bringen": (
        "in ein Polizeigewahrsam gebracht",
        "in ein Polizeigewahrsam bringen",
        ("brachte", "in ein Polizeigewahrsam"),
        ("brachten", "in ein Polizeigewahrsam"),
        ("bringt", "in ein Polizeigewahrsam"),
    ),
    "fassen": ("gefasst", "fassen", ("fasste", ""), ("fassten", ""), ("fasst", "")),
    "schnappen": ("geschnappt", "schnappen", ("schnappte", ""), ("schnappten", ""), ("schnappt", "")),
    "unter Arrest setzen": (
        "unter Arrest gesetzt",
        "unter Arrest setzen",
        ("setzte", "unter Arrest"),
        ("setzten", "unter Arrest"),
        ("setzt", "unter Arrest"),
    ),
}


def _active(verb: tuple[str, str], middle: str) -> str:
    return " ".join(w for w in (verb[0], middle, verb[1]) if w)


# column: (sentence builder, a word of the arrested's label, its count or None, words no label has)
COLUMNS = {
    "inverted subject": (
        lambda p, s, pl, pr: f"Am Morgen {_active(pl, 'die Beamten einen Mann')}.",
        "Mann",
        1,
        ("Beamte",),
    ),
    "inverted subject, perfect": (
        lambda p, s, pl, pr: f"Vorher hatten die Beamten schon einen Radfahrer {p}.",
        "Radfahrer",
        1,
        ("Beamte",),
    ),
    "object in the Vorfeld": (
        lambda p, s, pl, pr: f"Eine verdächtige Frau {_active(s, 'die Polizei in Hessen')}.",
        "Frau",
        1,
        ("Polizei",),
    ),
    "source before zufolge": (
        lambda p, s, pl, pr: f"Der Stiftung Lindenhof zufolge wurde die Frau {p}.",
        "Frau",
        None,
        ("Stiftung",),
    ),
    "age nouns with sowie": (
        lambda p, s, pl, pr: f"Zwei 30-Jährige sowie ein 41-jähriger Mann wurden bei der Aktion {p}.",
        "sowie",
        3,
        (),
    ),
    "possessive subject": (
        lambda p, s, pl, pr: f"Der Minister wurde entlassen, sein Stellvertreter wurde {p}.",
        "sein Stellvertreter",
        None,
        (),
    ),
    "nominalised participle, then a pronoun": (
        lambda p, s, pl, pr: f"Der Festgenommene sei polizeibekannt; er wurde schon im Mai {p}.",
        "Festgenommene",
        None,
        (),
    ),
    "headline: adverb and place": (
        lambda p, s, pl, pr: f"Einbrecher noch im Keller {p}",
        "Einbrecher",
        None,
        (),
    ),
    "headline: noun joined to a group": (
        lambda p, s, pl, pr: f"Reporterin und dutzende Oppositionelle in Borland {p}",
        "Reporterin",
        None,
        (),
    ),
    "headline: second clause": (
        lambda p, s, pl, pr: f"Polizei {_active(pr, 'Einbrecher')} und findet Beute",
        "Einbrecher",
        None,
        (),
    ),
    "object relative clause": (
        lambda p, s, pl, pr: f"Der Mann, den die Polizei am Montag {p} hatte, schweigt bisher.",
        "Mann",
        None,
        ("Polizei",),
    ),
    "object relative clause, counted": (
        lambda p, s, pl, pr: f"Die beiden Männer, die die Beamten am Abend {p} haben, sind polizeibekannt.",
        "Männer",
        2,
        ("Beamte",),
    ),
    "list past an apposition": (
        lambda p, s, pl, pr: (
            f"Der Sprecher der Rebellen, Karl Anders, und Bergers Stellvertreter Paul Wendel wurden {p}."
        ),
        "Paul Wendel",
        None,
        (),
    ),
}

LOOK_ALIKES = {
    "generic frame": lambda p, i: f"Bei einer Verhaftung werden Verdächtige {p}.",
    "generic rule": lambda p, i: f"In der Regel wird ein Verdächtiger {p}, wenn Fluchtgefahr besteht.",
    "negation": lambda p, i: f"Der Mann wurde nicht {p}.",
    "question": lambda p, i: f"Wurde der Mann {p}?",
    "condition": lambda p, i: f"Sollte der Mann {p} werden, droht ihm ein Prozess.",
    "escape": lambda p, i: f"Der Mann entkam, bevor die Polizei ihn {i} konnte.",
}


@pytest.mark.parametrize("column", list(COLUMNS))
@pytest.mark.parametrize("lemma", list(LEXEMES))
def test_arrested_by_lexeme_and_construction(lemma: str, column: str) -> None:
    build, word, count, never = COLUMNS[column]
    participle, _, past, past_plural, present = LEXEMES[lemma]
    text = build(participle, past, past_plural, present)
    rows = arrests(text)
    assert any(word in (label or "") and (count is None or n == count) for label, _, n in rows), (text, rows)
    assert not any(w in (label or "") for label, _, _ in rows for w in never), (text, rows)


@pytest.mark.parametrize("column", list(LOOK_ALIKES))
@pytest.mark.parametrize("lemma", list(LEXEMES))
def test_look_alikes_state_no_arrest(lemma: str, column: str) -> None:
    participle, infinitive, *_ = LEXEMES[lemma]
    text = LOOK_ALIKES[column](participle, infinitive)
    assert facts(text).arrests == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judge sends people into custody: the object is arrested, the judge is not
        (
            "Am Dienstag schickte eine Richterin die beiden 52 Jahre alten Frauen in Untersuchungshaft.",
            [("beide 52 Jahre alten Frauen", None, 2)],
        ),
        ("Drei 20 Jahre alte Männer wurden festgenommen.", [("drei 20 Jahre alte Männer", None, 3)]),
        # a custody idiom with "für": a counted group or an unnamed person
        ("Für drei der Randalierer ging es in Polizeigewahrsam.", [("drei der Randalierer", None, 3)]),
        ("Für den 30-Jährigen ging es in Untersuchungshaft.", [("der 30-Jährige", None, None)]),
        ("Für vier der Raufbolde ging es nach dem Streit in Gewahrsam.", [("vier der Raufbolde", None, 4)]),
        (
            "Für zwei der Randalierer ging es nach der Schlägerei in Gewahrsam.",
            [("zwei der Randalierer", None, 2)],
        ),
        # a possessive object keeps its possessive, declined as a subject
        ("Die Polizei nahm seinen 19-jährigen Bruder fest.", [("sein 19-jähriger Bruder", None, None)]),
        # quoted modifiers stay inside the phrase
        (
            "Eine «mutmaßlich beteiligte» Frau nahm die Polizei am Bahnhof fest.",
            [("eine mutmaßlich beteiligte Frau", None, 1)],
        ),
    ],
)
def test_custody_counts_and_phrases(text: str, expected: list[tuple[str, str | None, int | None]]) -> None:
    assert arrests(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Für uns ging es in den Urlaub.",
        "Für drei der Autos ging es in Gewahrsam.",
        "Für zwei Jahre ging es ins Gefängnis.",
        "Für die Kinder ging es in die Schule.",
        "Der Mann wurde ins Krankenhaus gebracht.",
        "Die Polizei brachte die Kinder in Sicherheit.",
        "Max Muster kam am Montag in die Stadt, wo sein Bruder in Untersuchungshaft sitzt.",
        "Seine Frau wurde bei dem Anschlag verletzt.",
        # a possessive inside a scene ("wie … verhaftet wird") or a clause's other phrase is no arrested
        "Der Nachbar musste zusehen, wie ihre Mutter vor dem Haus festgenommen wird.",
        "Bei einer Verhaftung wird der Verdächtige in Gewahrsam genommen, wenn Fluchtgefahr besteht.",
    ],
)
def test_custody_and_possessive_look_alikes(text: str) -> None:
    assert facts(text).arrests == [], text


def test_a_past_event_in_a_generic_frame_is_told() -> None:
    # "bei einer Festnahme" with a past or perfect verb tells what happened, not a rule
    assert arrests("Bei einer Festnahme am Montag wurde ein 30-Jähriger in Gewahrsam genommen.") == [
        ("ein 30-Jähriger", None, 1)
    ]
    text = "Bei einer Festnahme in Borstadt ist ein Mann festgenommen worden, dem Diebstahl vorgeworfen wird."
    rows = arrests(text)
    assert [label for label, _, _ in rows] == ["ein Mann"]


def test_a_possessive_object_of_another_verb_is_not_the_arrested() -> None:
    text = "Der 52-Jährige meldete sich bei einer Streife, übergab seine Pistole und ließ sich festnehmen."
    assert [label for label, _, _ in arrests(text)] == ["der 52-Jährige"]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Drei Männer wurden wegen Verdachts auf gewerbs- und bandenmäßigen Drogenhandel festgenommen.",
            "Drogenhandel",
        ),
        ("Wegen Verdachts auf schweren Betrug nahm die Polizei zwei Frauen fest.", "Betrug"),
        ("Der Mann wurde wegen des Verdachts auf Untreue festgenommen.", "Untreue"),
    ],
)
def test_suspected_offence_past_joined_adjectives(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]
