"""Persons the statistical NER typed as places or organisations, recognised by the shape of
their name (used by the entity rules, :mod:`kzgraph.nlp.entities`).

The NER saw few foreign names in its ~6k training sentences, so an unknown name often comes out
as LOC or ORG: "Präsident Dragan Petrović", "von Arjun Banerjee". Two shapes say "person":

* the last word ends like a surname of a language the press transliterates (Slavic -enko, -witsch,
  -ović, -owski; Georgian -schwili, -dse; Turkish -oğlu; Armenian -jan; Persian -zadeh; Greek
  -poulos; ... ``data/surname_suffixes.txt``) and the gazetteer knows it as no place or
  organisation ("Beyoğlu", a district the gazetteer knows, stays a place);
* it starts with a first name the gazetteer knows and the rest are name words the gazetteer knows
  as no place or organisation ("Reinhold Ambacher"), and no entry of the gazetteer spans it
  ("Hugo Boss", "Santa Barbara", "Aston Villa" stay what the NER said).

A known place the NER ran into the name ("in [Slowenien Dragan Petrović]") stays a place of its
own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import CLASS_BITS, CONTINUATION, load_gazetteer
from kzgraph.nlp.lexicon import word_list
from kzgraph.nlp.person_names import NAME, is_first_name

_PLACE = CLASS_BITS["LOC"] | CLASS_BITS["TOWN"]
_PLACE_OR_ORG = _PLACE | CLASS_BITS["ORG"]
_RETYPED = frozenset({"LOC", "ORG", "MISC"})
_MAX_NAME_WORDS = 3
_ACADEMIC_TITLES = frozenset({"Dr.", "Prof.", "Dres."})
_LOWER_ABBREVIATION = re.compile(r"^[a-zäöü]{1,4}\.$")  # "h. c.", "med.", "rer. nat."
# first words of foreign place and event names that are first names elsewhere too
_NAME_ARTICLES = frozenset(
    {"Les", "Las", "Los", "La", "Le", "El", "Al", "San", "Santa", "Saint", "Sankt", "St."}
)
# what may follow a name that ends its sentence or clause
_AFTER_NAME = frozenset({".", ",", ";", ":", "(", "!", "?"})


def has_surname_suffix(word: str) -> bool:
    lower = word.lower()
    return any(lower.endswith(s) and len(lower) >= len(s) + 3 for s in _suffixes())


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(word_list("surname_suffixes.txt")))


def _known_non_person(word: str) -> bool:
    """A place or organisation of the gazetteer that is no surname there."""
    bits = load_gazetteer().word_bits(word)
    return bool(bits & _PLACE_OR_ORG) and not bits & CLASS_BITS["LAST"]


def _club_town(word: str) -> bool:
    """A place of the gazetteer, even one that is a surname too: after a first name it names a club
    ("Hertha Linden", "Viktoria Hausen") as often as a person; the NER's ORG stays."""
    return bool(load_gazetteer().word_bits(word) & _PLACE)


def _foreign_surname(token: Token) -> bool:
    text = token.text
    return bool(NAME.match(text)) and has_surname_suffix(text) and not _known_non_person(text)


def _academic_title(token: Token) -> bool:
    return token.text in _ACADEMIC_TITLES or bool(_LOWER_ABBREVIATION.match(token.text))


def _after_place_introducer(name: Span) -> bool:
    """ "im Bezirk X", "nach X": a lone word there names a place whatever its ending."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1].lower_
    return any(before == w or len(w) > 3 and before.endswith(w) for w in word_list("place_introducers.txt"))


def _first_name_start(span: Span, is_name_token: Callable[[Token], bool]) -> bool:
    """ "Reinhold Ambacher": a known first name (not a major place, not an article of a foreign
    place or event name: "Les", "San"), then one rare word or known surname that is no known
    place or organisation ("French Open", "Red Cross" are not persons: "Open" is frequent)."""
    from kzgraph.nlp.clusters import is_rare_word

    gazetteer = load_gazetteer()
    first, last = span[0].text, span[-1]
    if len(span) != 2 or first in _NAME_ARTICLES or not is_first_name(first, gazetteer.single_bits):
        return False
    if gazetteer.word_bits(first) & CLASS_BITS["LOC"]:
        return False
    if not is_name_token(last) or _known_non_person(last.text) or _club_town(last.text):
        return False
    return is_rare_word(last.text) or bool(gazetteer.single_bits(last.text) & CLASS_BITS["LAST"])


def person_shaped(span: Span) -> bool:
    """A first name (or two, hyphenated) before a name word, or a name ending in a foreign surname
    ending: "Bernhard Quellmann", "Ann-Sophie Quellhorst", "Lascha Gogiaschwili"."""
    if len(span) < 2 or _known_non_person(span[-1].text) or _club_town(span[-1].text):
        return False  # "der Verein Viktoria Köln": a club named with a first name and its town
    return is_first_name(span[0].text, load_gazetteer().word_bits) or _foreign_surname(span[-1])


def retype_person_names(ents: list[Span], is_name_token: Callable[[Token], bool]) -> list[Span]:
    result: list[Span] = []
    for e in ents:
        result.extend(_retyped(e, is_name_token))
    return result


def _retyped(span: Span, is_name_token: Callable[[Token], bool]) -> list[Span]:
    if span.label_ not in _RETYPED or len(span) > _MAX_NAME_WORDS + 4:
        return [span]
    doc, gazetteer = span.doc, load_gazetteer()
    if any(b & CONTINUATION for b in gazetteer.features([t.text for t in span])):
        return [span]  # a multi-word entry of the gazetteer: "Santa Barbara", "Hugo Boss"
    # leading academic titles ("Dr. h. c.") and known places ("Slowenien") are no part of the name
    start = span.start
    while start < span.end - 1 and _academic_title(doc[start]):
        start += 1
    title_end = start
    while start < span.end - 1 and gazetteer.word_bits(doc[start].text) & CLASS_BITS["LOC"]:
        start += 1
    name = doc[start : span.end]
    if len(name) > _MAX_NAME_WORDS:
        return [span]
    suffix_name = (
        _foreign_surname(name[-1])
        and all(is_name_token(t) for t in name)
        and not (len(name) == 1 and _after_place_introducer(name))
    )
    # a MISC span is a person's name only after a title: "[Dr. h. c. Anna Quell]MISC"
    titled = title_end > span.start
    first_name = (span.label_ != "MISC" or titled) and _first_name_start(name, is_name_token)
    if not (suffix_name or first_name):
        return [span]
    person = Span(doc, start, span.end, label="PER")
    return [Span(doc, title_end, start, label=span.label), person] if start > title_end else [person]


def common_noun_surnames(ents: list[Span]) -> list[Span]:
    """ "Anna Luise [Hecke]", "Greta Marie [Wiese]": after two or more first names a capitalised
    common noun that ends the clause is the surname, however frequent the noun ("Er schenkte
    Anna Geld." has one first name: no name)."""
    gazetteer = load_gazetteer()
    result = []
    for e in ents:
        nxt = e.end
        doc = e.doc
        if (
            e.label_ == "PER"
            and len(e) >= 2
            and nxt + 1 < len(doc)
            and all(is_first_name(t.text, gazetteer.single_bits) for t in e)
            and doc[nxt].tag_ == "NN"
            and NAME.match(doc[nxt].text)
            and doc[nxt].lemma_ in ("", doc[nxt].text)
            and doc[nxt + 1].text in _AFTER_NAME
        ):
            e = Span(doc, e.start, nxt + 1, label="PER")
        result.append(e)
    return result


_OPENING = frozenset('„"»‚')
_CLOSING = frozenset('“"«‘')


def nickname_names(doc: Doc, is_name_token: Callable[[Token], bool]) -> list[Span]:
    """ "Tarik „Tiki“ Hasanovic": a first name, a nickname of one or two words in quotation marks,
    and the surname are one person (the NER reads two persons and a work title)."""
    gazetteer, spans = load_gazetteer(), []
    for i in range(len(doc) - 4):
        if doc[i + 1].text not in _OPENING or not is_first_name(doc[i].text, gazetteer.word_bits):
            continue
        close = next((j for j in (i + 3, i + 4) if j < len(doc) - 1 and doc[j].text in _CLOSING), None)
        if close is None or not all(NAME.match(t.text) for t in doc[i + 2 : close]):
            continue
        surname = doc[close + 1]
        if is_name_token(surname) and not _known_non_person(surname.text):
            spans.append(Span(doc, i, close + 2, label="PER"))
    return spans
