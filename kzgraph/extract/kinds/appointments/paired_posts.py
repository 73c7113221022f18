"""Several persons, each with a post of their own, in one appointing clause: "wählte A zur
Vorsitzenden, B zum Stellvertreter und C zur Kassiererin", "A wurde zum Präsidenten, B zur
Vizepräsidentin gewählt". Each name followed by "zum/zur" and a title is appointed to that title;
the clause's subject (active) appointed them."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger
from kzgraph.extract.kinds.appointments.posts import zum_post

_WORDS = closed_class()
_TO_ROLE = _WORDS.words("to_role_or_zu")
_AND_OR = _WORDS.words("and_or")


def paired_posts(ctx: ArticleContext, sent: Span, trig: Trigger) -> list[Appointment]:
    """One appointment per "Name zum/zur Title" pair of the sentence, when it lists two or more
    (the pairs are set off by commas, so the whole sentence is searched, not the verb's clause)."""
    doc = ctx.doc
    pairs = []
    for m in ctx.mentions_in(sent):
        k = m.end + (m.end < sent.end and doc[m.end].tag_ == "VAFIN")  # "A wurde zur X, B zum Y"
        if m.kind != "name" or k >= sent.end or doc[k].lower_ not in _TO_ROLE:
            continue
        if m.start > sent.start and doc[m.start - 1].lower_ in ctx.lx.prepositions:
            continue  # "als Nachfolger von A zum Landrat": A is no appointee
        end = next(
            (
                j
                for j in range(k + 1, sent.end)
                if doc[j].text == "," or doc[j].lower_ in _AND_OR or ctx.mention_at(j) is not None
            ),
            sent.end,
        )
        post = zum_post(ctx, doc[k:end])
        who = ctx.person_agent(m.person)
        if post is not None and who.kind == AgentKind.PERSON:
            pairs.append((who, post))
    if len(pairs) < 2:
        return []
    agent = None if trig.passive else subject_of(ctx, sent, trig.i)
    if any(who == agent for who, _ in pairs):
        agent = None  # a listed person read as the subject: the subject lies in another clause
    date = ctx.date_for(sent, doc[trig.i].idx)
    return [
        Appointment(ctx.evidence(sent, "appointment.paired_posts", 0.75), who, agent, post, date)
        for who, post in pairs
    ]
