"""Lists of named persons: "Dieter S. und Alexander J.", "A, B und C". An event told of one
member of such a list is told of each (arrested together, elected together)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.objects import persons_of

COORDINATORS = frozenset({"und", "sowie"})


def coordinated_names(ctx: ArticleContext, sent: Span, person: int) -> list[int]:
    """The persons of a list the named ``person`` is part of: "Dieter S. und Alexander J.",
    "A, B und C" (in order), else just ``person``.

    Commas alone make no list ("Der Anwalt von A, B, wurde ..." is an apposition): the last member
    follows "und"/"sowie". A list after a preposition ("gegen A und B") is not the arrested.
    """
    doc = ctx.doc
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name"]
    for m in (x for x in names if x.person == person):
        chain, seps = [m], []
        while chain[0].start - 1 > sent.start and doc[chain[0].start - 1].lower_ in (COORDINATORS | {","}):
            k = chain[0].start - 1
            prev = next((x for x in names if x.end == k), None)
            if prev is None:
                break
            chain.insert(0, prev)
            seps.insert(0, doc[k].lower_)
        while chain[-1].end + 1 < sent.end and doc[chain[-1].end].lower_ in (COORDINATORS | {","}):
            k = chain[-1].end
            nxt = ctx.mention_at(k + 1)
            if nxt is None or nxt.kind != "name" or nxt.start != k + 1:
                break
            chain.append(nxt)
            seps.append(doc[k].lower_)
        while seps and seps[-1] == ",":  # a trailing ", B" is an apposition, no list member
            seps.pop()
            chain.pop()
        if len(chain) < 2 or m not in chain:
            continue
        if chain[0].start > sent.start and doc[chain[0].start - 1].lower_ in ctx.lx.prepositions:
            continue
        out: list[int] = []
        for x in chain:
            if x.person not in out:
                out.append(x.person)
        return out
    return [person]


def listed_agents(ctx: ArticleContext, sent: Span, agent: Agent) -> list[Agent]:
    """``agent`` and the persons listed with it in ``sent``, in order; just ``agent`` when it is in
    no list."""
    for p in sorted(persons_of(ctx, agent)):
        names = coordinated_names(ctx, sent, p)
        if len(names) > 1:
            return [ctx.person_agent(n) for n in names]
    return [agent]
