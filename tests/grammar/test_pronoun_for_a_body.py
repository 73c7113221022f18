"""A singular "sie" for a feminine body opening the sentence before ("Die Behörde tagte. Sie hat
X zum Leiter ernannt"), also as the subject of a perfect ("Sie hat … ernannt": the pronoun stands
before the auxiliary, the appointment verb at the clause's end) (grammar/agents, grammar/clauses)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _agents(text: str) -> list[str | None]:
    return [a.agent.label if a.agent else None for a in facts(text).appointments]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Die Regierung tagte am Montag. Sie ernannte Anna Berg zur Ministerin.", "Die Regierung"),
        ("Die Behörde tagte am Montag. Sie hat Karl Berger zum Leiter ernannt.", "Die Behörde"),
        (
            "Die Staatsanwaltschaft prüfte die Akten. Sie hat danach eine Gutachterin zur Beraterin ernannt.",
            "Die Staatsanwaltschaft",
        ),
        # the participle in a clause of its own has its own subject
        (
            "Die Behörde tagte. Sie hat erklärt, dass der Stadtrat Karl Berger zum Leiter ernannt hat.",
            "der Stadtrat",
        ),
        # a person of the pronoun's gender still comes first
        (
            "Die Ministerin Anna Berg tagte am Montag. Sie hat Karl Berger zum Staatssekretär ernannt.",
            "Anna Berg",
        ),
    ],
)
def test_singular_sie_for_a_feminine_body(text: str, agent: str) -> None:
    assert _agents(text) == [agent]


@pytest.mark.parametrize(
    "text",
    [
        # a plural group is no singular "sie" (the tagger reads its article as feminine singular)
        "Die Einwohner der Stadt protestierten. Sie ernannte Karl Berger zum Sprecher.",
        # a thing, no body
        "Die Sitzung dauerte lange. Sie hat Karl Berger zum Staatssekretär ernannt.",
        # the participle in another clause than the auxiliary
        "Die Behörde tagte am Montag. Sie hat gesagt, dass Karl Berger zum Leiter ernannt wurde.",
    ],
)
def test_look_alikes_give_no_body_as_agent(text: str) -> None:
    assert _agents(text) == [None]
