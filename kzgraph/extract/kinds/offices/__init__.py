"""Fact type ``offices``: a person holds (or held) a post (``kz:OfficeHolding``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import RDF

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.facts import OfficeHolding
from kzgraph.extract.kinds.offices.extract import extract_offices
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[OfficeHolding]:
    return extract_offices(ctx)


def write_office(builder: ArticleGraphBuilder, holding: OfficeHolding) -> None:
    holder, post = builder.agent(holding.holder), builder.post(holding.office)
    # One node per mention of the office (sentence and tense in the key): "Präsident X" and,
    # later, "der frühere Präsident X" are two holdings, each with its own evidence.
    node = builder.fact_node("office", holding, holder, post, holding.former, holding.evidence.start)
    g = builder.graph
    g.add((node, RDF.type, KZ.OfficeHolding))
    g.add((node, KZ.holder, holder))
    g.add((node, KZ.post, post))
    g.add((node, KZ.former, Literal(holding.former)))
    g.add((holder, KZ.holdsPost, post))
    builder.evidence(node, holding.evidence)


OFFICES = register(
    FactType(
        name="offices",
        fact_class=OfficeHolding,
        extract=_extract,
        write=write_office,
        order=10,
        query="offices",
        lexicon="offices",
        event=False,
    )
)
