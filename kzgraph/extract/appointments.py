"""Appointments: "ernannte X zum Y", "X war von Y zum Z ernannt worden", "setzte eine neue Regierung ein",
"X übernahm den Vorsitz"."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.context import ArticleContext
from kzgraph.extract.dismissals import office_np
from kzgraph.extract.events import (
    Trigger,
    agent_after_von,
    apposition_subject,
    clause,
    events_lexicon,
    find_triggers,
    hedged,
    negated,
    object_after,
    subject_of,
)
from kzgraph.extract.facts import Agent, AgentKind, Appointment
from kzgraph.extract.offices import base_title


def _zum_office(ctx: ArticleContext, cl: Span) -> str | None:
    """ "zum Vize-Sekretär", "zur neuen Ministerpräsidentin", "als Trainer"."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ in ("zum", "zur", "als"):
            k = t.i + 1
            while k < cl.end and doc[k].text[:1].islower() and doc[k].text.endswith(("e", "en", "er")):
                k += 1
            if k < cl.end and ctx.lx.is_title(doc[k].text):
                return base_title(doc[k].text)[0]
    return None


def _one(ctx: ArticleContext, sent: Span, trig: Trigger) -> Appointment | None:
    doc = ctx.doc
    spec = trig.spec
    cl = clause(ctx, sent, trig.i)
    office = _zum_office(ctx, cl)
    agent: Agent | None
    if trig.lemma == "übernehmen":
        found = office_np(ctx, sent)
        if found is None:
            return None
        appointee = subject_of(ctx, sent, trig.i)
        if appointee is None or appointee.kind != AgentKind.PERSON:
            return None
        return Appointment(
            ctx.evidence(sent, "appointment.take_over", 0.8),
            appointee,
            appointee,
            found[0],
            ctx.date_for(sent, doc[trig.i].idx),
        )
    if trig.lemma == "einsetzen":
        groups = events_lexicon()["appointment"]["groups"]
        subj = subject_of(ctx, sent, trig.i)
        skip = {p for p, a in enumerate(ctx._agents) if a == subj}
        got = object_after(ctx, trig.i + 1, cl.end, skip) if not trig.passive else None
        if got is None or not any(got[0].label.lower().endswith(g) for g in groups):
            if office is None:
                return None
        if got is not None and office is None:
            agent = subj
            return Appointment(
                ctx.evidence(sent, "appointment.install_group", 0.75),
                got[0],
                agent,
                None,
                ctx.date_for(sent, doc[trig.i].idx),
            )
    appo = apposition_subject(ctx, sent, trig.i) if trig.passive and office is None else None
    if appo is not None:
        # "Die neue Finanzministerin, X, wurde ernannt": the title names the post
        office = base_title(doc[appo[1]].text)[0]
    if office is None:
        return None  # appointment verbs without a post are too vague ("berief sich auf")
    if trig.passive:
        appointee = subject_of(ctx, sent, trig.i)
        agent = None
        for k in range(cl.start, trig.i):
            if doc[k].lower_ in ("von", "vom", "durch"):
                agent = agent_after_von(ctx, k + 1, trig.i)
                break
        rule, conf = "appointment.verb.passive", 0.8
    else:
        agent = subject_of(ctx, sent, trig.i)
        skip = {p for p, a in enumerate(ctx._agents) if a == agent}
        got = object_after(ctx, trig.i + 1, cl.end, skip) or object_after(ctx, cl.start, trig.i, skip)
        appointee = got[0] if got else None
        rule, conf = "appointment.verb.active", 0.8
    if appointee is None or appointee == agent and spec["lemma"] != "wählen":
        return None
    if any(t.lower_ == "sich" for t in cl) and spec["lemma"] == "berufen":
        return None
    return Appointment(
        ctx.evidence(sent, rule, conf), appointee, agent, office, ctx.date_for(sent, doc[trig.i].idx)
    )


def extract_appointments(ctx: ArticleContext) -> list[Appointment]:
    memo = getattr(ctx, "_appointments", None)
    if memo is not None:
        return memo
    out: list[Appointment] = []
    for sent in ctx.sentences:
        trigs = find_triggers(ctx, sent, "appointment")
        if not trigs or hedged(sent):
            continue
        for trig in trigs:
            if negated(sent, trig.i):
                continue
            fact = _one(ctx, sent, trig)
            if fact is not None:
                out.append(fact)
    ctx._appointments = out  # type: ignore[attr-defined]
    return out
