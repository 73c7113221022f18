"""Read one unnamed person's phrase: "einen 34-jährigen Mann", "ein in Kiel gesuchter Täter".

The phrase's article, its adjectives (ages, participles, a short inner adjunct), its head noun
(a person noun of the events lexicon, an age noun, a title, any noun after an age) and its label
put back into the nominative, so that it reads as a description of the person. Which phrase of
a sentence an arrest is about is :mod:`kzgraph.extract.kinds.arrests.people`'s question.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import lexicons
from kzgraph.extract.grammar.segments import QUOTES
from kzgraph.extract.kinds.arrests.person_nouns import is_lexicon_noun, open_person_noun, person_plural
from kzgraph.extract.kinds.offices.extract import base_title

_AGE_RE = re.compile(r"^\d{1,3}-[Jj]ährige[r]?$")
_LOWER_AGE_RE = re.compile(r"^\d{1,3}-jährige[nr]?$")
_MODIFIER_RE = re.compile(r"^(?:\d{1,3}-)?[a-zäöüß][\w-]*$")
_HEAD_RE = re.compile(r"^(?:\d{1,3}-)?[A-ZÄÖÜ]")
_AGED_RE = re.compile(r"^(?:\d{1,3}-jährig\w*|Jahre)$")  # "34-jährigen", "47 Jahre alter"
# article -> (nominative article, adjective ending to replace "-en" with, masculine/neuter strong)
_WORDS = closed_class()
_ARTICLES: dict[str, tuple[str, str | None, bool]] = {
    form: (entry.nominative, entry.adjective_ending, entry.strong) for form, entry in _WORDS.articles.items()
}


def quote_in_phrase(doc: Doc, j: int, limit: int, mods: list[str]) -> bool:
    """A quotation mark at ``j`` around modifiers of one phrase: opening before a lower-case word,
    or closing after one ("eine «mutmaßlich beteiligte» Frau")."""
    if j + 1 >= limit or not (doc[j].is_quote or doc[j].text in QUOTES):
        return False
    opening = doc[j + 1].text[:1].islower()
    return opening or bool(mods) and _HEAD_RE.match(doc[j + 1].text) is not None


def _singular(word: str, article: str) -> str | None:
    """The nominative singular of a person noun after ``article`` ("Jährigen" -> "Jähriger")."""
    forms = [word]
    _, ending, strong = _ARTICLES[article]
    if ending is None:
        pass  # already nominative: "die Frauen" must not become "die Frau"
    elif word.endswith("en"):
        adjectival = [word[:-2] + "er", word[:-1]] if strong else [word[:-1], word[:-2] + "er"]
        forms += [*adjectival, word[:-2]]  # adjectival nouns, then weak nouns ("Studenten")
    elif word.endswith("es"):
        forms += [word[:-2], word[:-1]]  # genitive "Mannes", "Kindes"
    elif word.endswith(("n", "s")):
        forms.append(word[:-1])  # weak "Jungen", genitive "Täters"
    for form in forms:
        if _AGE_RE.match(form) or is_lexicon_noun(form, "person_nouns"):
            return form
    if lexicons().is_title(word):
        # an office holder: "den Bürgermeister", "den früheren Präsidenten", "den Ex-Präsidenten"
        title = base_title(word)[0]
        return "Ex-" + title if word.lower().startswith("ex-") else title
    return None


def _weak_singular(word: str, article: str) -> str:
    """Nominative of a noun after an oblique article: weak "Afghanen" -> "Afghane", "Syrer" stays."""
    if _ARTICLES[article][1] is not None and word.endswith("en") and not word.endswith("ern"):
        return word[:-1]
    return word


def person_phrase_at(
    ctx: ArticleContext, k: int, limit: int, article: str | None = None
) -> tuple[str, int, int] | None:
    """A singular phrase at ``k`` whose noun names a person (the lexicon's, an age noun, a title):
    (nominative label, head index, end); ``article``: the case a possessive at ``k`` stands in
    ("ihren" read as "den")."""
    return np_at(ctx, k, limit, article=article)


def np_at(
    ctx: ArticleContext, k: int, limit: int, open_nouns: bool = False, article: str | None = None
) -> tuple[str, int, int] | None:
    """A singular person phrase at token k: (nominative label, head index, end), or None. With
    ``open_nouns`` any common noun that is no thing heads one ("ein Norweger", "der Onkel")."""
    doc = ctx.doc
    article = article or doc[k].lower_
    if article not in _ARTICLES:
        return None
    read = _modifiers(ctx, k + 1, limit)
    if read is None:
        return None
    mods, j = read
    # "den 16-jährigen festnehmen": an age adjective written lower case with no noun after it is the noun
    age_head = bool(mods) and _lower_age_noun(doc, j - 1, limit)
    if age_head:
        mods.pop()
        j -= 1
    if j >= limit or not (age_head or _HEAD_RE.match(doc[j].text)) or ctx.mention_at(j) is not None:
        return None
    if j + 1 < limit and ctx.mention_at(j + 1) is not None:
        return None  # "der Journalist Max Muster": a named person, found elsewhere
    if _named_in_apposition(ctx, j + 1, limit):
        return None  # "Der Präsident des IWF, Dominique Strauss-Kahn, …": named too
    head = _head_noun(ctx, j, article, mods, open_nouns)
    if head is None:
        return None
    if age_head:
        head = head.replace("-j", "-J", 1)
    nom, ending, _ = _ARTICLES[article]
    if ending is not None:
        mods = [m[:-2] + ending if m.endswith("en") else m for m in mods]
    return " ".join([nom, *mods, head]), j, j + 1


def _modifiers(ctx: ArticleContext, j: int, limit: int) -> tuple[list[str], int] | None:
    """The adjectives and participles from ``j`` on ("mutmaßlichen", "34-jährigen"; the age noun
    "34-Jährige" is a head) and where they end, or None when no person phrase can go on."""
    doc = ctx.doc
    mods: list[str] = []
    while j < limit and len(mods) < 4:
        if j + 2 < limit and doc[j].text.isdigit() and doc[j + 1].text == "Jahre":
            if not doc[j + 2].lower_.startswith("alt"):
                return None
            mods += [doc[j].text, doc[j + 1].text]  # "einen 19 Jahre alten Mann"
            j += 2
            continue
        if doc[j].lower_ in ctx.lx.prepositions:
            inner = _inner_adjunct_end(ctx, j, limit)
            if inner is None:
                return None
            j = inner  # "ein in Belgien gesuchter Mann": the adjunct is left out of the label
            continue
        if quote_in_phrase(doc, j, limit, mods):
            j += 1  # "eine «mutmaßlich beteiligte» Frau": the quoted words stay in the phrase
            continue
        if stacked_comma(doc, j, limit, mods):
            j += 1  # "einen weiteren, 32-jährigen Verdächtigen": adjectives a comma lists
            continue
        if not _MODIFIER_RE.match(doc[j].text):
            break
        if doc[j].lower_ in _ARTICLES:
            return None
        mods.append(doc[j].text)
        j += 1
        if _lower_age_noun(doc, j - 1, limit):
            break
    return mods, j


def _head_noun(ctx: ArticleContext, j: int, article: str, mods: list[str], open_nouns: bool) -> str | None:
    """The nominative singular of the noun at ``j`` when it names a person: the lexicon's, a title,
    any noun after an age, an open person noun with ``open_nouns``, a listed plural."""
    doc = ctx.doc
    head = _singular(doc[j].text, article)
    if head is None and any(_AGED_RE.match(m) for m in mods):
        # an age makes any noun a person: "ein 47 Jahre alter Syrer", "einen 30-jährigen Afghanen"
        head = _weak_singular(doc[j].text, article)
    if head is None and open_nouns and doc[j].tag_ == "NN" and open_person_noun(doc[j].text):
        head = _weak_singular(doc[j].text, article)
    if head is None and doc[j].tag_ == "NN" and person_plural(doc[j].text) is not None:
        # a listed plural ("die Tatverdächtigen wurden gefasst"): a person noun for every verb
        head = _weak_singular(doc[j].text, article)
    return head


def stacked_comma(doc: Doc, j: int, limit: int, mods: list[str]) -> bool:
    """A comma at ``j`` between two adjectives of one phrase ("einen weiteren, 32-jährigen
    Verdächtigen"): after an adjective, before another one that a capitalised noun follows."""
    if doc[j].text != "," or not mods or j + 2 >= limit or doc[j - 1].tag_ != "ADJA":
        return False
    return doc[j + 1].tag_ == "ADJA" and _MODIFIER_RE.match(doc[j + 1].text) is not None


def _inner_adjunct_end(ctx: ArticleContext, j: int, limit: int) -> int | None:
    """ "ein [in Belgien] gesuchter Mann", "einen [mit einem Messer] bewaffneten Täter": a short
    prepositional phrase inside the person phrase, before its participle; where the participle
    stands, or None when the phrase after the preposition goes on otherwise."""
    doc = ctx.doc
    for k in range(j + 1, min(limit - 1, j + 5)):
        tag = doc[k].tag_
        # the head after the participle, an age noun too ("ein in Kiel gesuchter 41-Jähriger")
        participle = tag == "ADJA" or tag == "ADJD" and doc[k].text[:1].islower()  # tagged either way
        if participle and doc[k - 1].tag_ in ("NN", "NE", "CARD") and _HEAD_RE.match(doc[k + 1].text):
            return k
        if tag not in ("ART", "ADJA", "NN", "NE", "CARD", "PPOSAT"):
            return None
    return None


def _lower_age_noun(doc: Doc, k: int, limit: int) -> bool:
    """ "16-jährigen" at ``k`` with no capitalised noun after it: the age noun, written lower case."""
    if not _LOWER_AGE_RE.match(doc[k].text):
        return False
    if k + 1 < limit and doc[k + 1].tag_ == "ADJA" and doc[k + 1].text[:1].islower():
        return False  # "einen 32-jährigen sudanesischen Schleuser": another adjective, then the noun
    return k + 1 >= limit or not doc[k + 1].text[:1].isupper() and not doc[k + 1].is_quote


def _named_in_apposition(ctx: ArticleContext, k: int, limit: int) -> bool:
    """A name in apposition after the phrase going on at ``k`` (past a short genitive or bracket)."""
    doc = ctx.doc
    for j in range(k, min(limit - 1, k + 8)):
        if doc[j].text == ",":
            m = ctx.mention_at(j + 1)
            return m is not None and m.kind == "name"
        if doc[j].tag_.endswith("FIN") or doc[j].text in (".", ";", ":"):
            return False
    return False
