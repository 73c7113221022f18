""" "Die Polizei befragte den Nachbarn. Dieser sagte, …": a demonstrative speaker whose referent
has no name.

A demonstrative ("dieser", "diese") points to the noun phrase mentioned last, often an object,
not the subject. The pronoun resolution looks for a named person first; when the sentence
before names none of the pronoun's gender, this finds the last person description ("den
Nachbarn", "dem Richter") or organisation ("die Behörde") of that gender and number in the
sentence before and the clause up to the pronoun. Before, such a statement had no speaker and
was dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import classify_head
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import has_org_hint

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext

# "dieser" -> "m", "diese" -> "f"; not the spoken "der" ("Der erklärte, …"), which news use for
# a person named just before, never for a body
_DEMONSTRATIVES = {w: g for w, g in closed_class().demonstrative_pronouns.items() if w.startswith("dies")}
# "vor dem Rathaus", "im Amt": a place, not whom the next sentence quotes
_PLACE_PREPOSITIONS = closed_class().words("place_before_body_prepositions")
_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT"})
_GENDER = {"m": "Masc", "f": "Fem"}


def demonstrative_description(ctx: ArticleContext, span: Span) -> tuple[Agent, Span] | None:
    """The unnamed referent of a singular demonstrative speaker and its noun phrase, or None."""
    if len(span) != 1 or span[0].lower_ not in _DEMONSTRATIVES:
        return None
    gender = _GENDER[_DEMONSTRATIVES[span[0].lower_]]
    doc = span.doc
    k = ctx.sentence_index(span.start)
    first = ctx.sentences[k - 1].start if k > 0 else ctx.sentences[k].start
    for i in range(span.start - 1, first - 1, -1):
        noun = doc[i]
        if noun.tag_ != "NN" or not _fits(noun, gender):
            continue
        phrase = _phrase(noun)
        if phrase is None or _genitive_attribute(phrase):
            continue  # "die Anwältin der Frau": the phrase's head is meant, not its attribute
        kind = _kind(ctx, noun)
        if ctx.lx.is_role(noun.text) or kind == AgentKind.PERSON:
            return Agent(AgentKind.PERSON, label=phrase.text), phrase
        if (kind == AgentKind.ORGANIZATION or has_org_hint(noun.text)) and not _in_place(phrase):
            return Agent(AgentKind.ORGANIZATION, label=phrase.text), phrase
        return None  # the last noun of that gender is no speaker: "die Presse … Diese" is not sure
    return None


def _fits(noun: Token, gender: str) -> bool:
    """Singular and of the pronoun's gender, by the determiner's morphology (the tagger's for
    the noun is less sure: "den Nachbarn" reads as a plural)."""
    det = _determiner(noun)
    for t in (det, noun) if det is not None else (noun,):
        if "Plur" in t.morph.get("Number"):
            return False
        genders = t.morph.get("Gender")
        if genders:
            return gender in genders
    return False


def _determiner(noun: Token) -> Token | None:
    i = noun.i - 1
    while i >= 0 and noun.doc[i].tag_ == "ADJA":
        i -= 1
    return noun.doc[i] if i >= 0 and noun.doc[i].tag_ in _DETERMINER_TAGS else None


def _phrase(noun: Token) -> Span | None:
    det = _determiner(noun)
    return noun.doc[det.i : noun.i + 1] if det is not None else None


def _genitive_attribute(phrase: Span) -> bool:
    """A phrase right after a noun ("der Frau" in "die Anwältin der Frau")."""
    return phrase.start > 0 and phrase.doc[phrase.start - 1].tag_ in ("NN", "NE")


def _kind(ctx: ArticleContext, noun: Token) -> AgentKind | None:
    """The head's kind by its form, its lemma, or without the "-n" of a weak masculine noun
    in an oblique case ("einen Zeugen", "dem Experten"), which the lemmatizer misreads."""
    forms = (noun.text, noun.lemma_, noun.text[:-1] if noun.text.endswith("en") else "")
    return next((kind for w in forms if w and (kind := classify_head(ctx, w)) is not None), None)


def _in_place(phrase: Span) -> bool:
    return phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in _PLACE_PREPOSITIONS
