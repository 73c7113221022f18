"""Fact type ``persons``: one mention per named person and article (``kz:Mention``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib.namespace import RDF

from kzgraph.extract.core.registry import FactType, Found, register
from kzgraph.extract.facts import PersonMention
from kzgraph.extract.kinds.persons.extract import extract_persons
from kzgraph.graph import iris
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[PersonMention]:
    return extract_persons(ctx)


def write_mention(builder: ArticleGraphBuilder, mention: PersonMention) -> None:
    person = builder.agent(mention.person)
    node = iris.fact_iri(builder.article.id, "mention", person)
    if (node, RDF.type, KZ.Mention) in builder.graph:
        return  # two names of the article that the corpus knows as one person: one mention
    builder.graph.add((node, RDF.type, KZ.Mention))
    builder.graph.add((node, KZ.mentions, person))
    builder.evidence(node, mention.evidence)


PERSONS = register(
    FactType(
        name="persons",
        fact_class=PersonMention,
        extract=_extract,
        write=write_mention,
        order=0,
        query="persons",
        lexicon="names",
        event=False,
    )
)
