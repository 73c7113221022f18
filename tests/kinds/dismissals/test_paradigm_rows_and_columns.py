"""Dismissals, paradigm round (issue 24): lexemes the lexicon lacked (rows) and constructions that
failed for a whole family of lexemes (columns), each with look-alikes. Own invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows

# the colloquial "rausschmeißen", in each construction
RAUSSCHMEISSEN = [
    "Der Verein schmiss Trainer Till Wernicke raus.",
    "Der Verein hat Trainer Till Wernicke rausgeschmissen.",
    "Trainer Till Wernicke wurde am Montag rausgeschmissen.",
    "Am Dienstag schmiss der Verein Trainer Till Wernicke raus.",
]


@pytest.mark.parametrize("text", RAUSSCHMEISSEN)
def test_rausschmeissen(text: str) -> None:
    assert [r[0] for r in dismissal_rows(text)] == ["Till Wernicke"]


NOUNS = ["Freistellung", "Beurlaubung", "Abwahl", "Entlassung", "Abberufung"]


def _noun_sentences(noun: str) -> list[tuple[str, str | None]]:
    """(sentence, expected office) for a feminine dismissal noun in each construction."""
    return [
        (f"Die {noun} von Intendant Arne Kolbeck kam überraschend.", "Intendant"),
        (f"Nach der {noun} des Intendanten Arne Kolbeck brach Streit aus.", "Intendant"),
        (f"Arne Kolbecks {noun} kam überraschend.", None),
        (f"Intendant Arne Kolbeck klagt gegen seine {noun}.", "Intendant"),
        (f"{noun} für Intendant Arne Kolbeck", "Intendant"),
    ]


@pytest.mark.parametrize(("text", "office"), [case for noun in NOUNS for case in _noun_sentences(noun)])
def test_dismissal_noun_in_each_construction(text: str, office: str | None) -> None:
    rows = dismissal_rows(text)
    assert len(rows) == 1 and "Kolbeck" in rows[0][0]
    assert rows[0][2] == office


@pytest.mark.parametrize(
    "text",
    [
        "Rausschmiss für Trainer Till Wernicke",
        "Der Rausschmiss von Trainer Till Wernicke kam überraschend.",
        "Till Wernickes Rauswurf kam überraschend.",
    ],
)
def test_masculine_nouns(text: str) -> None:
    assert [r[0] for r in dismissal_rows(text)] in (["Till Wernicke"], ["Till Wernickes"])


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        (
            "Der Aufsichtsrat entließ Jonas Bergner, den Vorstandschef des Konzerns.",
            "Jonas Bergner",
            "Vorstandschef des Konzerns",
        ),
        (
            "Der Verein stellte Ilka Fahrenholt, die Finanzchefin des Klubs, frei.",
            "Ilka Fahrenholt",
            "Finanzchefin des Klubs",
        ),
        (
            "Jonas Bergner, Vorstandschef der Werft, wurde am Montag abberufen.",
            "Jonas Bergner",
            "Vorstandschef der Werft",
        ),
        (
            "Die Entlassung von Jonas Bergner, dem Chef der Behörde, kam überraschend.",
            "Jonas Bergner",
            "Chef der Behörde",
        ),
    ],
)
def test_post_from_the_apposition_after_the_name(text: str, who: str, office: str) -> None:
    assert [(r[0], r[2]) for r in dismissal_rows(text)] == [(who, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Greta Sommerfeld musste ihr Amt als Wirtschaftsministerin im Mai räumen.",
        "Ministerin Greta Sommerfeld musste ihr Amt aufgeben.",
        "Trainer Till Wernicke musste seinen Posten nach der Niederlage räumen.",
    ],
)
def test_made_to_give_up_a_post_with_a_phrase_between(text: str) -> None:
    assert len(dismissal_rows(text)) == 1


def test_given_up_without_a_modal_is_no_dismissal() -> None:
    assert dismissal_rows("Ministerin Greta Sommerfeld hat ihr Amt aufgegeben.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Polizeipräsident Jonas Bergner wurde vom Dienst beurlaubt.",
        "Polizeipräsident Jonas Bergner wurde vom Amt abberufen.",
    ],
)
def test_the_post_left_is_no_agent(text: str) -> None:
    """ "vom Dienst", "vom Amt": the post or service left, not who dismissed."""
    assert dismissal_rows(text) == [("Jonas Bergner", None, "Polizeipräsident")]


@pytest.mark.parametrize(
    "text",
    [
        # a suspension keeps the post while a case runs: no dismissal (the project's convention)
        "Der Stadtrat suspendierte Bürgermeister Jonas Bergner.",
        "Bürgermeister Jonas Bergner wurde vom Dienst suspendiert.",
        "Die Suspendierung von Bürgermeister Jonas Bergner sorgt für Streit.",
        "Der Sprinter Jonas Bergner wurde wegen Dopings suspendiert.",
        # a rumour, a dismissal called off
        "Gerüchten zufolge wird Trainer Till Wernicke bald entlassen.",
        "Die Entlassung von Trainer Till Wernicke ist vom Tisch.",
        "Die Abwahl von Bürgermeister Jonas Bergner wurde abgewendet.",
        # a release from prison told in the sentence before
        "Der Journalist Till Wernicke saß drei Jahre in Haft. Der Reporter Till Wernicke sprach nach "
        "seiner Entlassung mit Kollegen.",
        "Der Häftling Till Wernicke wartet auf seine Entlassung.",
        # a seat or a flat given up, no post
        "Trainer Till Wernicke musste seinen Platz im Bus räumen.",
        "Die Familie musste ihre Wohnung räumen.",
        # a possessive noun without a titled possessor in the sentence
        "Nach seiner Entlassung zog Till Wernicke nach Bremen.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beamter Till Wernicke wird aus dem Dienst entlassen, weil er seine Nebenjobs nicht aufgeben will.",
        "Trainer Till Wernicke wird entlassen, da er seine Methoden nicht aufgeben will.",
    ],
)
def test_a_bare_infinitive_of_giving_up_brings_no_hedge(text: str) -> None:
    """ "aufgeben" without a "müssen" form is no trigger: the "will" of its own clause does not
    hedge the dismissal told in the main clause."""
    assert [r[0] for r in dismissal_rows(text)] == ["Till Wernicke"]
