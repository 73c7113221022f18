"""Resignations (kzgraph.extract.kinds.resignations.extract): a post given up of one's own accord,
its post and date, the look-alikes that are none, and the successor who follows a resignation."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, context, dismissal_rows, facts, replacement_rows


def resignation_rows(text: str) -> list[tuple[str, str | None]]:
    """(resigned, office) of each resignation extracted from ``text``."""
    return [(r.resigned.label, r.office) for r in facts(text).resignations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Innenminister Karl Roth ist am Montag zurückgetreten.", [("Karl Roth", "Innenminister")]),
        ("Karl Roth trat als Parteichef zurück.", [("Karl Roth", "Parteichef")]),
        ("Fußballtrainer Jens Maier ist von seinem Amt zurückgetreten.", [("Jens Maier", "Fußballtrainer")]),
        ("Die Regierung ist geschlossen zurückgetreten.", [("Die Regierung", None)]),
        # laying down a post: the post named, or her title for "ihr Amt / ihr Mandat"
        ("Bürgermeisterin Eva Brandt legt ihr Amt nieder.", [("Eva Brandt", "Bürgermeisterin")]),
        ("SPD-Politiker Hans Meier hat den Parteivorsitz niedergelegt.", [("Hans Meier", "Parteivorsitz")]),
        ("Die Abgeordnete Eva Brandt legte ihr Mandat nieder.", [("Eva Brandt", "Abgeordnete")]),
        # a named apposition is who leaves
        (
            "Der Vorstandschef der Bank, Michael Kurz, räumt seinen Posten.",
            [("Michael Kurz", "Vorstandschef der Bank")],
        ),
        ("Peter Wolf ist aus dem Amt ausgeschieden.", [("Peter Wolf", None)]),
        # the noun: a possessive, "von X", a genitive title
        ("Ministerin Maria Kohl hat ihren Rücktritt erklärt.", [("Maria Kohl", "Ministerin")]),
        ("Der Präsident nahm den Rücktritt seines Ministers Peter Wolf an.", [("Peter Wolf", "Minister")]),
        ("Nach dem Rücktritt des Ministers ist die Regierung in der Krise.", [("der Minister", "Minister")]),
    ],
)
def test_resignations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert resignation_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # offered, demanded, ruled out, refused, not wanted
        "Der Minister Karl Roth bot seinen Rücktritt an, doch der Kanzler lehnte ab.",
        "Die Opposition forderte den Rücktritt von Innenminister Peter Wolf.",
        "Peter Wolf schloss einen Rücktritt aus.",
        "Sie weigerte sich zurückzutreten.",
        "Peter Wolf will nicht zurücktreten.",
        "Der Minister Karl Roth denkt nicht an Rücktritt.",
        # other withdrawals and other things laid down or cleared
        "Der Käufer trat vom Vertrag zurück.",
        "Karl Roth trat einen Schritt zurück.",
        "Die Arbeiter legten am Montag die Arbeit nieder.",
        "Der Minister räumte ein, sein Amt missbraucht zu haben.",
        "Die Polizei räumte das Protestcamp.",
        "Der Spieler ist aus dem Turnier ausgeschieden.",
        "Russland trat vom Abkommen zurück.",
    ],
)
def test_no_resignation(text: str) -> None:
    assert resignation_rows(text) == []


def test_a_resignation_told_as_an_attribute_is_dated_before_the_report() -> None:
    text = (
        "Die Truppen sollten Ausschreitungen nach der Ernennung des inzwischen wieder zurückgetretenen "
        "Premierministers Snyder Rini beenden."
    )
    got = facts(text).resignations
    assert [(r.resigned.label, r.office) for r in got] == [("Snyder Rini", "Premierminister")]
    assert got[0].date is not None and not got[0].date.known  # before the report, not on its date
    # dated by its own phrase; the successor in apposition follows the one who resigned
    text = (
        "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, "
        "hat angekündigt, die Sanierung werde Arbeitsplätze kosten."
    )
    got = facts(text).resignations
    assert [(r.resigned.label, r.office) for r in got] == [("Christian Streiff", "Airbus-Chef")]
    assert got[0].date is not None and got[0].date.iso == "2022-01-03"
    assert replacement_rows(text) == [("Louis Gallois", "Christian Streiff")]
    # withdrawn from a contract, not from a post
    assert resignation_rows("Der vom Vertrag zurückgetretene Käufer Peter Maus klagte.") == []


def test_one_resignation_told_twice_is_one_fact() -> None:
    text = "Innenminister Karl Roth ist am Montag zurückgetreten. Sein Rücktritt kam überraschend."
    got = facts(text).resignations
    assert [(r.resigned.label, r.office) for r in got] == [("Karl Roth", "Innenminister")]
    assert got[0].date is not None and got[0].date.iso == "2022-01-03"


def test_a_resignation_is_no_dismissal() -> None:
    assert dismissal_rows("Der Innenminister Karl Roth ist zurückgetreten.") == []


# -- the successor of one who resigned -------------------------------------------------------


def test_a_successor_named_after_a_resignation_replaces_the_one_who_resigned() -> None:
    text = (
        "Regierungschef Peter Klein hat am Montag seinen Rücktritt erklärt. "
        "Die Partei nominierte Anna Weber als Nachfolgerin."
    )
    assert replacement_rows(text) == [("Anna Weber", "Peter Klein")]
    text = "Der Verteidigungsminister Hans Feld trat zurück. Neuer Verteidigungsminister wird Uwe Stein."
    assert replacement_rows(text) == [("Uwe Stein", "Hans Feld")]


def test_taking_over_the_office_after_a_resignation_takes_its_post() -> None:
    text = "Der Innenminister Karl Roth ist zurückgetreten. Das Amt übernimmt Thomas Berg."
    assert appointment_rows(text) == [("Thomas Berg", "Thomas Berg", "Innenminister")]
    assert replacement_rows(text) == [("Thomas Berg", "Karl Roth")]
    # told earlier in the same sentence
    text = "Nach dem Rücktritt von Innenminister Peter Wolf übernahm Anna Berg das Amt."
    assert appointment_rows(text) == [("Anna Berg", "Anna Berg", "Innenministerin")]
    assert replacement_rows(text) == [("Anna Berg", "Peter Wolf")]


def test_zu_seinem_nachfolger_after_a_resignation_is_the_successor_of_who_resigned() -> None:
    text = (
        "Der Verteidigungsminister Hans Feld trat nach nur drei Monaten zurück. Kanzler Olaf Scholz "
        "ernannte die Staatssekretärin Maria Kohl zu seiner Nachfolgerin."
    )
    assert replacement_rows(text) == [("Maria Kohl", "Hans Feld")]
    assert appointment_rows(text) == [("Maria Kohl", "Olaf Scholz", "Verteidigungsministerin")]
    text = "Die Ministerin Eva Brandt ist zurückgetreten. Der Kanzler ernannte Uwe Stein zu ihrem Nachfolger."
    assert replacement_rows(text) == [("Uwe Stein", "Eva Brandt")]
    # with nobody leaving before, the possessive is the appointer's own post
    text = "Präsident Wladimir Putin ernannte Dmitri Medwedew zu seinem Nachfolger."
    assert replacement_rows(text) == [("Dmitri Medwedew", "Wladimir Putin")]
    # the possessive does not fit the one who resigned: no successor of hers
    text = "Ministerin Eva Brandt ist zurückgetreten. Der Kanzler ernannte Uwe Stein zu seinem Nachfolger."
    assert ("Uwe Stein", "Eva Brandt") not in replacement_rows(text)


# -- a title description is not someone known to hold another post -----------------------------


def test_a_title_description_is_not_a_person_holding_another_post() -> None:
    # "Der Präsident" had resolved to Karl Roth, so he dismissed himself and nothing was extracted
    text = "Karl Roth war Innenminister. Der Präsident entließ ihn am Montag."
    assert dismissal_rows(text) == [("Karl Roth", "Der Präsident", "Innenminister")]
    text = "Innenminister Karl Roth wurde entlassen. Der Präsident ernannte Anna Berg zu seiner Nachfolgerin."
    assert appointment_rows(text) == [("Anna Berg", "Der Präsident", "Innenministerin")]
    # heads of state and government are named interchangeably: the Staatschef is the Präsident
    text = (
        "Präsident Kassym-Schomart Tokajew sprach im Fernsehen. "
        "Der Staatschef entließ den Innenminister Karl Roth."
    )
    assert dismissal_rows(text) == [("Karl Roth", "Kassym-Schomart Tokajew", "Innenminister")]
    # other posts are varied as well: "der Coach" is the Trainer
    text = "Trainer Jens Maier verlor am Samstag. Der Coach sagte, er trete nicht zurück."
    assert [s.speaker.label for s in facts(text).statements] == ["Jens Maier"]
    # the president is not "der Minister"
    ctx = context("Präsident Emmanuel Macron sprach im Fernsehen. Der Minister kam später.")
    assert [m.kind for m in ctx.mentions] == ["name"]
    # the same post: "der Minister" is the Innenminister
    text = "Innenminister Karl Roth sprach im Fernsehen. Der Minister sagte, er trete nicht zurück."
    assert [s.speaker.label for s in facts(text).statements] == ["Karl Roth"]


def test_taking_the_lead_in_a_race_or_game_is_no_appointment() -> None:
    # seen in a Wikinews report on ski jumping: "übernimmt die Führung" was taken for a post
    text = "Durch den Sieg übernimmt Ulrike Gräßler die Führung in der Gesamtwertung des COC."
    assert appointment_rows(text) == []
    assert appointment_rows("Bayern übernahm in der 30. Minute die Führung.") == []
    text = "Nach dem Rücktritt von Peter Wolf übernahm Anna Berg die Führung der Partei."
    assert appointment_rows(text) == [("Anna Berg", "Anna Berg", "Führung der Partei")]


def test_entrusted_with_the_succession_is_the_successor() -> None:
    # seen in a Wikinews report: the speaker, subject of the sentence, had been taken as the successor
    text = (
        "SWR-Intendant Peter Boudgoust hat die Nominierung in einer Mail bestätigt: „Ich habe mich "
        "entschieden, Frau Christine Strobl mit der Nachfolge von Herrn Bernhard Bergengruen zu betrauen.“"
    )
    assert replacement_rows(text) == [("Christine Strobl", "Bernhard Bergengruen")]
    text = "Der Vorstand hat Anna Weber mit der Nachfolge von Peter Klein beauftragt."
    assert replacement_rows(text) == [("Anna Weber", "Peter Klein")]
    assert replacement_rows("Der Vorstand hat sich mit der Nachfolge von Peter Klein befasst.") == []


def test_coordinated_persons_each_resign_with_their_own_post() -> None:
    text = (
        "Justizminister Marco Buschmann und Bildungsministerin Bettina Stark-Watzinger "
        "kündigten ihren Rücktritt an."
    )
    assert resignation_rows(text) == [
        ("Marco Buschmann", "Justizminister"),
        ("Bettina Stark-Watzinger", "Bildungsministerin"),
    ]
    text = "Innenminister Karl Roth und Finanzministerin Anna Berg sind zurückgetreten."
    assert resignation_rows(text) == [
        ("Karl Roth", "Innenminister"),
        ("Anna Berg", "Finanzministerin"),
    ]


def test_a_person_named_in_another_sentence_does_not_resign_along() -> None:
    text = "Der Kanzler lobte Innenminister Karl Roth. Finanzministerin Anna Berg erklärte ihren Rücktritt."
    assert resignation_rows(text) == [("Anna Berg", "Finanzministerin")]
