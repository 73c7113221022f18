"""Appointments told by a succession: "Nachfolgerin wird X", "ernannte X zu seinem Nachfolger":
becoming the successor is taking the predecessor's post."""

from __future__ import annotations

import re

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Appointment, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.objects import verb_object
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import find_triggers

# becoming the successor, or taking up the succession ("tritt seine Nachfolge an")
_BECOMING = re.compile(r"\b(?:wird|wurde|werden|wurden|tritt|trat|treten|traten)\b")
# "ernannte X zum / zu seinem Nachfolger": the post is the predecessor's
_TO_SUCCESSOR = re.compile(
    r"\b[Zz]u[mr]?\s+(?:(?:seinem|ihrem|seiner|ihrer|dessen|deren|neuen)\s+)*Nachfolger(?:in)?\b"
)


def successors_appointed(ctx: ArticleContext, replacements: list[Replacement]) -> list[Appointment]:
    """ "Nachfolgerin wird X", "Ihr Nachfolger wurde X", "X wird Nachfolger von A": becoming the
    successor is taking the predecessor's post, an appointment to it (by whom is not said).
    "Y ernannte X zu seinem Nachfolger / zum Nachfolger von A" is Y's appointment of X to it."""
    out = []
    for r in replacements:
        ev = r.evidence
        if not r.told_by_noun or not r.office:
            continue
        if _BECOMING.search(ev.sentence):
            evidence = ctx.evidence_from(ev, "appointment.successor", 0.65)
            out.append(Appointment(evidence, r.successor, r.agent, r.office, r.date))
        elif _TO_SUCCESSOR.search(ev.sentence):
            appointer = _appointer_of_successor(ctx, r)
            if appointer is not None:
                evidence = ctx.evidence_from(ev, "appointment.verb.successor", 0.75)
                out.append(Appointment(evidence, r.successor, appointer, r.office, r.date))
    return out


def _appointer_of_successor(ctx: ArticleContext, r: Replacement) -> Agent | None:
    """The subject of the appointing verb whose object is the successor, in the replacement's sentence."""
    sent = next((s for s in ctx.sentences if s.start_char <= r.evidence.start < s.end_char), None)
    if sent is None:
        return None
    for trig in find_triggers(ctx, sent, "appointment"):
        if trig.passive or negated(ctx, sent, trig.i) or trig.lemma == "übernehmen":
            continue
        cl = clause(ctx, sent, trig.i)
        if not _TO_SUCCESSOR.search(cl.text):
            continue
        agent = subject_of(ctx, sent, trig.i)
        got = verb_object(ctx, cl.start, cl.end, trig.i, agent)
        if agent is not None and got is not None and got[0] == r.successor:
            return agent
    return None
