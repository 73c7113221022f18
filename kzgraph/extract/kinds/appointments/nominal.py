"""Appointments told by a noun: "die Ernennung des Staatssekretärs X zum Minister", "nach der
Wahl von X zur Präsidentin". The noun needs its holder (a genitive or "von") and the post
("zum/zur" and a title of the office lexicon): "die Wahl des Präsidenten" alone is an election,
no appointment. A noun planned, failed, opposed or proposed ("die geplante Ernennung", "die Wahl
scheiterte") tells no appointment done."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.dismissals.nouns import holder_after_noun
from kzgraph.extract.kinds.offices.extract import office_label

_TO_ROLE = closed_class().words("zum_zur")


def _post_after(ctx: ArticleContext, start: int, limit: int) -> int | None:
    """The title of the first "zum/zur (neuen) Title" between ``start`` and ``limit``."""
    doc = ctx.doc
    for k in range(start, limit):
        if doc[k].lower_ not in _TO_ROLE:
            continue
        j = k + 1
        while j < limit and doc[j].text[:1].islower() and doc[j].tag_ == "ADJA":
            j += 1
        return j if j < limit and ctx.lx.is_title(doc[j].text) else None
    return None


def nominal_appointments(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    lex = events_lexicon()["appointment"]
    nouns = set(lex["nouns"])
    if not any(t.text in nouns for t in sent):
        return []
    if ctx.sentence_words(sent) & set(lex["noun_not_with"]):
        return []
    doc = ctx.doc
    out = []
    for t in (t for t in sent if t.text in nouns):
        holder = holder_after_noun(ctx, sent, t.i + 1)
        if holder is None or holder.kind != AgentKind.PERSON:
            continue
        title = _post_after(ctx, t.i + 2, min(sent.end, t.i + 14))
        if title is None:
            continue
        out.append(
            Appointment(
                ctx.evidence(sent, "appointment.noun", 0.7),
                holder,
                None,
                office_label(ctx, title)[0],
                ctx.date_for(sent, doc[t.i].idx),
            )
        )
    return out
