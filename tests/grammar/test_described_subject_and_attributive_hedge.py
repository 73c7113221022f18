"""Round 22 grammar mechanisms on their own: a description opening a clause before the name it
describes (set_off.description_opens), a party in brackets after a name (set_off.past_figure), and
an attributive participle phrase holding a hedge noun (scope.hedged)."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.scope import hedged
from kzgraph.extract.grammar.set_off import description_opens, past_set_off
from tests.extract_helpers import context


def _name_start(ctx, first: str) -> int:
    return next(t.i for t in ctx.doc if t.text == first)


@pytest.mark.parametrize(
    "text,opens",
    [
        ("Die bisherige Leiterin des Bauamtes, Helka Dornquist, kommt.", True),
        ("Der frühere Sprecher der Partei für Verkehr, Jolin Marek, kommt.", True),
        ("Die lange als Favoritin gehandelte, bisherige Dezernentin Helka Dornquist kommt.", True),
        ("Der Vorschlag der Ministerin, Jolin Marek, kommt.", False),
        ("Der Sohn der Ministerin Jolin Marek kommt.", False),
        ("Die Stadt, in der Helka Dornquist wohnt, wächst.", False),
    ],
)
def test_description_opens_before_the_name(text: str, opens: bool) -> None:
    ctx = context(text)
    first = "Helka" if "Helka" in text else "Jolin"
    assert description_opens(ctx.doc, 0, _name_start(ctx, first), ctx.lx.is_role) is opens


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Helka Dornquist (Grüne) wird kommen.", "wird"),
        ("Helka Dornquist (SPD), Juristin aus Velmsdorf, wird kommen.", "wird"),
        ("Helka Dornquist (52) wird kommen.", "wird"),
    ],
)
def test_a_short_bracket_is_set_off(text: str, verb: str) -> None:
    ctx = context(text)
    name_end = _name_start(ctx, "Helka") + 2
    assert ctx.doc[past_set_off(ctx.doc, name_end, len(ctx.doc))].text == verb


def test_a_bracket_with_a_verb_is_no_set_off() -> None:
    ctx = context("Helka Dornquist (sie kam gestern) wird kommen.")
    assert past_set_off(ctx.doc, 2, len(ctx.doc)) == 2


@pytest.mark.parametrize(
    "text,is_hedged",
    [
        ("Die lange als Favoritin gehandelte Dezernentin Helka Dornquist wird Chefin.", False),
        ("Helka Dornquist gilt als Favoritin.", True),
        ("Helka Dornquist wird voraussichtlich Chefin.", True),
        ("Die als Favoritin gehandelte Dezernentin Helka Dornquist soll Chefin werden.", True),
    ],
)
def test_attributive_hedge_phrase(text: str, is_hedged: bool) -> None:
    ctx = context(text)
    sent = next(iter(ctx.doc.sents))
    assert hedged(ctx, sent) is is_hedged
