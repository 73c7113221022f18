"""Charges told by a clause (kinds/arrests/reasons.py): the reason clause of the arrest verb
("festgenommen, weil er …", "Weil sie …, wurde sie verhaftet") and the dass-clause of a suspicion
("unter dem Verdacht festgenommen, dass er …"); and offence verbs of the deeds lexicon."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _charges(text: str) -> list[str | None]:
    return [a.charge for a in facts(text).arrests]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # after the arrest verb, with a long predicate: its words
        (
            "Der Mann wurde festgenommen, weil er einem Rentner die Geldbörse gestohlen haben soll.",
            "einem Rentner die Geldbörse gestohlen",
        ),
        # "da" as a conjunction, after the verb's auxiliaries; a short predicate: its offence
        ("Die Frau ist in Graz verhaftet worden, da sie einen Polizisten angegriffen hatte.", "Angriff"),
        # an active clause: after the verb's object and particle
        ("Die Polizei nahm den Wirt fest, weil er Gäste betrogen hatte.", "Betrug"),
        ("Die Polizei verhaftete den Wirt am Montag, weil er Gäste betrogen hatte.", "Betrug"),
        # fronted
        ("Weil er Akten gefälscht hatte, wurde der Beamte verhaftet.", "Fälschung"),
        # conduct given as the reason is what the report states
        (
            "Der Fahrer wurde festgenommen, weil er sich der Kontrolle widersetzte.",
            "sich der Kontrolle widersetzte",
        ),
    ],
)
def test_charge_told_by_a_reason_clause(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # the reason of something else: its subject is not the arrested
        "Der Mann wurde erst am Abend festgenommen, weil die Polizei lange zögerte.",
        # a ground of detention, no accusation
        "Der Mann wurde festgenommen, weil er als fluchtgefährdet gilt.",
        # the clause belongs to another verb
        "Zwei Männer, die protestierten, weil sie mehr Lohn forderten, wurden in Wien festgenommen.",
        # the clause after a relative clause of the arrested is that clause's
        "Die Polizei nahm den Wirt fest, der randaliert hatte, weil er betrunken war.",
        # what was done to him
        "Der Mann wurde festgenommen, weil er verletzt worden war.",
        # a fronted reason clause of another main clause
        "Der Beamte wurde verhaftet. Weil er Akten gefälscht haben soll, verlor er sein Amt.",
        # a time clause, no reason
        "Der Wirt wurde festgenommen, nachdem er Gäste betrogen hatte.",
        # a consecutive dass-clause, no suspicion told
        "Der Wirt wurde so schnell festgenommen, dass er nicht fliehen konnte.",
        # "da" an adverb
        "Da wurde der Mann festgenommen.",
    ],
)
def test_look_alikes_of_reason_clauses_give_no_charge(text: str) -> None:
    assert _charges(text) == [None]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Der Lehrer wurde unter dem Verdacht festgenommen, dass er Schüler erpresst hat.", "Erpressung"),
        # in a later sentence
        (
            "Der Wirt wurde festgenommen. Die Polizei prüft den Verdacht, dass er Gäste betrogen habe.",
            "Betrug",
        ),
        # after a colon that elaborates the suspicion, in the arrest's sentence or the next
        (
            "Der Wirt wurde wegen eines Verdachts einen Monat lang in Untersuchungshaft genommen, und "
            "der Verdacht war dieser: dass er seine Gäste mit gefälschten Rechnungen betrogen habe.",
            "seine Gäste mit gefälschten Rechnungen betrogen",
        ),
        (
            "Karl Berger wurde in Untersuchungshaft genommen. Der Grund war ein Verdacht der Ermittler: "
            "dass er seine Gäste mit gefälschten Rechnungen betrogen habe.",
            "seine Gäste mit gefälschten Rechnungen betrogen",
        ),
    ],
)
def test_charge_told_by_the_dass_clause_of_a_suspicion(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # the dass-clause tells the arrest
        "Der Wirt wurde verhaftet. Es besteht der Verdacht, dass er festgenommen wurde.",
        # a dass-clause of another verb after the suspicion noun
        "Der Wirt wurde festgenommen. Der Verdacht ist alt, die Nachbarn sagen, dass er gern feiert.",
        # its subject is no person the clause names
        "Karl Berger wurde in Untersuchungshaft genommen. Der Grund war ein Verdacht der Ermittler: "
        "dass die Küche verdreckt war.",
    ],
)
def test_look_alikes_of_suspicion_clauses_give_no_charge(text: str) -> None:
    assert _charges(text) == [None]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Der Mann wurde festgenommen. Er soll einen Nachbarn erstochen haben.", "Tötung"),
        ("Die Frau wurde verhaftet. Sie soll mehrere Läden geplündert haben.", "Plünderung"),
        ("Der Mann wurde festgenommen. Er soll Flüchtlinge über die Grenze geschleust haben.", "Schleusung"),
    ],
)
def test_offence_verbs_of_the_deeds_lexicon(text: str, charge: str) -> None:
    assert _charges(text) == [charge]
