"""Fact type ``arrests``: a person or a counted group arrested (``kz:Arrest``), its figure kept
as a claim of its own (``kz:ReportedFigure``). Its step takes the reporter of an arrest from the
article's statements ("X wurde festgenommen, teilte das Ministerium mit")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kzgraph.extract.core.registry import FactType, Found, Step, register
from kzgraph.extract.facts import BEFORE_THE_REPORT, Arrest
from kzgraph.extract.kinds.arrests.extract import extract_arrests
from kzgraph.extract.kinds.arrests.sources import sourced_by_statements
from kzgraph.graph import iris
from kzgraph.graph.iris import KZ

if TYPE_CHECKING:
    from rdflib import URIRef

    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.graph.build import ArticleGraphBuilder


def _extract(ctx: ArticleContext, _found: Found) -> list[Arrest]:
    return extract_arrests(ctx)


def _sourced(_ctx: ArticleContext, arrests: list[Arrest], found: Found) -> list[Arrest]:
    return sourced_by_statements(arrests, found["statements"])


def write_arrest(builder: ArticleGraphBuilder, fact: Arrest) -> None:
    g = builder.graph
    arrested = builder.agent(fact.arrested) if fact.arrested is not None else None
    count = fact.count.value if fact.count else None
    node = builder.event("arrest", KZ.Arrest, fact, arrested, count, fact.charge)
    if arrested is not None:
        g.add((node, KZ.arrested, arrested))
    if fact.charge:
        g.add((node, KZ.charge, Literal(fact.charge)))
    if fact.agent is not None:
        g.add((node, KZ.agent, builder.agent(fact.agent)))
    reporter = builder.agent(fact.reported_by) if fact.reported_by is not None else None
    if reporter is not None:
        g.add((node, KZ.reportedBy, reporter))
    builder.date(node, fact.date)
    if fact.count is not None:
        _write_count(builder, node, fact, reporter)


def _write_count(builder: ArticleGraphBuilder, node: URIRef, fact: Arrest, reporter: URIRef | None) -> None:
    g, count = builder.graph, fact.count
    assert count is not None
    g.add((node, KZ["count"], Literal(count.value, datatype=XSD.nonNegativeInteger)))
    g.add((node, KZ.countText, Literal(count.text)))
    if count.qualifier:
        g.add((node, KZ.countQualifier, Literal(count.qualifier)))
    # The count as a claim of its own: conflicting figures from other sources coexist.
    figure = iris.fact_iri(builder.article.id, "figure", node)
    g.add((node, KZ.figure, figure))
    g.add((figure, RDF.type, KZ.ReportedFigure))
    g.add((figure, KZ.value, Literal(count.value, datatype=XSD.nonNegativeInteger)))
    g.add((figure, KZ.countText, Literal(count.text)))
    if count.qualifier:
        g.add((figure, KZ.countQualifier, Literal(count.qualifier)))
    g.add((figure, KZ.sourceArticle, builder.article_node))
    if reporter is not None:
        g.add((figure, KZ.reportedBy, reporter))
    # a figure is a claim dated by the text or else by its report (the article date)
    told = fact.date if fact.date != BEFORE_THE_REPORT else None
    if told is not None and not (told.iso or told.year_month or told.year) and builder.article.date:
        # words the text names but no calendar holds ("am Freitag" in an article of 0001-01-01):
        # the article's date, and the words kept
        builder.date(figure, None)
        if told.text:
            g.add((figure, KZ.dateText, Literal(told.text)))
    else:
        builder.date(figure, told)
    builder.evidence(figure, fact.evidence)


ARRESTS = register(
    FactType(
        name="arrests",
        fact_class=Arrest,
        extract=_extract,
        write=write_arrest,
        order=60,
        steps=(Step("reporter from statements", _sourced, needs=("statements",)),),
        query="arrests",
        lexicon="events:arrest",
    )
)
