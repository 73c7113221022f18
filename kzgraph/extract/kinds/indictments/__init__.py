"""Fact type ``indictments``: someone is formally charged (``kz:Indictment``).

The whole type is this package: the fact class (fact.py), the extractor (extract.py), its graph
writer and its registration below, its vocabulary in the events lexicon (section ``indictment``),
its saved query ``queries/indictments.rq``, its shapes ``shapes/indictments.ttl``. Nothing else
names it (docs/adding-a-fact-type.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.kinds.indictments.extract import extract_indictments
from kzgraph.extract.kinds.indictments.fact import Indictment
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder

__all__ = ["INDICTMENTS", "Indictment"]


def _extract(ctx: ArticleContext, _found: Found) -> list[Indictment]:
    return extract_indictments(ctx)


def write_indictment(builder: ArticleGraphBuilder, fact: Indictment) -> None:
    indicted = builder.agent(fact.indicted)
    node = builder.event("indictment", KZ.Indictment, fact, indicted, fact.charge)
    builder.graph.add((node, KZ.indicted, indicted))
    if fact.charge:
        builder.graph.add((node, KZ.indictedFor, Literal(fact.charge)))
    builder.agent_and_post(node, fact.agent, None)
    builder.date(node, fact.date)


INDICTMENTS = register(
    FactType(
        name="indictments",
        fact_class=Indictment,
        extract=_extract,
        write=write_indictment,
        order=80,
        query="indictments",
        lexicon="events:indictment",
    )
)
