"""The agent of a passive ("X wurde von Y ..."), read by one grammar function for every fact type
(kzgraph.extract.grammar.objects.passive_agent): a fix there holds for dismissals, appointments
and indictments alike."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.objects import passive_agent
from tests.extract_helpers import context, facts


def _agents(text: str) -> list[tuple[str, str | None]]:
    found = facts(text)
    return [
        (type(f).__name__, f.agent.label if f.agent else None)
        for f in [*found.dismissals, *found.appointments, *found.indictments]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Innenminister Peter Hollmann wurde von Präsident Karl Roth entlassen.", ("Dismissal", "Karl Roth")),
        (
            "Peter Hollmann wurde von Präsident Karl Roth zum Innenminister ernannt.",
            ("Appointment", "Karl Roth"),
        ),
        (
            "Peter Hollmann wurde von der Staatsanwaltschaft Bonn angeklagt.",
            ("Indictment", "der Staatsanwaltschaft Bonn"),
        ),
    ],
)
def test_von_phrase_is_the_agent_of_every_type(text: str, expected: tuple[str, str]) -> None:
    assert _agents(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place belongs to the title in the apposition; the agent follows the auxiliary
        (
            "Der Bürgermeister von Neustadt, Peter Hollmann, wurde vom Stadtrat entlassen.",
            ("Dismissal", "Stadtrat"),
        ),
        (
            "Der Stadtkämmerer von Neustadt, Peter Hollmann, wurde vom Stadtrat zum Oberbürgermeister "
            "gewählt.",
            ("Appointment", "Stadtrat"),
        ),
        # a place is no agent of a passive, for appointments as for dismissals
        (
            "Peter Hollmann aus Neustadt wurde von Neustadt zum Oberbürgermeister gewählt.",
            ("Appointment", None),
        ),
    ],
)
def test_a_place_is_no_agent(text: str, expected: tuple[str, str | None]) -> None:
    assert _agents(text) == [expected]


def test_passive_agent_skips_what_the_caller_rules_out() -> None:
    ctx = context("Peter Hollmann wurde von Karl Roth durch den Stadtrat abgesetzt.")
    sent = ctx.sentences[0]
    verb = next(t.i for t in sent if t.text == "abgesetzt")
    assert passive_agent(ctx, sent.start, verb).label == "Karl Roth"
    ruled_out = passive_agent(ctx, sent.start, verb, not_agent=lambda k: ctx.doc[k].text == "Karl")
    assert ruled_out is not None and ruled_out.label.endswith("Stadtrat")
