"""Making room for a named successor: "A musste für B Platz machen", "A macht
Platz für B", "Im Mai machte A Platz für B". The subject left, the person after "für" came. Not room
made for a thing ("Platz für einen Neubau"), not a line-up change ("Platz für den eingewechselten
B"); wishes, questions and negations are ruled out by the shared scope checks of the caller."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import events_lexicon

_LEX = events_lexicon()["succession"]
_NOUNS = frozenset(_LEX["room_nouns"])
_VERBS = frozenset(_LEX["room_verbs"])
_FOR = _LEX["room_preposition"]
_LINEUP = frozenset(_LEX["lineup_cues"])
_BEFORE_NAME = ("ART", "ADJA", "NN", "PPOSAT")  # "für den Schweizer B", "für seinen Kollegen B"


def room_nouns(ctx: ArticleContext, sent: Span) -> list[int]:
    """The room nouns of ``sent`` with a form of "machen" in their clause ("Platz machen")."""
    out = []
    for t in sent:
        if t.text in _NOUNS and any(w.lower_ in _VERBS for w in clause(ctx, sent, t.i)):
            out.append(t.i)
    return out


def _for_person(ctx: ArticleContext, cl: Span, noun: int) -> Agent | None:
    """The person named after "für" right after the room noun or its verb ("Platz für B",
    "Platz machen für den Trainer B")."""
    doc = ctx.doc
    k = noun + 1
    if k < cl.end and doc[k].lower_ in _VERBS:
        k += 1
    if k >= cl.end or doc[k].lower_ != _FOR:
        return None
    for j in range(k + 1, min(cl.end, k + 5)):
        m = ctx.mention_at(j)
        if m is not None and m.start == j:
            return ctx.person_agent(m.person) if m.kind == "name" else None
        if doc[j].tag_ not in _BEFORE_NAME:
            return None
    return None


def _leaver(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """The subject of the finite verb before the room noun ("A muss … Platz machen"), else of the
    room verb itself ("A macht Platz")."""
    doc = ctx.doc
    finite = next((k for k in range(noun - 1, sent.start - 1, -1) if doc[k].tag_.endswith("FIN")), None)
    if finite is None:
        finite = next((k for k in range(noun + 1, sent.end) if doc[k].lower_ in _VERBS), None)
    return subject_of(ctx, sent, finite) if finite is not None else None


def made_room(ctx: ArticleContext, sent: Span, nouns: list[int]) -> list[Replacement]:
    out = []
    for noun in nouns:
        cl = clause(ctx, sent, noun)
        if negated(ctx, sent, noun) or any(t.text in _LINEUP for t in cl):
            continue
        succ = _for_person(ctx, cl, noun)
        pred = _leaver(ctx, sent, noun)
        if succ is None or pred is None or pred.kind != AgentKind.PERSON or succ == pred:
            continue
        ev = ctx.evidence(sent, "replacement.making_room", 0.7)
        out.append(Replacement(ev, succ, pred, None, None, ctx.date_for(sent, ctx.doc[noun].idx)))
    return out
