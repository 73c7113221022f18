"""The predecessor named in the genitive after a succession noun: "die Nachfolge des am Montag
zurückgetretenen Chefs X", and in a named apposition to it ("das Erbe des jetzigen Bischofs der
Diözese, X (58), angetreten")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import apposition_name

_GENITIVE_ARTICLES = closed_class().words("genitive_articles")


def name_in_genitive(ctx: ArticleContext, sent: Span, k: int) -> Mention | None:
    """The first name in the genitive phrase opened at ``k`` ("des am Montag zurückgetretenen
    Airbus-Chefs Christian Streiff"), before a comma or a finite verb."""
    doc = ctx.doc
    if doc[k].lower_ not in _GENITIVE_ARTICLES:
        return None
    for j in range(k + 1, min(sent.end, k + 8)):
        if doc[j].text == "," and any(ctx.lx.is_title(t.text) for t in doc[k + 1 : j]):
            named = apposition_name(ctx, j, sent.end)  # "des jetzigen Bischofs der Diözese, A (58),"
            return ctx.mention_at(named[1]) if named is not None else None
        if doc[j].text in (",", ";", ":", ".") or doc[j].tag_.endswith("FIN"):
            return None
        m = ctx.mention_at(j)
        if m is not None:
            return m if m.kind == "name" else None
    return None
