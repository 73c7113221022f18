"""Dismissals told by the certificate handed over: "Der Präsident überreichte Minister X die
Entlassungsurkunde", "X erhielt die Entlassungsurkunde (durch Y)". Ministers and civil servants
leave office when it is handed to them; the one who receives it is dismissed, the one who hands
it over dismisses.

The lexicon (events.yaml, dismissal section) lists the certificate nouns and the verbs of giving
and receiving; who received it and who handed it over is read by the shared
:func:`kzgraph.extract.posts.certificates.handed_certificate`, which appointments read too."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Dismissal
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import title_before
from kzgraph.extract.posts.certificates import handed_certificate

_RULE = "dismissal.certificate"


def certified_dismissals(ctx: ArticleContext, sent: Span) -> list[Dismissal]:
    """One dismissal per person the sentence hands a certificate of dismissal to."""
    lex = events_lexicon()["dismissal"]
    if ctx.sentence_words(sent) & set(lex["certificate_not_with"]):
        return []
    handed = handed_certificate(
        ctx, sent, set(lex["certificate_nouns"]), lex["certificate_giving"], lex["certificate_receiving"]
    )
    if handed is None:
        return []
    ev = ctx.evidence(sent, _RULE, 0.75)
    date = ctx.date_for(sent, ctx.doc[handed.noun].idx)
    out, seen = [], set()
    for who, k in handed.receivers:
        if who in seen:
            continue
        seen.add(who)
        out.append(Dismissal(ev, who, handed.agent, title_before(ctx, k), date))
    return out
