"""A new holder presented with "mit": "präsentierte mit X einen neuen Manager", "Die Kölner haben
mit X ihren Übungsleiter verpflichtet". The person after "mit" is the one signed or presented,
the title of the verb's accusative object the post; the verb's subject did it. A "mit"-phrase
of company ("stellte mit X den Plan vor") names no title and gives nothing."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, ruled_out
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()
_WITH = _WORDS.words("with_prepositions")
_OBJECT_DETERMINERS = _WORDS.words("accusative_determiners")
_NEW = _WORDS.words("neu_forms")
_RECEIVING = frozenset(events_lexicon()["appointment"]["receiving_verbs"])


def presented_with(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> Appointment | None:
    """ "präsentierten mit X (zudem) einen neuen Manager": X takes the titled post of the object."""
    if trig.passive or trig.lemma not in events_lexicon()["appointment"]["presenting_verbs"]:
        return None
    doc = ctx.doc
    named = _named_with(ctx, cl)
    if named is None:
        return None
    post = _titled_object(ctx, named.end, cl.end)
    person = ctx.person_agent(named.person)
    if post is None or person.kind != AgentKind.PERSON or ruled_out(trig, sent):
        return None
    agent = subject_of(ctx, sent, trig.i)
    ev = ctx.evidence(sent, "appointment.presented_with", 0.75)
    return Appointment(ev, person, agent, post, ctx.date_for(sent, doc[trig.i].idx))


def _named_with(ctx: ArticleContext, cl: Span) -> Mention | None:
    """The first name right after "mit" in the clause."""
    doc = ctx.doc
    return next(
        (
            m
            for m in ctx.mentions_in(cl)
            if m.kind == "name" and m.start > cl.start and doc[m.start - 1].lower_ in _WITH
        ),
        None,
    )


def received_with(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """ "Die Redaktion erhält mit X eine neue Leiterin", "Der Club bekam mit X einen neuen
    Trainer": X takes the post, told as new; the subject is the body that gets the holder. Only
    with "neu" ("erhält mit X einen Partner", "bekam mit X einen Gegner" are no posts)."""
    out: list[Appointment] = []
    for verb in ctx.positions_of(sent, _RECEIVING):
        cl = clause(ctx, sent, verb)
        named = _named_with(ctx, cl)
        if named is None or named.start < verb or negated(ctx, sent, verb):
            continue
        post = _titled_object(ctx, named.end, cl.end, new_only=True)
        person = ctx.person_agent(named.person)
        if post is None or person.kind != AgentKind.PERSON:
            continue
        ev = ctx.evidence(sent, "appointment.received_with", 0.7)
        date = ctx.date_for(sent, ctx.doc[verb].idx)
        out.append(Appointment(ev, person, subject_of(ctx, sent, verb), post, date))
    return out


def _titled_object(ctx: ArticleContext, start: int, limit: int, new_only: bool = False) -> str | None:
    """The title of the first accusative phrase after ``start`` ("einen neuen Manager", "ihren
    Übungsleiter"), within the next six words (past an adverb: "zudem einen …")."""
    doc = ctx.doc
    for k in range(start, min(limit, start + 6)):
        if doc[k].lower_ not in _OBJECT_DETERMINERS:
            continue
        j = k + 1
        while j < limit and doc[j].tag_ == "ADJA":
            j += 1
        if new_only and not any(doc[a].lower_ in _NEW for a in range(k + 1, j)):
            return None
        return office_label(ctx, j)[0] if j < limit and ctx.lx.is_title(doc[j].text) else None
    return None
