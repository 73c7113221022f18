"""A second reporting verb joined by "und" shares the subject and has its own content; a
demonstrative pronoun opening the clause ("Diese bestätigte, …") is a speaker resolved like
"er"/"sie" to the person named last; "Beide"/"Die beiden" are the two persons named just
before. Look-alike: a second clause with a subject of its own."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


def test_second_reporting_verb_shares_the_subject() -> None:
    rows = _rows(
        "Die Richterin Marta Lenz bestätigte, dass ein Urteil vorliegt, und gab an, den Fall zu prüfen."
    )
    assert rows == [("Marta Lenz", "ein Urteil vorliegt"), ("Marta Lenz", "den Fall zu prüfen")]


def test_second_clause_with_its_own_subject_is_not_split() -> None:
    rows = _rows("Der Minister Jan Bode sagte, die Lage sei ruhig, und die Polizei bestätigte das.")
    assert [label for label, _ in rows] == ["Jan Bode"]


def test_demonstrative_speaker_is_the_person_named_last() -> None:
    rows = _rows("Die Familie rief die Anwältin Eva Roth an. Diese bestätigte, dass eine Anzeige vorliegt.")
    assert rows == [("Eva Roth", "eine Anzeige vorliegt")]
    rows = _rows("Der Bruder kannte den Wirt Karl Vogt. Dieser sagte, er sei unschuldig.")
    assert rows == [("Karl Vogt", "er sei unschuldig")]


@pytest.mark.parametrize("subject", ["Beide lobten die Fans.", "Die beiden sagten, das Team sei stark."])
def test_both_are_the_two_persons_named_before(subject: str) -> None:
    text = f"Nach dem Spiel gaben Jan Ohm und die Kapitänin Eva Roth ein Interview. {subject}"
    assert [s.speaker.label for s in facts(text).statements] == ["Jan Ohm und Eva Roth"]


def test_both_without_two_named_persons_is_nobody() -> None:
    text = "Nach dem Spiel gab Jan Ohm mit der Kapitänin ein Interview. Beide sagten, das Team sei stark."
    assert facts(text).statements == []
