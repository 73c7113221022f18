"""Who the successor is when a successor noun does not stand beside them: a genitive name before
the noun ("Grimms Nachfolger"), the one an appointing verb or noun of the clause appoints ("Als
Nachfolger von A hat der Vatikan B ernannt", "die Wahl von B zur Nachfolgerin von A"), or the
subject after the finite verb when the noun's phrase fills the Vorfeld ("Die Nachfolge von A tritt
B an")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.triggers import PASSIVE_AUX, events_lexicon, find_triggers
from kzgraph.extract.grammar.voice import verb_roles

_WORDS = closed_class()
_VON_OR_GENITIVE = _WORDS.words("von_or_genitive_articles")
_TRETEN = frozenset(events_lexicon()["succession"]["treten_forms"])
# "Die Nachfolge von A übernimmt B": taking over the succession, as "tritt … an"
_TAKE_OVER = frozenset(events_lexicon()["succession"]["take_over_forms"])


def genitive_possessor(ctx: ArticleContext, i: int) -> Agent | None:
    """The person named in the genitive right before the successor noun at ``i``: "Grimms
    Nachfolger", "Walter Grimms Nachfolgerin" (a name ending in -s or an apostrophe)."""
    m = ctx.mention_at(i - 1)
    last = ctx.doc[i - 1].text
    if m is None or m.kind != "name" or m.end != i or not last.endswith(("s", "'", "’")):
        return None
    return ctx.person_agent(m.person)


def appointed_in_clause(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """The named person an appointing verb in the clause of the noun at ``i`` appoints, or an
    appointment noun names before it ("die Wahl von B zur Nachfolgerin von A")."""
    doc = ctx.doc
    before = ctx.mentions_in(doc[sent.start : i])
    named = next((m for m in before if m.end == i - 1 and m.kind == "name"), None)
    if (
        named is not None
        and not ctx.sentence_words(sent) & set(events_lexicon()["appointment"]["noun_not_with"])
        and named.start - 2 >= sent.start
        and doc[named.start - 1].lower_ in _VON_OR_GENITIVE
        and doc[named.start - 2].text in events_lexicon()["appointment"]["nouns"]
    ):
        return ctx.person_agent(named.person)
    cl = clause(ctx, sent, i)
    if not any(cl.start <= t.i < cl.end for t in find_triggers(ctx, sent, "appointment")):
        return None
    return object_of_verb(ctx, sent, i)


def named_after_finite(ctx: ArticleContext, sent: Span, fin: int, pred: Agent | None) -> Agent | None:
    """The noun phrase fronted before a passive, "treten" or copula finite at ``fin`` ("Die
    Nachfolge von A tritt die Ärztin B an", "Zum Nachfolger von A wurde am Dienstag B ernannt"):
    the first name after the verb, not after a preposition, is the subject."""
    doc = ctx.doc
    if doc[fin].lower_ not in PASSIVE_AUX | _TRETEN | _TAKE_OVER | _WORDS.words("becoming_verbs"):
        return None
    cl = clause(ctx, sent, fin)
    for m in unprepositioned_names(ctx, doc[fin + 1 : cl.end]):
        agent = ctx.person_agent(m.person)
        if agent != pred:
            return agent
    return None


def object_of_verb(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """The named object of the active verb whose clause holds the noun at ``i``, or the subject of a
    passive ("wurde X in der Nachfolge von A … ernannt"); None when it is not named."""
    cl = clause(ctx, sent, i)
    verbs = [t.i for t in cl if t.tag_.endswith("FIN") or t.tag_ == "VVPP"]
    if not verbs:
        return None
    finite = verbs[0]
    passive = ctx.doc[finite].lower_ in PASSIVE_AUX
    if not passive and i < finite:
        # The noun's phrase fills the Vorfeld ("Als Nachfolger von A hat der Papst B ernannt"): a
        # name in it is no subject, and the one appointed is the last name after the finite verb.
        names = unprepositioned_names(ctx, ctx.doc[finite + 1 : cl.end])
        agent = ctx.person_agent(names[-1].person) if names else None
        return agent if agent is not None and agent.is_named else None
    roles = verb_roles(ctx, sent, verbs[-1] if passive else finite, passive)
    found = roles.subject if passive else roles.object
    return found if found is not None and found.is_named else None


def copula_subject(ctx: ArticleContext, sent: Span, possessive: int) -> Agent | None:
    """ "B wird/wurde sein Nachfolger": the person named right before the copula before ``possessive``."""
    doc = ctx.doc
    if possessive - 1 <= sent.start or doc[possessive - 1].lower_ not in _WORDS.words("becoming_verbs"):
        return None
    m = ctx.mention_at(possessive - 2)
    if m is not None and m.kind == "name":
        return ctx.person_agent(m.person)
    if doc[possessive - 2].text == ",":
        return subject_of(ctx, sent, possessive - 1)  # "B, sein Assistent, wurde sein Nachfolger"
    return None
