"""Small insertions and conjuncts the clause layer steps over: an age apposition after a name
(", 41,"), a local dateline ("Kiel Der Jurist …": a place word before the capitalised article
that opens the sentence), and a perfect conjunct whose haben-auxiliary opens it right after "und" ("B wurde
gewählt und hat A abgelöst"), which shares the first conjunct's subject."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS

_NOUN_TAGS = frozenset({"NE", "NN"})
_OPENING_ARTICLES = closed_class().words("subject_articles")  # der, die, das, ein, eine


def age_apposition(doc: Doc, sent: Span, comma: int) -> bool:
    """The comma at ``comma`` closes an age after a name (", 41,")."""
    return (
        comma - 3 >= sent.start
        and doc[comma].text == ","
        and doc[comma - 1].text.isdigit()
        and len(doc[comma - 1].text) <= 3
        and doc[comma - 2].text == ","
        and doc[comma - 3].tag_ in _NOUN_TAGS
    )


def coordinated_auxiliary(doc: Doc, sent: Span, i: int) -> int | None:
    """The finite auxiliary of the participle at ``i`` when it opens a conjunct right after
    "und" ("B war gekommen und hatte A ersetzt"), so the verbs share the first conjunct's subject."""
    if not doc[i].tag_.startswith("VVP"):
        return None
    for k in range(i - 1, max(sent.start + 1, i - 10), -1):
        if doc[k].is_punct or doc[k].lower_ in COORDINATORS:
            return None
        if doc[k].tag_ == "VAFIN":
            return k if doc[k - 1].lower_ in COORDINATORS and k - 1 > sent.start else None
    return None


def local_dateline(doc: Doc, sent: Span, i: int) -> bool:
    """ "Kiel Der Jurist löst A ab": one capitalised place word opens ``sent`` right before a
    capitalised article, before the verb at ``i``; the place is no part of the subject."""
    k = sent.start
    return (
        k + 2 < i
        and doc[k].tag_ == "NE"
        and doc[k].ent_type_ in ("LOC", "GPE", "")
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].lower_ in _OPENING_ARTICLES
    )
