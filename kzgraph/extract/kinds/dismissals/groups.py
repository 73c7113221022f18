"""A counted group dismissed from a service: "Im Mai wurden die 40 Polizisten durch den Minister
aus dem Dienst entlassen". Without the service a count means layoffs ("500 Mitarbeiter
entlassen"), which the dismissals leave out (``not_objects`` and the count veto)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import classify_span

# what may stand between the article and the number: "die insgesamt 40", "die rund 40"
_BEFORE_NUMBER = frozenset({"ART", "ADV", "PIAT", "ADJD"})


def counted_group_in(ctx: ArticleContext, cl: Span, start: int, end: int) -> tuple[Agent, int, int] | None:
    """The first "(die) (insgesamt) 40 (entlassenen) Polizisten" in [start, end) of the clause
    ``cl``: a number, then a plural noun of people (a group head of the lexicon); with where the
    phrase starts and ends."""
    doc = ctx.doc
    for t in doc[start:end]:
        if t.tag_ != "CARD" or (t.i > cl.start and doc[t.i - 1].tag_ == "APPR"):
            continue  # "mit 40 Beamten": a count after a preposition is no participant
        head = t.i + 1
        while head < end and doc[head].tag_ == "ADJA":
            head += 1
        if head >= end or doc[head].tag_ != "NN":
            continue
        first = t.i
        while first > cl.start and doc[first - 1].tag_ in _BEFORE_NUMBER:
            first -= 1
        agent = classify_span(ctx, doc[first : head + 1])
        if agent is not None and agent.kind == AgentKind.GROUP:
            return agent, first, head + 1
    return None
