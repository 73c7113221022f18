"""A certificate handed over: "Der Präsident überreichte X die Ernennungsurkunde", "X erhielt die
Ernennungsurkunde (durch Y)". The one who receives it is the holder the certificate is about, the
one who hands it over its agent. A person between the giving verb and the noun is a receiver, the
subject of a receiving verb is one. The kinds name the certificate nouns and the verbs."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import object_after

_BY = closed_class().words("agent_prepositions")  # "durch Präsident Y", "von Y"
_OBLIQUE_DEFINITE = closed_class().words("oblique_definite_articles_with_der")  # "dem bisherigen X"


class Handed(NamedTuple):
    receivers: list[tuple[Agent, int]]  # each receiver and where its mention starts
    agent: Agent | None
    noun: int


def handed_certificate(
    ctx: ArticleContext,
    sent: Span,
    nouns: Collection[str],
    giving: Collection[str],
    receiving: Collection[str],
) -> Handed | None:
    """Who received a certificate of ``nouns`` in ``sent``, and who handed it over."""
    if not ctx.sentence_words(sent) & {n.lower() for n in nouns}:
        return None
    noun = next((i for i, word in enumerate(ctx.sentence_texts(sent), sent.start) if word in nouns), None)
    if noun is None:
        return None
    doc = ctx.doc
    gives = next((t.i for t in doc[sent.start : noun] if t.lower_ in giving), None)
    receives = next((t.i for t in sent if t.lower_ in receiving), None)
    if gives is not None:
        agent = subject_of(ctx, sent, gives)
        found = [
            (ctx.person_agent(m.person), m.start)
            for m in ctx.mentions_in(doc[gives + 1 : noun])
            if m.kind != "description" or doc[m.start].lower_ in _OBLIQUE_DEFINITE
        ]
        receivers = [(who, k) for who, k in found if who != agent and who.kind == AgentKind.PERSON]
        return Handed(receivers, agent, noun)
    if receives is None:
        return None
    who = subject_of(ctx, sent, receives)
    if who is None or who.kind != AgentKind.PERSON:
        return None
    mention = next((m for m in ctx.mentions_in(sent) if ctx.person_agent(m.person) == who), None)
    return Handed(
        [(who, mention.start if mention is not None else receives)], _giver_after(ctx, sent, noun), noun
    )


def _giver_after(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """ "(erhielt die Urkunde) durch/von Präsident Y": who handed it over."""
    doc = ctx.doc
    by = noun + 1 if noun + 1 < sent.end and doc[noun + 1].lower_ in _BY else None
    if by is None:
        return None
    named = ctx.mention_at(by + 1)
    if named is not None and named.kind == "name":
        return ctx.person_agent(named.person)
    got = object_after(ctx, by + 1, sent.end)
    return got[0] if got is not None else None
