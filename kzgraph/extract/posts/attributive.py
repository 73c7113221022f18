"""A holder told by a participle right before the (titled) name: "die abgesetzte Intendantin X",
"der zurückgetretene Minister X". What happened is told as known, before the report; the kinds
that read such participles (dismissals, resignations) share how the phrase and the holder are
found."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import BEFORE_THE_REPORT, Agent, FactDate
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.dates import find_date
from kzgraph.extract.grammar.objects import name_after_titles, titled
from kzgraph.extract.kinds.offices.extract import office_label
from kzgraph.extract.posts.hierarchy import office_of

_BY = closed_class().words("agent_prepositions")


class HolderAfterParticiple(NamedTuple):
    holder: Agent
    office: str | None
    date: FactDate


def participle_phrase(ctx: ArticleContext, sent: Span, i: int, reach: int) -> Span:
    """The determiner phrase ending right before the participle at ``i``, at most ``reach``
    words back ("den beim Klub freigestellten"); from the sentence start when none is found."""
    doc = ctx.doc
    det = i - 1
    while det > sent.start and doc[det].lower_ not in ctx.lx.determiners and i - det < reach:
        det -= 1
    return doc[det:i]


def holder_after_participle(
    ctx: ArticleContext, sent: Span, i: int, phrase: Span
) -> HolderAfterParticiple | None:
    """The named person right after the participle at ``i`` (past titles), the title as the
    post (else the office the article gives the person), dated by the phrase or else before
    the report."""
    m = name_after_titles(ctx, i + 1, sent.end)
    if m is None:
        return None
    who = ctx.person_agent(m.person)
    office = office_label(ctx, i + 1, with_genitive=False)[0] if titled(ctx, i + 1) else office_of(ctx, who)
    date = find_date(phrase.text, ctx.article.date, None, past=True) or BEFORE_THE_REPORT
    return HolderAfterParticiple(who, office, date)


def by_phrase(ctx: ArticleContext, phrase: Span, i: int) -> tuple[int | None, Agent | None]:
    """The by-phrase inside the participle's phrase ("die vom Rat gewählte X", "des vom Militär
    entmachteten X"): where its preposition stands and whom it names, as agent of the participle
    at ``i``; (None, None) when the phrase has none."""
    by = next((t.i for t in phrase if t.lower_ in _BY), None)
    agent = ctx.agent_for(ctx.doc[by + 1 : i]) if by is not None and by + 1 < i else None
    return by, agent
