"""Appointments told before the report, by a participle of appointing right before a titled
name: "die neu gewählte Bürgermeisterin X", "der am Montag ernannte Finanzminister X", "der vom
Parlament bestellte Ombudsmann X". That X was appointed is told as known, so no hedge or negation
of the sentence applies to it (as for the dismissals' "die abgesetzte Intendantin X").

The participle alone describes a holder ("der demokratisch gewählte Präsident X" may have held the
post for years): only a cue of a recent appointment makes it one, "neu", "frisch", "soeben" and
the like (`attributive_recent_cues`), a date, or the body that appointed ("vom Rat gewählte")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Appointment
from kzgraph.extract.grammar.dates import find_date
from kzgraph.extract.grammar.objects import titled
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.posts.attributive import by_phrase, holder_after_participle, participle_phrase


def attributive_appointments(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """One appointment per participle of appointing (with a cue of recency) before a titled name."""
    lex = events_lexicon()["appointment"]
    participles = frozenset(lex["attributive"])
    out = []
    for i, low in enumerate(ctx.sentence_lowers(sent), sent.start):
        if low in participles and i + 1 < sent.end and titled(ctx, i + 1):
            fact = _attributive(ctx, sent, i, frozenset(lex["attributive_recent_cues"]))
            if fact is not None:
                out.append(fact)
    return out


def _attributive(ctx: ArticleContext, sent: Span, i: int, recent: frozenset[str]) -> Appointment | None:
    doc = ctx.doc
    phrase = participle_phrase(ctx, sent, i, reach=6)
    by, agent = by_phrase(ctx, phrase, i)  # "die vom Rat gewählte X"
    dated = find_date(phrase.text, ctx.article.date, None, past=True) is not None
    prefixed = any(doc[i].lower_.startswith(cue) for cue in recent)  # "neugewählte"
    if not (by is not None or dated or prefixed or any(t.lower_ in recent for t in phrase)):
        return None
    found = holder_after_participle(ctx, sent, i, phrase)
    if found is None or found.office is None:
        return None
    return Appointment(
        ctx.evidence(sent, "appointment.attributive", 0.7), found.holder, agent, found.office, found.date
    )
