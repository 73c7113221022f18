"""Appointments told by the certificate handed over: "Der Minister händigte X die
Ernennungsurkunde aus", "X erhielt die Ernennungsurkunde zur Polizeipräsidentin (von Y)". Civil
servants, judges and ministers take office when it is handed to them. The post is the one the
phrase after the noun names ("zur Präsidentin", "als Richter"); an honour ("zum Ehrenbürger")
is none (`certificate_not_with`)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Appointment
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.appointments.posts import zum_post
from kzgraph.extract.posts.certificates import handed_certificate


def certified_appointments(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """One appointment per person the sentence hands a certificate of appointment to."""
    lex = events_lexicon()["appointment"]
    giving = events_lexicon()["dismissal"]["certificate_giving"]
    receiving = events_lexicon()["dismissal"]["certificate_receiving"]
    handed = handed_certificate(ctx, sent, lex["certificate_nouns"], giving, receiving)
    if handed is None or ctx.sentence_words(sent) & set(lex["certificate_not_with"]):
        return []
    doc = ctx.doc
    post = zum_post(ctx, doc[handed.noun + 1 : min(sent.end, handed.noun + 6)])
    date = ctx.date_for(sent, doc[handed.noun].idx)
    out, seen = [], set()
    for who, _start in handed.receivers:
        if who not in seen:
            seen.add(who)
            out.append(
                Appointment(
                    ctx.evidence(sent, "appointment.certificate", 0.75), who, handed.agent, post, date
                )
            )
    return out
