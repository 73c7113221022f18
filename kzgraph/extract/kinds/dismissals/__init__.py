"""Fact type ``dismissals``: someone removes a person from a post (``kz:Dismissal``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.facts import Dismissal
from kzgraph.extract.kinds.dismissals.extract import extract_dismissals
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[Dismissal]:
    return extract_dismissals(ctx)


def write_dismissal(builder: ArticleGraphBuilder, fact: Dismissal) -> None:
    dismissed = builder.agent(fact.dismissed)
    node = builder.event("dismissal", KZ.Dismissal, fact, dismissed, fact.office)
    builder.graph.add((node, KZ.dismissed, dismissed))
    builder.agent_and_post(node, fact.agent, fact.office)
    builder.date(node, fact.date)


DISMISSALS = register(
    FactType(
        name="dismissals",
        fact_class=Dismissal,
        extract=_extract,
        write=write_dismissal,
        order=20,
        query="dismissals",
        lexicon="events:dismissal",
    )
)
