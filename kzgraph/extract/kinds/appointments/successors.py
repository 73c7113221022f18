"""Appointments told by a succession: "Nachfolgerin wird X", "ernannte X zu seinem Nachfolger":
becoming the successor is taking the predecessor's post."""

from __future__ import annotations

import re

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Appointment, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers
from kzgraph.extract.grammar.verb_objects import verb_object

# becoming the successor, or taking up the succession ("tritt seine Nachfolge an")
_BECOMING = re.compile(r"\b(?:wird|wurde|werden|wurden|tritt|trat|treten|traten|angetreten)\b")
# successions told by a verb ("B löst A als Trainer ab") or a handover ("A übergab den Vorsitz an B")
_TOLD_BY_VERB = ("replacement.verb.", "replacement.handover.")
# "ernannte X zum / zu seinem Nachfolger", "präsentierte X als Nachfolger" (round 19c): the
# post is the predecessor's
_TO_SUCCESSOR = re.compile(
    r"\b(?:[Zz]u[mr]?|als)\s+(?:(?:seinem|ihrem|seiner|ihrer|dessen|deren|neuen)\s+)*Nachfolger(?:in)?\b"
)


def successors_appointed(ctx: ArticleContext, replacements: list[Replacement]) -> list[Appointment]:
    """ "Nachfolgerin wird X", "Ihr Nachfolger wurde X", "X wird Nachfolger von A": becoming the
    successor is taking the predecessor's post, an appointment to it (by whom is not said).
    "Y ernannte X zu seinem Nachfolger / zum Nachfolger von A" is Y's appointment of X to it."""
    out = []
    for r in replacements:
        ev = r.evidence
        if not r.told_by_noun:
            if r.office and not r.announced and ev.rule.startswith(_TOLD_BY_VERB):
                # "B löst A als Trainer ab", "A übergab den Vorsitz an B": succeeding in a named
                # post is being given it
                evidence = ctx.evidence_from(ev, "appointment.succeeded", 0.7)
                out.append(Appointment(evidence, r.successor, r.agent, r.office, r.date))
            continue
        if _entrusted(ev.sentence):
            # "X mit der Nachfolge von A betrauen": entrusting X with the succession appoints X,
            # to A's post when the article names it
            evidence = ctx.evidence_from(ev, "appointment.entrusted", 0.7)
            out.append(Appointment(evidence, r.successor, _entruster(ctx, r), r.office, r.date))
            continue
        if _BECOMING.search(ev.sentence):
            # "Sein Nachfolger wurde B": B took the post, whether or not the article names it
            evidence = ctx.evidence_from(ev, "appointment.successor", 0.65)
            out.append(Appointment(evidence, r.successor, r.agent, r.office, r.date))
        elif _TO_SUCCESSOR.search(ev.sentence):  # the post may be named elsewhere or not at all
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
        if trig.passive or negated(ctx, sent, trig.i) or trig.lemma in ("übernehmen", "antreten"):
            continue
        cl = clause(ctx, sent, trig.i)
        if not _TO_SUCCESSOR.search(cl.text):
            continue
        agent = subject_of(ctx, sent, trig.i)
        got = verb_object(ctx, cl.start, cl.end, trig.i, agent)
        if agent is not None and got is not None and got[0] == r.successor:
            return agent
    return None


def _entrusted(sentence: str) -> bool:
    """ "mit der Nachfolge … betrauen / beauftragen": someone is entrusted with a succession."""
    lex = events_lexicon()["succession"]
    words = {w.strip('.,;:!?"„“»«') for w in sentence.split()}
    return "mit der Nachfolge" in sentence and bool(words & set(lex["entrusting_verbs"]))


def _entruster(ctx: ArticleContext, r: Replacement) -> Agent | None:
    """Who entrusted the successor: the subject of the entrusting verb ("Der Vorstand hat X mit der
    Nachfolge betraut"), or of the clause it depends on ("Er habe beschlossen, X … zu betrauen")."""
    sent = next((s for s in ctx.sentences if s.start_char <= r.evidence.start < s.end_char), None)
    if sent is None:
        return None
    verbs = set(events_lexicon()["succession"]["entrusting_verbs"])
    verb = next((t.i for t in sent if t.lower_ in verbs), None)
    if verb is None:
        return None
    finite = next((t.i for t in sent if t.tag_.endswith("FIN") and t.i < verb), verb)
    agent = subject_of(ctx, sent, verb if ctx.doc[verb].tag_ != "VVIZU" and finite == verb else finite)
    return agent if agent is not None and agent != r.successor else None
