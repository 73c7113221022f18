"""Taking a team or the helm over from a named person replaces that person: "Köhler übernahm den
Klub von Y", "übernahm das Ruder von Vorgänger Y", "die Mannschaft, die er von Y übernommen
hatte". An office taken over ("übernahm das Amt von Y") is read with the appointments; these are
the units a coach or chief leads and the idioms of leading, which name no office.

Also with no object at all: "B hat am 1. März von A übernommen" (the post is the article's topic).

Not a thing or a firm bought ("übernahm den Hof von seinem Vater", "der Konzern übernahm die
Firma von X"): the object must be a unit or idiom of the lexicon (or a named organisation) and
the one who takes it over a person; not a lead in a race ("übernahm die Führung von X")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.replacements.announced import announcing_finite, doubted

_LEX = events_lexicon()["succession"]
_VON = closed_class().words("von_forms")
_OFFICE_ENDINGS = tuple(_LEX["take_over_office_endings"])
_INFINITIVES = frozenset(_LEX["take_over_infinitives"])


def taken_from(ctx: ArticleContext, sent: Span) -> list[Replacement]:
    """ "B übernahm <unit> von A": B replaced A."""
    forms = set(_LEX["take_over_forms"]) | _INFINITIVES
    out = []
    for i, low in enumerate(ctx.sentence_lowers(sent), sent.start):
        if low not in forms or negated(ctx, sent, i):
            continue
        modal = announcing_finite(ctx, sent, i) if low in _INFINITIVES else None
        if low in _INFINITIVES and modal is None:
            continue  # an infinitive only as "wird/soll … übernehmen"
        t = ctx.doc[i]
        cl = clause(ctx, sent, t.i)
        pred = _previous_holder(ctx, cl)
        if pred is None or not (_unit_taken(ctx, cl, t.i) or _taken_absolutely(ctx, cl, t.i)):
            continue
        succ = subject_of(ctx, sent, t.i)
        if succ is None or succ.kind != AgentKind.PERSON or succ == pred:
            continue
        if hedged(ctx, sent, [t.i], ignore={modal} if modal is not None else frozenset()) or (
            modal is not None and doubted(sent)
        ):
            continue
        ev = ctx.evidence(sent, "replacement.take_over_unit", 0.7)
        date = ctx.date_for(sent, t.idx)
        out.append(Replacement(ev, succ, pred, None, None, date, announced=modal is not None))
    return out


def _previous_holder(ctx: ArticleContext, cl: Span) -> Agent | None:
    """ "von (Vorgänger / Trainer) Y" in the clause: the named person it was taken from."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ not in _VON or t.i + 1 >= cl.end:
            continue
        if t.i - 1 >= cl.start and doc[t.i - 1].text in _LEX["request_nouns"]:
            continue  # "auf Wunsch von A", "im Auftrag von A": who asked, not whom it was taken from
        named = name_after_titles(ctx, t.i + 1, cl.end)
        if named is not None:
            return ctx.person_agent(named.person)
    return None


def _unit_taken(ctx: ArticleContext, cl: Span, verb: int) -> bool:
    """The clause's object is a led unit or an idiom of leading ("den Klub", "das Ruder"), a
    named organisation ("den Chemnitzer FC"), or the relative pronoun of one ("den er … übernahm")."""
    doc = ctx.doc
    units = set(_LEX["take_over_units"])
    for t in cl:
        if t.i == verb:
            continue
        if t.tag_ == "NN" and t.text in units and doc[t.i - 1].lower_ not in _VON:
            return True
        if t.tag_ == "NN" and t.lower_.endswith(_OFFICE_ENDINGS) and doc[t.i - 1].tag_ in ("ART", "PPOSAT"):
            return True  # "das Rektorenamt", "die Funktionen (als Geschäftsführer)"
        if t.ent_type_ == "ORG" and t.i > cl.start and doc[t.i - 1].tag_ == "ART":
            return True
    if doc[cl.start].tag_ == "PRELS" and cl.start > 0:
        before = doc[max(0, cl.start - 4) : cl.start]
        return any(w.ent_type_ == "ORG" or w.text in units for w in before)
    return False


# an object pronoun makes the take-over one of a thing or person ("hat es von A übernommen")
_OBJECT_PRONOUNS = closed_class().words("taken_thing_pronouns")
_DETERMINERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT"})


def _taken_absolutely(ctx: ArticleContext, cl: Span, verb: int) -> bool:
    """ "B hat (am 1. März) von A übernommen": no object in the clause, no determiner, no noun
    outside a prepositional phrase and no object pronoun, so what was taken is the post itself."""
    doc = ctx.doc
    for t in cl:
        if t.i == verb or ctx.mention_at(t.i) is not None:
            continue  # a name's words ("von Armin Kuss") are no object
        if t.tag_ in _DETERMINERS or t.lower_ in _OBJECT_PRONOUNS:
            return False
        if t.tag_ == "NN" and not _in_prepositional_phrase(doc, cl.start, t.i):
            return False
    return True


def _in_prepositional_phrase(doc: Doc, start: int, noun: int) -> bool:
    """A preposition right before the noun, past numbers and adjectives only ("am 1. März")."""
    k = noun - 1
    while k > start and doc[k].tag_ in ("ADJA", "CARD", "ADJD"):
        k -= 1
    return k >= start and doc[k].tag_ in ("APPR", "APPRART")
