"""Whom a departure noun is about when the holder stands before it: a Saxon genitive ("Karl
Roths Entlassung", "Hans Klaus' Rücktritt") or a possessive whose possessor holds a post and is
named earlier in the sentence ("Trainer X wehrt sich gegen seine Entlassung"). Shared by the
dismissals and the resignations."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.posts.hierarchy import office_of

_APOSTROPHES = frozenset({"'", "’"})


def _phrase_start(ctx: ArticleContext, sent: Span, i: int) -> int:
    """The first word before the noun at ``i`` that is no attributive adjective."""
    k = i - 1
    while k > sent.start and ctx.doc[k].tag_ == "ADJA":
        k -= 1
    return k


def saxon_genitive_holder(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "Karl Roths (überraschende) Entlassung", "Hans Klaus' Rücktritt": the name that ends right
    before the noun at ``i`` (past adjectives) in an -s or an apostrophe."""
    doc = ctx.doc
    k = _phrase_start(ctx, sent, i)
    if k < sent.start:
        return None
    if doc[k].text in _APOSTROPHES:
        k -= 1
    elif not doc[k].text.endswith("s"):
        return None
    m = next((m for m in ctx.mentions_in(doc[sent.start : k + 1]) if m.end == k + 1), None)
    if m is None or m.kind != "name":
        return None
    return ctx.person_agent(m.person)


def titled_possessor(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "Trainer X klagt gegen seine Entlassung": the named person a possessive before the noun at
    ``i`` stands for, when that person is named earlier in the sentence and holds a post in the
    article (a possessive alone is often a release from prison told before, and is not read)."""
    doc = ctx.doc
    k = _phrase_start(ctx, sent, i)
    if k < sent.start or closed_class().possessor_gender(doc[k].lower_) is None:
        return None
    who = ctx.resolve_possessive(doc[k])
    if who is None or who.kind != AgentKind.PERSON or not who.is_named:
        return None
    before = ctx.mentions_in(doc[sent.start : k])
    if not any(m.kind == "name" and ctx.person_agent(m.person) == who for m in before):
        return None
    return who if office_of(ctx, who) is not None else None
