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


def counted_group_before(ctx: ArticleContext, cl: Span, verb: int) -> Agent | None:
    """The first "(die) (insgesamt) 40 (entlassenen) Polizisten" of the clause before the verb: a
    number, then a plural noun of people (a group head of the lexicon)."""
    doc = ctx.doc
    for t in doc[cl.start : verb]:
        if t.tag_ != "CARD" or (t.i > cl.start and doc[t.i - 1].tag_ == "APPR"):
            continue  # "mit 40 Beamten": a count after a preposition is no subject
        head = t.i + 1
        while head < verb and doc[head].tag_ == "ADJA":
            head += 1
        if head >= verb or doc[head].tag_ != "NN":
            continue
        start = t.i
        while start > cl.start and doc[start - 1].tag_ in _BEFORE_NUMBER:
            start -= 1
        agent = classify_span(ctx, doc[start : head + 1])
        if agent is not None and agent.kind == AgentKind.GROUP:
            return agent
    return None
