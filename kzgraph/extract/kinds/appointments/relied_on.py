"""A club or a body choosing someone for a post: "Der FC setzt auf X als Trainer", "Der Verein hat
auf X als neuen Cheftrainer gesetzt". The name after "auf" takes the post named after "als"; the
verb's subject chose. Going on with the holder ("setzt weiter auf X als Trainer"), a role that is
no post of the office lexicon ("setzt auf X als Torschützen") and a negation give nothing."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.scope import asked, negated
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.appointments.posts import zum_post


def relied_on(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """ "setzt auf X als Trainer": X appointed to the post after "als" by the verb's subject."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    out = []
    for verb in ctx.positions_of(sent, frozenset(lex["reliance_verbs"])):
        cl = clause(ctx, sent, verb)
        if negated(ctx, sent, verb) or asked(ctx, sent, verb):
            continue
        if any(t.lower_ in lex["continuing_cues"] for t in cl):
            continue  # "setzt weiter auf X als Trainer": the holder kept
        on = next((t.i for t in cl if t.lower_ in lex["reliance_prepositions"]), None)
        named = name_after_titles(ctx, on + 1, cl.end) if on is not None else None
        if named is None or named.end >= cl.end or doc[named.end].lower_ not in lex["reliance_as"]:
            continue
        post = zum_post(ctx, doc[named.end : cl.end])
        person = ctx.person_agent(named.person)
        if post is None or person.kind != AgentKind.PERSON:
            continue
        agent = subject_of(ctx, sent, verb)
        ev = ctx.evidence(sent, "appointment.relied_on", 0.7)
        out.append(
            Appointment(
                ev, person, agent if agent != person else None, post, ctx.date_for(sent, doc[verb].idx)
            )
        )
    return out
