"""Fact type ``resignations``: someone gives up a post of their own accord (``kz:Resignation``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.facts import Resignation
from kzgraph.extract.kinds.resignations.extract import extract_resignations
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[Resignation]:
    return extract_resignations(ctx)


def write_resignation(builder: ArticleGraphBuilder, fact: Resignation) -> None:
    resigned = builder.agent(fact.resigned)
    node = builder.event("resignation", KZ.Resignation, fact, resigned, fact.office)
    builder.graph.add((node, KZ.resigned, resigned))
    builder.agent_and_post(node, None, fact.office)
    builder.date(node, fact.date)


RESIGNATIONS = register(
    FactType(
        name="resignations",
        fact_class=Resignation,
        extract=_extract,
        write=write_resignation,
        order=30,
        query="resignations",
        lexicon="events:resignation",
    )
)
