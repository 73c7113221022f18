"""Fact type ``replacements``: a successor replaces a predecessor (``kz:Replacement``). Needs
the departures and appointments first (successions are also inferred from them); its step names
each post in the successor's gender."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal

from kzgraph.extract.core.registry import FactType, Found, Step, register
from kzgraph.extract.facts import Replacement
from kzgraph.extract.kinds.offices.extract import in_holder_gender
from kzgraph.extract.kinds.replacements.extract import extract_replacements
from kzgraph.extract.posts.departures import in_order
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, found: Found) -> list[Replacement]:
    told = in_order(found["dismissals"], found["resignations"])
    return extract_replacements(ctx, told, found["appointments"])


def _in_gender(ctx: ArticleContext, replacements: list[Replacement], _found: Found) -> list[Replacement]:
    return in_holder_gender(ctx, replacements, lambda r: r.successor)


def write_replacement(builder: ArticleGraphBuilder, fact: Replacement) -> None:
    successor, predecessor = builder.agent(fact.successor), builder.agent(fact.predecessor)
    node = builder.event("replacement", KZ.Replacement, fact, successor, predecessor, fact.office)
    builder.graph.add((node, KZ.successor, successor))
    builder.graph.add((node, KZ.predecessor, predecessor))
    if fact.announced:
        # not yet done: the event says so; the shortcut kz:replaces between the persons could not
        builder.graph.add((node, KZ.announced, Literal(True)))
    else:
        builder.graph.add((successor, KZ.replaces, predecessor))
    builder.agent_and_post(node, fact.agent, fact.office)
    builder.date(node, fact.date)


REPLACEMENTS = register(
    FactType(
        name="replacements",
        fact_class=Replacement,
        extract=_extract,
        write=write_replacement,
        order=50,
        needs=("dismissals", "resignations", "appointments"),
        steps=(Step("post in the successor's gender", _in_gender),),
        query="who-replaced-whom",
        lexicon="events:succession",
    )
)
