"""Contexts in which a span the NER read as a person names none, found on real news pages:

* the title of a work in quotation marks after a work noun ("sein Stück „Jonas Wendt“",
  "die Produktion „Adam Kroll hat Angst“"): a person's name opens the title, the work is meant;
* a lone office title ("Frau [Bundesrätin] Amstutz"), unless the gazetteer also knows the
  word as a surname ("König sagte");
* an all-capitals headline, where a preposition looks like a name word ("KOVAC IN ATHEN"):
  the name ends before it;
* a name before company words ("Lohmann Werke AG", ``data/company_words.txt``) names the firm: ORG;

and one where a person is named by initials only, as court and police reports do: a run of
initials ("R. T. W.", "A.-K. B."), or one initial after a person noun ("der Angeklagte K.",
``data/initial_introducers.txt``).

Used by :mod:`kzgraph.nlp.entities` after its other rules. Work nouns: ``data/work_nouns.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import CLASS_BITS, load_gazetteer
from kzgraph.nlp.lexicon import word_list

_OPENING_QUOTES = frozenset('„"«»“‚‹›')
# Function words of an all-capitals line that no name contains; "VON", "ZU", "DER", "DEN", "DE"
# stay out: "URSULA VON DER LEYEN".
_CAPS_FUNCTION_WORDS = frozenset(
    "IN IM AM AN AUF AUS BEI MIT NACH VOR ZUM ZUR UND ODER DIE DAS DEM FÜR GEGEN ÜBER UNTER IST WIRD".split()
)


def _work_noun(token: Token) -> bool:
    low = token.lower_
    return token.text[:1].isupper() and any(low.endswith(w) for w in word_list("work_nouns.txt"))


def opens_quoted_work(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a quoted title right after a work noun ("Stück „[Jonas] …“")."""
    return i >= 2 and doc[i - 1].text in _OPENING_QUOTES and _work_noun(doc[i - 2])


def names_a_work(span: Span) -> bool:
    """A PER span that opens a quoted title right after a work noun."""
    return opens_quoted_work(span.doc, span.start)


def lone_title(span: Span, is_title: Callable[[Token], bool]) -> bool:
    """A one-word PER that is an office title the gazetteer does not know as a surname."""
    if len(span) != 1 or not is_title(span[0]):
        return False
    return not load_gazetteer().word_bits(span[0].text) & CLASS_BITS["LAST"]


def trim_caps_function_words(span: Span) -> Span:
    """End an all-capitals PER before its first function word: "KOVAC [IN ATHEN]"."""
    if span.label_ != "PER" or not span.text.isupper():
        return span
    for tok in span[1:]:
        if tok.text in _CAPS_FUNCTION_WORDS:
            return Span(span.doc, span.start, tok.i, label="PER")
    return span


def _company(span: Span) -> Span | None:
    """ "[Lohmann]PER Werke AG" -> "Lohmann Werke AG" ORG, or None when no company word follows."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].text in word_list("company_words.txt"):
        end += 1
    return Span(doc, span.start, end, label="ORG") if end > span.end else None


def drop_non_persons(ents: list[Span], is_title: Callable[[Token], bool]) -> list[Span]:
    """The entities without the PER spans the contexts above show to be no person."""
    out: list[Span] = []
    for e in ents:
        if out and out[-1].label_ == "ORG" and e.start < out[-1].end:
            continue  # a company word the NER tagged apart ("Lohmann Werke [AG]LOC")
        company = _company(e) if e.label_ == "PER" else None
        if company is not None:
            out.append(company)
            continue
        e = trim_caps_function_words(e)
        if e.label_ == "PER" and (names_a_work(e) or lone_title(e, is_title)):
            continue
        out.append(e)
    return out


_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?$")


def initial_names(doc: Doc) -> list[Span]:
    """PER spans of persons named by initials: two or more initials in a row that the NER marked
    in part or that follow a person noun, or one initial after a person noun."""
    introducers = word_list("initial_introducers.txt")
    spans: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        if not _INITIAL.match(doc[i].text):
            i += 1
            continue
        j = i
        while j < n and j - i < 4 and _INITIAL.match(doc[j].text):
            j += 1
        introduced = i > 0 and doc[i - 1].text in introducers
        marked = any(t.ent_type_ == "PER" for t in doc[i:j])
        if introduced or (j - i >= 2 and marked):
            spans.append(Span(doc, i, j, label="PER"))
        i = j
    return spans
