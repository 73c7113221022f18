"""Fact type ``statements``: what someone said, directly, indirectly or as reported (``kz:Statement``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.facts import Statement
from kzgraph.extract.kinds.statements.extract import extract_statements
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[Statement]:
    return list(extract_statements(ctx))


def write_statement(builder: ArticleGraphBuilder, fact: Statement) -> None:
    speaker = builder.agent(fact.speaker)
    node = builder.event("statement", KZ.Statement, fact, speaker, fact.quote)
    builder.graph.add((node, KZ.speaker, speaker))
    builder.graph.add((node, KZ.quote, Literal(fact.quote)))
    builder.graph.add((node, KZ.mode, Literal(fact.mode)))
    builder.date(node, fact.date)


STATEMENTS = register(
    FactType(
        name="statements",
        fact_class=Statement,
        extract=_extract,
        write=write_statement,
        order=70,
        query="statements",
        lexicon="statements_cues",
    )
)
