"""Successions told as decided but still to come: "B soll A ablösen", "B wird A ablösen", "A soll
von B abgelöst werden", and a conjunct that shares the modal ("B soll A ablösen, C sein Mandat an
D übergeben"). A plan states no event, but an announced succession with both persons named is
what the text reports, so it is kept and marked announced (``kz:announced``), never as done.

What stays a hedge: the other modals ("will", "möchte", "könnte", "sollte"), "soll" with a perfect
infinitive (a report of the past: "soll A abgelöst haben"), an announcement asked, doubted or
rumoured ("Offen ist, ob …", "wer A beerben soll", "Gerüchten zufolge", "wohl"), a condition and
a negation (the shared scope checks)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.triggers import events_lexicon

_LEX = events_lexicon()["succession"]
_ANNOUNCING = frozenset(_LEX["announcing_finites"])
_PERFECT = frozenset(_LEX["perfect_auxiliaries"])
_DOUBTS = frozenset(_LEX["announcement_doubts"])
_FUTURES = frozenset(_LEX["announcing_futures"])
_PASSIVE_INFINITIVES = frozenset(_LEX["passive_infinitives"])
# what opens a conjunct of its own rather than one sharing the finite verb before it
_CLAUSE_OPENERS = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")


def _finite(cl: Span) -> Token | None:
    return next((t for t in cl if t.tag_.endswith("FIN")), None)


def _nonfinite_complex(ctx: ArticleContext, cl: Span, i: int, infinitive: bool) -> bool:
    """The verb at ``i`` is an infinitive, or a participle with "werden" after it (a passive
    infinitive); not a perfect infinitive ("abgelöst haben") nor a zu-infinitive."""
    doc = ctx.doc
    tok = doc[i]
    if tok.tag_ in ("VVIZU",) or (i > cl.start and doc[i - 1].tag_ == "PTKZU"):
        return False
    after = doc[i + 1].lower_ if i + 1 < cl.end else ""
    if after in _PERFECT:
        return False
    return infinitive or tok.tag_ in ("VVINF", "VVPP") or after in _PASSIVE_INFINITIVES


def announcing_finite(ctx: ArticleContext, sent: Span, i: int, infinitive: bool = False) -> int | None:
    """The finite "soll/sollen/wird/werden" whose infinitive is the succession verb at ``i``, in
    its clause or, for a conjunct without a finite verb of its own, in the clause before it.
    ``infinitive``: the form is known to be an infinitive here, whatever its tag ("übergeben"
    with a person giving their own office, which has no passive reading)."""
    doc = ctx.doc
    if doc[i].tag_.endswith("FIN"):
        return None
    cl = clause(ctx, sent, i)
    if not _nonfinite_complex(ctx, cl, i, infinitive):
        return None
    finite = _finite(cl)
    if finite is None and cl.start - 1 > sent.start and doc[cl.start - 1].text == ",":
        if doc[cl.start].tag_ in _CLAUSE_OPENERS:
            return None
        finite = _finite(clause(ctx, sent, cl.start - 2))  # "…, C sein Mandat an D übergeben"
    if finite is None or finite.lower_ not in _ANNOUNCING:
        return None
    passive = not infinitive and doc[i].tag_ == "VVPP" and doc[i + 1].lower_ not in _PASSIVE_INFINITIVES
    if finite.lower_ in _FUTURES and passive:
        return None  # "A wird von B abgelöst": a present passive, told as it happens
    return finite.i


def doubted(sent: Span) -> bool:
    """The announcement is asked, doubted or rumoured: "ob", "wer", "unklar", "Gerüchten", "wohl"."""
    return any(t.lower_ in _DOUBTS for t in sent)


# the infinitives that make a succession noun's clause a plan: "soll die Nachfolge von A antreten",
# "soll Nachfolgerin von A werden"
_NOUN_INFINITIVES = frozenset(_LEX["announcing_noun_infinitives"])


def noun_announcing_finite(ctx: ArticleContext, sent: Span, i: int) -> int | None:
    """The finite "soll/sollen/wird/werden" of the clause of the succession noun at ``i`` whose
    infinitive ("antreten", "werden") closes that clause; not a perfect infinitive ("soll die
    Nachfolge angetreten haben")."""
    cl = clause(ctx, sent, i)
    finite = _finite(cl)
    if finite is None or finite.lower_ not in _ANNOUNCING:
        return None
    # V2 ("soll die Nachfolge von A antreten") or verb-final ("…, dass B die Nachfolge antreten soll")
    last = cl[-1] if finite.i < i else ctx.doc[finite.i - 1]
    return finite.i if last.lower_ in _NOUN_INFINITIVES and last.tag_.endswith("INF") else None
