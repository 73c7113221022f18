"""Adjuncts between a copula and its predicate: "X wird [ab Juli] [in der kommenden Saison] neuer
Trainer", "wird [zu Beginn der Spielzeit 2027/28] Intendant". Fact types ask where the predicate
starts past them; the grammar knows no fact type."""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class

_WORDS = closed_class()
_TIME_NOUNS = _WORDS.words("period_nouns")
_COUNTED = _WORDS.words("counted_period_nouns")
_MONTHS = frozenset(_WORDS.calendar.months) | frozenset(_WORDS.calendar.month_synonyms)


def past_adjuncts(ctx: ArticleContext, k: int, limit: int) -> int:
    """Past the adverbs and short time or place phrases after a copula: "X wird [ab Juli] [in der
    kommenden Saison] neuer Trainer"."""
    doc = ctx.doc
    start = k
    for _ in range(4):
        if k < limit and doc[k].tag_ in ("ADV", "ADJD", "CARD"):  # "wurde 1998 neuer Präsident"
            k += 1
        elif k + 1 < limit and doc[k].tag_ in ("ADJA", "PDAT") and doc[k + 1].text in _TIME_NOUNS:
            k += 2  # "nächstes Jahr", "diese Saison"
        elif k + 1 < limit and doc[k].lower_ in ctx.lx.prepositions and doc[k + 1].tag_ == "ADV":
            k += 2  # "ab sofort", "ab jetzt": no noun to look for (the title would be taken)
        elif k < limit and doc[k].lower_ in ctx.lx.prepositions:
            nouns = (j for j in range(k + 1, min(limit, k + 6)) if doc[j].tag_ in ("NN", "NE", "CARD"))
            end = next(nouns, None)
            if end is None:
                return k
            if doc[end].tag_ == "CARD" and end + 1 < limit and doc[end + 1].text in _COUNTED:
                end += 1  # "vor drei Tagen": the counted span, not the number, closes the phrase
            named = ctx.mention_at(end)
            if named is not None and named.start == end:
                end = named.end - 1  # "zusammen mit Lea Born": past the whole name
            k = _past_genitive(ctx, end + 1, limit)  # "zu Beginn der Spielzeit 2027/28"
            while k < limit and (doc[k].like_num or doc[k].text in _MONTHS or _season_slash(doc, k, limit)):
                k += 1  # "zum 1. April 2008", "der Spielzeit 2027/2028"
        else:
            break
    if start < k and k + 1 < limit and doc[k].text == ",":
        return k + 1  # "wird nach langer Pause, Kapitän": a comma closing the adjunct
    return k


def _past_genitive(ctx: ArticleContext, k: int, limit: int) -> int:
    """Past a genitive complement of a time noun at ``k`` ("mit Beginn [der Spielzeit]", "zum Start
    [der neuen Saison]"): a genitive article, adjectives and a time noun; else ``k``."""
    doc = ctx.doc
    if k + 1 >= limit or doc[k].lower_ not in _WORDS.words("genitive_articles"):
        return k
    j = past_lower_adjectives(doc, k + 1, limit)
    return j + 1 if j < limit and doc[j].text in _WORDS.words("period_genitives") else k


def _season_slash(doc: Doc, k: int, limit: int) -> bool:
    """The slash of a season's years ("2027/2028", "2027/28")."""
    return doc[k].text == "/" and k > 0 and doc[k - 1].like_num and k + 1 < limit and doc[k + 1].like_num


def past_lower_adjectives(doc: Doc, k: int, limit: int) -> int:
    """Past attributive adjectives at ``k`` ("stellvertretender", "geschäftsführende")."""
    while k < limit and doc[k].tag_ == "ADJA" and doc[k].text[:1].islower():
        k += 1
    return k


def place_adjective(doc: Doc, k: int) -> bool:
    """A place's adjective at ``k`` ("Düsseldorfer", "Kölner"): written with a capital, in -er."""
    t = doc[k]
    return t.tag_ == "ADJA" and t.text[:1].isupper() and t.text.endswith("er")


def past_attributes(doc: Doc, k: int, limit: int) -> int:
    """Past the adjectives before a title, a place's among them ("neue Düsseldorfer
    Polizeipräsidentin", "neuer stellvertretender Leiter")."""
    k = past_lower_adjectives(doc, k, limit)
    while k < limit and place_adjective(doc, k):
        k = past_lower_adjectives(doc, k + 1, limit)
    return k
