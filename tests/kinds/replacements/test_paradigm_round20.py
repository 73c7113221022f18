"""Successions in the construction classes real news used and the rules missed (paradigm round 20,
own sentences, invented names): a successor told by a description with an age or a profession
("Der 61 Jahre alte Jurist löst A ab", "Der Dirigent tritt die Nachfolge von A an", "der
53-Jährige"), a quoted masthead before a profession ("„Kurier“-Redakteur B"), a perfect conjunct
after a passive one ("B wurde gewählt und hat A abgelöst", "… und hatte A ersetzt"), an age
apposition in the by-phrase of a passive, "Platz machen für B", an office-noun compound taken over
from A ("übernimmt das Rektorenamt von A", "wird … übernehmen": announced), "als Nachfolger für A",
a successor noun in a relative clause after an inverted main clause, an inheritance whose
predecessor stands in a named apposition, and a replacement in a relative clause after a party
phrase ("A von der Partei X zurück, die durch B ersetzt wurde"). The predecessor is always the one
who came first. Look-alikes: room made for a thing or an idea, a wish, a question, a negation,
costs or damage made good, a candidate."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts, replacement_rows

SUCC, PRED = "Rasmus Delventhal", "Edeltraud Wiegmoor"

# (construction, text) -> the successor's label contains this word, the predecessor is PRED
POSITIVES = [
    ("age description", f"Der 61 Jahre alte Jurist löst {PRED} ab, der zehn Jahre im Amt war.", "Jurist"),
    (
        "age noun, announced",
        f"Im April soll der 49-Jährige die Nachfolge von Präsident {PRED} antreten.",
        "49-Jährige",
    ),
    ("profession coordinated", f"Die Juristin und Dirigentin tritt die Nachfolge von {PRED} an.", "Juristin"),
    ("profession with name", f"Die Archäologin {SUCC} tritt die Nachfolge von {PRED} an.", SUCC),
    ("quoted masthead", f"„Abendpost“-Redakteur {SUCC} löst {PRED} im Frühjahr ab.", SUCC),
    ("perfect conjunct", f"{SUCC} wurde zum Präsidenten gewählt und hat {PRED} abgelöst.", SUCC),
    (
        "pluperfect conjunct",
        f"{SUCC} war 2018 zur Stiftung gekommen und hatte Gründerin {PRED} ersetzt.",
        SUCC,
    ),
    ("passive, ages", f"{PRED}, 66, wird im Juli von Verlegerin {SUCC}, 47, abgelöst.", SUCC),
    ("Platz machen, modal", f"{PRED} musste im Frühjahr Platz machen für die Juristin {SUCC}.", SUCC),
    ("Platz machen, past", f"Im Herbst machte {PRED} Platz für {SUCC}.", SUCC),
    ("Amt compound", f"{SUCC} übernimmt das Dekansamt von {PRED}.", SUCC),
    ("Funktion als", f"{SUCC} übernimmt die Funktion als Kämmerer der Stadt von {PRED}.", SUCC),
    ("als Nachfolger für", f"{SUCC} wechselt als Nachfolger für {PRED} an das Landesmuseum.", SUCC),
    (
        "relative, inverted main",
        f"Das erklärte {SUCC}, der zum Nachfolger von {PRED} bestimmt worden ist.",
        SUCC,
    ),
    (
        "inheritance, apposition",
        f"{SUCC} hat 2015 das Erbe des früheren Abtes des Klosters, {PRED} (71), angetreten.",
        SUCC,
    ),
    (
        "relative after party",
        f"Im Juni ging Senatorin {PRED} von der Volkspartei, die im Juli durch {SUCC} ersetzt wurde.",
        SUCC,
    ),
    ("local dateline", f"Husum Der 61 Jahre alte Jurist löst {PRED} im Mai ab.", "Jurist"),
    ("honorary doctorate", f"{SUCC} soll die Nachfolge von Frau Prof. Dr. h. c. {PRED} antreten.", SUCC),
]


@pytest.mark.parametrize(("construction", "text", "successor"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_succession_in_order(construction: str, text: str, successor: str) -> None:
    rows = replacement_rows(text)
    assert len(rows) == 1, rows
    assert successor in rows[0][0] and rows[0][1] == PRED


def test_coordinated_predecessors_are_both_succeeded() -> None:
    text = f"{SUCC} wird die Nachfolge von {PRED} und Lea Rommerskirch antreten, die das Amt teilen."
    assert replacement_rows(text) == [(SUCC, PRED), (SUCC, "Lea Rommerskirch")]


@pytest.mark.parametrize(
    "text",
    [
        f"{SUCC} wird das Dekansamt von {PRED} übernehmen.",
        f"{SUCC} soll das Amt von {PRED} übernehmen.",
    ],
)
def test_take_over_to_come_is_announced_once(text: str) -> None:
    rows = [(r.successor.label, r.predecessor.label, r.announced) for r in facts(text).replacements]
    assert rows == [(SUCC, PRED, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Die alte Turnhalle macht Platz für einen Neubau.",
        f"{PRED} macht Platz für neue Ideen.",
        f"Wann macht {PRED} Platz für {SUCC}?",
        f"{PRED} macht keinen Platz für {SUCC}.",
        f"{PRED} will Platz machen für {SUCC}.",
        f"Wer übernimmt das Dekansamt von {PRED}?",
        f"{SUCC} übernimmt das Dekansamt von {PRED} nicht.",
        f"{SUCC} übernimmt die Kosten von {PRED}.",
        f"{SUCC} ersetzt {PRED} den Schaden am Wagen.",
        f"Die Kasse ersetzt {PRED} die Auslagen.",
        f"{SUCC} gilt als möglicher Nachfolger für {PRED}.",
        f"Ein Nachfolger für {PRED} wird gesucht.",
        f"{SUCC} verwaltet das Erbe seiner Tante {PRED}.",
        f"Im Juni gingen zwei Senatoren von den Liberalen, die durch {SUCC} und {PRED} ersetzt wurden.",
    ],
)
def test_look_alike_gives_no_succession(text: str) -> None:
    assert replacement_rows(text) == []


def test_copula_subject_past_an_apposition_is_the_successor() -> None:
    text = (
        f"Trainerin {PRED} trat zurück. {SUCC}, ihr Assistent, wurde ihr Nachfolger, "
        "neue Stellvertreterin ist Lea Rommerskirch."
    )
    assert replacement_rows(text) == [(SUCC, PRED)]


def test_name_in_a_later_clause_is_no_successor() -> None:
    text = f"{SUCC}, Assistent des früheren Trainers, wurde sein Nachfolger, neuer Assistent ist {PRED}."
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Für die abtretenden {PRED} (SPD) und Udo Kessing (CDU) wurden am Mittwoch {SUCC} (SPD) "
            "und Lea Rommerskirch (CDU) gewählt.",
            [(SUCC, PRED), ("Lea Rommerskirch", "Udo Kessing")],
        ),
        (f"Für den zurückgetretenen {PRED} wurde {SUCC} in den Stadtrat gewählt.", [(SUCC, PRED)]),
        (f"Für die verstorbene {PRED} rückt {SUCC} in den Kreistag nach.", [(SUCC, PRED)]),
        # look-alikes: no leaving person, nothing elected, a vote, a negation, unequal lists
        (f"Für {PRED} wurde ein Blumenstrauß bestellt.", []),
        (f"Für die scheidende {PRED} wurde ein Abschiedsfest organisiert.", []),
        (f"Für {PRED} stimmten am Mittwoch 40 Abgeordnete.", []),
        (f"Für die abtretende {PRED} wurde {SUCC} nicht gewählt.", []),
        (f"Für die abtretenden {PRED} und Udo Kessing wurde {SUCC} gewählt.", []),
    ],
)
def test_elected_for_someone_leaving(text: str, expected: list[tuple[str, str]]) -> None:
    assert replacement_rows(text) == expected


def test_a_title_in_the_genitive_is_no_person_of_that_surname() -> None:
    # someone in the article is called "Richter"; "des früheren Richters" is the title, the
    # apposition names the predecessor
    text = (
        f"Kantor Udo Richter kam 1990. {SUCC} hat im Mai das Erbe des früheren Richters am Amtsgericht, "
        f"{PRED} (58), angetreten."
    )
    assert replacement_rows(text) == [(SUCC, PRED)]
