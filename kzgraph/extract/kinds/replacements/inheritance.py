"""Taking up an inheritance of office: "B tritt das Erbe von A an", "Sein Erbe tritt B an", "hat das
Erbe von A angetreten" (not "der Erbe", the heir; not "verwaltet das Erbe von A")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.objects import apposition_name
from kzgraph.extract.grammar.triggers import events_lexicon

_TRETEN = frozenset(events_lexicon()["succession"]["treten_forms"])  # "tritt das Erbe an"


def inheritance_taken_up(ctx: ArticleContext, sent: Span) -> list[int]:
    """ "B tritt das Erbe von A an", "Sein Erbe tritt B an", "hat das Erbe von A angetreten": the
    inheritance noun after "das" or a possessive, with "antreten" in its clause (the finite "tritt"
    with "an" closing it, or a form of "antreten"); not "der Erbe" (the heir), not "verwaltet das
    Erbe von A"."""
    lex = events_lexicon()["succession"]
    doc = ctx.doc
    out = []
    for t in sent:
        if t.text not in lex["inheritance_nouns"] or t.i == sent.start:
            continue
        det = doc[t.i - 1] if doc[t.i - 1].tag_ != "ADJA" else doc[t.i - 2]
        if det.lower_ not in lex["inheritance_determiners"]:
            continue
        cl = _past_apposition(ctx, sent, clause(ctx, sent, t.i))
        nonfinite = any(w.lower_ in lex["inheritance_verbs"] for w in cl)
        particle = lex["inheritance_particle"]  # "tritt … an"
        finite = any(w.lower_ in _TRETEN for w in cl) and any(
            w.lower_ == particle and (w.i + 1 >= cl.end or doc[w.i + 1].is_punct) for w in cl
        )
        if nonfinite or finite:
            out.append(t.i)
    return out


def _past_apposition(ctx: ArticleContext, sent: Span, cl: Span) -> Span:
    """``cl`` resumed past a named apposition ("das Erbe des Abtes, A (71), angetreten")."""
    named = apposition_name(ctx, cl.end, sent.end) if cl.end < sent.end else None
    if named is None:
        return cl
    k = named[2]
    while k < sent.end and ctx.doc[k].text not in (",", "."):
        k += 1  # past the age in brackets
    end = clause(ctx, sent, k + 1).end if k + 1 < sent.end else k
    return ctx.doc[cl.start : end]
