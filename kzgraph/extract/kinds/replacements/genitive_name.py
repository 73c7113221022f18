"""The predecessor named in the genitive after a succession noun: "die Nachfolge des am Montag
zurückgetretenen Chefs X", and in a named apposition to it ("das Erbe des früheren Abtes des
Stifts, X (71), angetreten")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import apposition_name

_GENITIVE_ARTICLES = closed_class().words("genitive_articles")
_COORDINATORS = closed_class().words("coordinators")


def name_in_genitive(ctx: ArticleContext, sent: Span, k: int) -> Mention | None:
    """The first name in the genitive phrase opened at ``k`` ("des am Montag zurückgetretenen
    Airbus-Chefs Christian Streiff"), before a comma or a finite verb."""
    doc = ctx.doc
    if doc[k].lower_ not in _GENITIVE_ARTICLES:
        return None
    for j in range(k + 1, min(sent.end, k + 8)):
        if doc[j].text == "," and any(ctx.lx.is_title(t.text) for t in doc[k + 1 : j]):
            named = apposition_name(ctx, j, sent.end)  # "des früheren Abtes des Stifts, A (71),"
            return ctx.mention_at(named[1]) if named is not None else None
        if doc[j].text in (",", ";", ":", ".") or doc[j].tag_.endswith("FIN"):
            return None
        m = ctx.mention_at(j)
        if m is not None and m.end - m.start == 1 and ctx.lx.is_title(doc[j].text) and j > k + 1:
            continue  # "des früheren Richters": the title, though someone in the article is named so
        if m is not None:
            return m if m.kind == "name" else None
    return None


def coordinated_persons(ctx: ArticleContext, sent: Span, first: Agent) -> list[Agent]:
    """The persons named right after ``first``'s mention in ``sent``, joined by "und"/"sowie"
    ("von A und B", "des A sowie der B"), past an article or title before each."""
    doc = ctx.doc
    mention = next((m for m in ctx.mentions_in(sent) if ctx.person_agent(m.person) == first), None)
    out: list[Agent] = []
    k = mention.end if mention is not None else sent.end
    while k + 1 < sent.end and doc[k].lower_ in _COORDINATORS:
        j = k + 1
        while j < min(sent.end, k + 4) and ctx.mention_at(j) is None and doc[j].tag_ in ("ART", "NN"):
            j += 1
        m = ctx.mention_at(j)
        if m is None or m.start != j or m.kind != "name":
            break
        out.append(ctx.person_agent(m.person))
        k = m.end
    return [a for a in out if a != first]
