"""Who a dismissal read at one verb holds for: each person of a list ("entließ A und B"), a gapped
conjunct ("A musste beim X gehen, B beim Y"), the members a counted subject's "mit"-list or a
counted object's list names ("als mit A, B und C drei Trainer entlassen wurden", "entließ zwei
Minister: A und B")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Dismissal
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.coordination import gapped_names, listed_agents
from kzgraph.extract.grammar.triggers import Trigger, ruled_out
from kzgraph.extract.kinds.dismissals.lost import released
from kzgraph.extract.kinds.dismissals.members import (
    counted_marked_members,
    counted_members,
    headline_members,
    marked_members,
    one_of_those,
)
from kzgraph.extract.kinds.offices.extract import title_of


def dismissals_of(
    ctx: ArticleContext,
    sent: Span,
    trig: Trigger,
    one: Callable[[ArticleContext, Span, Trigger], Dismissal | None],
) -> list[Dismissal]:
    """The dismissals the verb at ``trig`` tells (``one`` reads the single fact at it)."""
    if trig.passive or trig.spec.get("subject_dismissed"):
        members, title = headline_members(ctx, sent, trig.i)
        if members:  # "A, B und C: Alle drei Coaches mussten gehen"
            return member_dismissals(ctx, sent, trig, members, title)
    single = one_of_those(ctx, sent, trig.i) if trig.passive else None
    if single is not None:  # "X ist einer von vier Coaches, die abgesetzt wurden"
        return member_dismissals(ctx, sent, trig, [single], None)
    members, title = counted_members(ctx, sent, trig.i) if trig.passive else ([], None)
    if members:  # "als mit A, B und C drei Trainer entlassen wurden"
        return member_dismissals(ctx, sent, trig, members, title)
    if not trig.passive:
        members, title = counted_marked_members(ctx, sent, trig.i)
        if members:  # "entließ zwei Minister: A und B"
            return member_dismissals(ctx, sent, trig, members, title, subject_of(ctx, sent, trig.i))
    fact = one(ctx, sent, trig)
    if fact is None:
        return []
    listed = marked_members(ctx, sent, trig.i) if not fact.dismissed.is_named else []
    if listed:  # "entließ die Leiter zweier Behörden – A von der einen und B von der anderen"
        return [replace(fact, dismissed=m, office=title_of(ctx, sent, m) or fact.office) for m in listed]
    return each_listed(ctx, sent, fact) + gapped(ctx, sent, trig, fact)


def each_listed(ctx: ArticleContext, sent: Span, fact: Dismissal) -> list[Dismissal]:
    """ "entließ Sportdirektor A und Vorstandschef B": one dismissal per listed person, each with
    the title before their own name."""
    listed = [a for a in listed_agents(ctx, sent, fact.dismissed) if a != fact.agent]
    if len(listed) <= 1:
        return [fact]
    out = []
    for person in listed:
        out.append(replace(fact, dismissed=person, office=title_of(ctx, sent, person)))
    return out


def member_dismissals(
    ctx: ArticleContext,
    sent: Span,
    trig: Trigger,
    members: list[Agent],
    title: str | None,
    agent: Agent | None = None,
) -> list[Dismissal]:
    """One dismissal per person a counted subject's "mit"-list or a counted object's list names."""
    if released(sent) or ruled_out(trig, sent):
        return []
    date = ctx.date_for(sent, ctx.doc[trig.i].idx)
    evidence = ctx.evidence(sent, "dismissal.counted_members", 0.8)
    return [Dismissal(evidence, m, agent, title_of(ctx, sent, m) or title, date) for m in members]


def gapped(ctx: ArticleContext, sent: Span, trig: Trigger, fact: Dismissal) -> list[Dismissal]:
    """ "A musste beim Konzern X gehen, B beim Versorger Y": a gapped conjunct after the verb of
    one who had to go shares the verb (each with the title the article gives them)."""
    if not trig.spec.get("subject_dismissed"):
        return []
    out = []
    for named, _start in gapped_names(ctx, sent, trig.i):
        person = ctx.person_agent(named.person)
        if person != fact.dismissed:
            out.append(replace(fact, dismissed=person, office=title_of(ctx, sent, person)))
    return out
