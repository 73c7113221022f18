"""Reaching the dismissed one past what stands before it: a possessor in -s ("Xs Stellvertreter"),
and the opening apposition of a titled subject ("Der Bürgermeister der Stadt X, Y, wurde
abgesetzt"). A subject in the middle field after a long Vorfeld is read by the grammar
(``verb_objects.middle_field_subject``)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.objects import apposition_name


def possessed_title(ctx: ArticleContext, sent: Span, i: int, who: Agent) -> Agent | None:
    """ "Xs Stellvertreter wurde entlassen", "Xs enge Berater wurden ausgetauscht": a
    name in -s before (adjectives and) a noun owns the dismissed one, who is the noun's phrase."""
    doc = ctx.doc
    for m in ctx.mentions_in(doc[sent.start : i]):
        if m.kind != "name" or ctx.person_agent(m.person) != who or not doc[m.end - 1].text.endswith("s"):
            continue
        k = m.end
        while k < i and doc[k].tag_ == "ADJA":
            k += 1
        if k < i and doc[k].tag_ == "NN":
            return Agent(AgentKind.PERSON, label=doc[m.start : k + 1].text)
    return None


def opening_apposition(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent, int, int] | None:
    """ "Der Bürgermeister der an der Küste gelegenen Stadt X, Y, dessen …, wurde abgesetzt": the
    name set off by the first comma of a sentence that opens with a titled subject (the title's
    phrase however long, no verb before the comma)."""
    doc = ctx.doc
    head = doc[sent.start : min(sent.start + 3, i)]
    if (
        not len(head)
        or head[0].lower_ not in ctx.lx.determiners
        or not any(ctx.lx.is_title(t.text) for t in head)
    ):
        return None
    comma = next((t.i for t in doc[sent.start : i] if t.text == ","), None)
    if comma is None or any(t.tag_.endswith("FIN") for t in doc[sent.start : comma]):
        return None
    return apposition_name(ctx, comma, i)
