"""Relative clauses around an event verb: whom the relative pronoun stands for (", den die Polizei
festnahm": the antecedent is the object) and who the clause's subject is."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.clauses import NOMINATIVE_ARTICLES, clause, relative_clause
from kzgraph.extract.grammar.closed_class import closed_class

_WORDS = closed_class()
_VON = _WORDS.words("von_forms")

_ANTECEDENT_PARTICLES = _WORDS.words("antecedent_particles")


def relative_antecedent(ctx: ArticleContext, sent: Span, span: Span) -> tuple[Agent, int, int] | None:
    """The named person a relative clause ``span`` is about, with the mention's start and end: the
    name right before its comma ("Der Journalist X, den die Polizei festnahm")."""
    comma = span.start - 1
    if comma - 1 > sent.start and ctx.doc[comma - 1].tag_ == "PTKVZ":
        comma -= 1  # "löste Mara Lenz ab, die …": the particle closes the clause before
    elif comma - 1 > sent.start and ctx.doc[comma - 1].lower_ in _ANTECEDENT_PARTICLES:
        comma -= 1  # "Mara Lenz etwa, die im Mai entlassen wurde"
    before = next((m for m in ctx.mentions_in(sent) if m.end == comma), None)
    if before is None:
        before = _name_before_affiliation(ctx, sent, span, comma)
    if before is None or before.kind != "name":
        return None
    return ctx.person_agent(before.person), before.start, before.end


def _name_before_affiliation(ctx: ArticleContext, sent: Span, span: Span, comma: int) -> Mention | None:
    """ "Ministerin A von der Volkspartei, die …", "A (SPD), die …": the name before a
    party phrase of up to three words, when the relative clause's finite verb is singular (a
    plural one agrees with the party: "von den Liberalen, die … wurden")."""
    doc = ctx.doc
    finite = next((t for t in span if t.tag_.endswith("FIN")), None)
    if finite is None or _plural(finite):
        return None
    for m in ctx.mentions_in(doc[max(sent.start, comma - 6) : comma]):
        gap = doc[m.end : comma]
        party = len(gap) >= 2 and gap[0].lower_ in _VON and doc[comma - 1].text[:1].isupper()
        bracket = len(gap) in (3, 4) and gap[0].text == "(" and gap[-1].text == ")"
        if m.kind == "name" and len(gap) <= 4 and (party or bracket):
            return m
    return None


def relative_object_subject(ctx: ArticleContext, pronoun: int, i: int) -> Agent | None:
    """The subject of a relative clause whose pronoun at ``pronoun`` is the object: the phrase
    after it (", den der Präsident entlassen hatte")."""
    end = np_end(ctx, pronoun + 1, i)
    return ctx.agent_for(ctx.doc[pronoun + 1 : end]) if end > pronoun + 1 else None


class RelativePronoun(NamedTuple):
    """The relative pronoun of a verb's clause and its role there: "subject" (", die X
    festnahmen"), "object" (", den die Polizei festnahm") or "other" (", dem …", ", gegen den …")."""

    index: int
    role: str

    @property
    def is_object(self) -> bool:
        return self.role == "object"


def relative_role(ctx: ArticleContext, sent: Span, i: int) -> RelativePronoun | None:
    """For the verb at ``i`` in a relative clause: its relative pronoun and role ("die"/"das" is
    the object when a determiner phrase or name follows it)."""
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    if not relative_clause(ctx, sent, cl, prepositional=True):
        return None
    k = cl.start
    word = doc[k].lower_
    if word in ctx.lx.prepositions or word in _WORDS.words("oblique_relatives"):
        return RelativePronoun(k + int(word in ctx.lx.prepositions), "other")
    if word in _WORDS.words("accusative_relatives"):
        return RelativePronoun(k, "object")
    nxt = doc[k + 1] if k + 1 < cl.end else None
    if word not in _WORDS.words("nominative_or_accusative_relatives") or nxt is None:
        return RelativePronoun(k, "subject")
    if nxt.lower_ not in NOMINATIVE_ARTICLES and ctx.mention_at(k + 1) is None:
        return RelativePronoun(k, "subject")  # "die den Journalisten X festnahmen"
    # a phrase follows: the pronoun is the object ("die die Polizei festnahm", "das der Präsident
    # entließ") unless a plural verb agrees with it, not with a singular phrase ("Die Beamten,
    # die X festnahmen")
    finite = [t for t in doc[k + 1 : cl.end] if t.tag_.endswith("FIN") or t.i == i]
    plural = bool(finite) and _plural(finite[-1])
    return RelativePronoun(k, "subject" if plural and nxt.lower_ != "die" else "object")


def _plural(verb: Token) -> bool:
    """A plural finite verb: "-en", or "sind"."""
    return verb.lower_.endswith("en") or verb.lower_ == "sind"
