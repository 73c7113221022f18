"""Re-elections told without the post in their sentence: "Er wurde im Amt bestätigt" after "X ist
Präsident des Verbandes" (the office the article gives the person in a predicate), and "Die
Delegierten bestätigten den bisherigen Vorsitzenden (X)" (the title of the confirmed holder)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, OfficeHolding
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_OBJECT_ARTICLES = closed_class().words("masculine_accusative_determiners") | closed_class().words(
    "definite_accusative_articles"
)


def held_office(held: Sequence[OfficeHolding], person: Agent) -> str | None:
    """The first office the article says ``person`` holds now (not a former one)."""
    if not person.is_named:
        return None
    return next((h.office for h in held if h.holder == person and not h.former), None)


def confirmed_holder_title(ctx: ArticleContext, cl: Span, verb: int) -> str | None:
    """ "bestätigten den bisherigen / amtierenden Vorsitzenden": the title of the object the
    confirming verb at ``verb`` has, told as its holder so far; that post is confirmed."""
    doc = ctx.doc
    holding = events_lexicon()["appointment"]["holder_so_far"]
    for k in range(verb + 1, min(cl.end - 2, verb + 6)):
        if doc[k].lower_ in _OBJECT_ARTICLES and doc[k + 1].lower_ in holding:
            j = k + 2
            return office_label(ctx, j)[0] if ctx.lx.is_title(doc[j].text) else None
    return None
