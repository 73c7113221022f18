"""Which clause a dismissal verb speaks of: a passive in a relative clause is about the
relative pronoun's antecedent, never the main clause's subject; a power ("kann … entlassen") or a
dismissal tried or forgone ("verzichtete auf den Versuch, X abzusetzen") is no event; a negation
in a verb phrase that "und" + a finite verb closes does not negate the next phrase; "muss gehen"
followed by "und" still closes its clause. A sentence-opening conjunction is no part of the
subject ("Denn der Rat …")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


def test_relative_passive_is_about_its_antecedent() -> None:
    text = "Jonas Weidner löste damals Mara Lenz ab, die vom Präsidenten entlassen worden war."
    assert [who for who, _, _ in dismissal_rows(text)] == ["Mara Lenz"]


def test_relative_passive_with_an_unnamed_antecedent_is_not_the_main_subject() -> None:
    text = (
        "Jonas Weidner löste damals eine Frau ab, die ohne Begründung vom Präsidenten entlassen worden war."
    )
    assert dismissal_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanzlerin kann jeden Bundesminister jederzeit entlassen.",
        "Die Aufsicht sah von dem Versuch ab, den Ortsvorsteher Jonas Weidner seines Amtes zu entheben.",
        "Der Vorstand weigerte sich, Trainer Jonas Weidner zu entlassen.",
    ],
)
def test_a_power_or_an_attempt_is_no_dismissal(text: str) -> None:
    assert dismissal_rows(text) == []


def test_negation_in_an_earlier_conjunct_does_not_negate_the_dismissal() -> None:
    text = "Trainer Jonas Weidner konnte das Team nicht retten und wurde im Mai entlassen."
    assert [who for who, _, _ in dismissal_rows(text)] == ["Jonas Weidner"]


def test_negation_in_its_own_conjunct_still_negates() -> None:
    assert dismissal_rows("Trainer Jonas Weidner wurde nicht entlassen und bleibt im Amt.") == []


def test_muss_gehen_before_und_closes_the_clause() -> None:
    text = (
        "Nach der vierten Niederlage muss Cheftrainer Jonas Weidner "
        "nun gehen und der Klub sucht einen Nachfolger."
    )
    assert [who for who, _, _ in dismissal_rows(text)] == ["Jonas Weidner"]


def test_muss_gehen_und_with_a_place_stays_none() -> None:
    assert dismissal_rows("Trainer Jonas Weidner muss zum Arzt gehen und pausieren.") == []


def test_opening_conjunction_is_no_part_of_the_subject() -> None:
    text = (
        "Mara Lenz war Intendantin. Denn der Verwaltungsrat "
        "des Senders hat die Intendantin fristlos entlassen."
    )
    rows = [(who, by) for who, by, _ in dismissal_rows(text)]
    assert rows == [("Mara Lenz", "der Verwaltungsrat des Senders")]


def test_a_proposal_to_retire_someone_is_no_dismissal() -> None:
    text = "Der Minister sprach. Er schlug dem Kabinett vor, Jonas Weidner in den Ruhestand zu versetzen."
    assert dismissal_rows(text) == []


def test_each_person_listed_after_a_dismissal_noun_is_dismissed() -> None:
    text = "Sie verkündete die Absetzung von Museumschef Jonas Weidner und dessen Stellvertreter Ole Brand."
    assert sorted(who for who, _, _ in dismissal_rows(text)) == ["Jonas Weidner", "Ole Brand"]
