"""Appointments told by a headline without a finite verb: "X neuer Trainer in Y", "X neue Chefin
bei den Stadtwerken", "Ex-Ministerin X neue Botschafterin". The name opens the line (past its
titles), "neuer/neue" and a title follow it right away; a line with a finite verb is a sentence,
read by the verb rules."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.kinds.offices.extract import office_label

_NEW = closed_class().words("neu_forms")
_FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")


def new_holder_headline(ctx: ArticleContext, sent: Span) -> Appointment | None:
    """ "X neuer Trainer in Y": the name opening a verbless line takes the post after "neuer"."""
    doc = ctx.doc
    if sent.text.rstrip().endswith("?") or any(t.tag_ in _FINITE_TAGS for t in sent):
        return None
    m = name_after_titles(ctx, sent.start, sent.end)
    k = m.end if m is not None else sent.end
    if m is None or k + 1 >= sent.end or doc[k].lower_ not in _NEW or not ctx.lx.is_title(doc[k + 1].text):
        return None
    holder = ctx.person_agent(m.person)
    if holder.kind != AgentKind.PERSON:
        return None
    office = office_label(ctx, k + 1)[0]
    return Appointment(
        ctx.evidence(sent, "appointment.headline", 0.65), holder, None, office, ctx.date_for(sent, doc[k].idx)
    )
