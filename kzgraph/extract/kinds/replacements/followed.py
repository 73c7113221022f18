"""The one followed in the Vorfeld of "folgen": "Dem bisherigen Minister folgt B", "Dem scheidenden
Vorsitzenden A folgt B". A dative phrase naming a person (a name, a title or a role) opens the
clause right before the finite verb; the subject, named after the verb, succeeds that person.
"Dem Winter folgt der Frühling" names no person and tells no succession."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class

_DATIVE = closed_class().words("dative_articles")
_NOMINATIVE = closed_class().words("nominative_articles")


def dative_vorfeld(ctx: ArticleContext, cl: Span, verb: int) -> Agent | None:
    """The person of a dative phrase filling the Vorfeld of the finite verb at ``verb``."""
    doc = ctx.doc
    k = cl.start
    if verb <= k + 1 or doc[k].lower_ not in _DATIVE or doc[k].lower_ in _NOMINATIVE:
        return None  # "der" is as often a nominative: "Der Minister folgt auf A"
    stretch = doc[k + 1 : verb]
    if any(t.tag_ not in ("ADJA", "NN", "NE") for t in stretch):
        return None
    names = [m for m in ctx.mentions_in(stretch) if m.kind == "name"]
    if names:
        return ctx.person_agent(names[-1].person)
    head = doc[verb - 1]
    if head.tag_ != "NN" or not (ctx.lx.is_title(head.text) or ctx.lx.is_role(head.text)):
        return None
    mention = ctx.mention_at(head.i)
    if mention is not None:
        return ctx.person_agent(mention.person)  # the description stands for a person told of
    return Agent(AgentKind.PERSON, label=head.text)  # the dative's ending would mislead a label


def named_after_verb(ctx: ArticleContext, cl: Span, verb: int) -> Agent | None:
    """The name right after the finite verb, past articles, adjectives and titles."""
    doc = ctx.doc
    k = _past_adjunct(ctx, verb + 1, cl.end)  # "folgt im Herbst B", "folgt nun B"
    while k < cl.end and (doc[k].tag_ in ("ART", "ADJA") or ctx.lx.is_title(doc[k].text)):
        k += 1
    m = ctx.mention_at(k) if k < cl.end else None
    return ctx.person_agent(m.person) if m is not None and m.kind == "name" else None


def _past_adjunct(ctx: ArticleContext, k: int, end: int) -> int:
    """Past adverbs and one short prepositional phrase at ``k`` ("im Herbst", "am 1. Mai")."""
    doc = ctx.doc
    while k < end and doc[k].tag_ == "ADV":
        k += 1
    if k < end and doc[k].tag_ in ("APPR", "APPRART"):
        j = k + 1
        while j < end and doc[j].tag_ in ("ART", "ADJA", "CARD"):
            j += 1
        if j < end and doc[j].tag_ == "NN" and ctx.mention_at(j) is None:
            k = j + 1
    return k
