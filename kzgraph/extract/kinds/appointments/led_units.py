"""Taking over a unit one leads: "X übernimmt die Mannschaft", "Das Präsidium in Y übernimmt X",
"Trainer X übernahm das Team". A named person takes over a team, a club or an authority's unit
(`taken_units`): its head from now on. The post is the title before the name, else the office the
article gives the person, else unnamed. A purchase ("Der Investor übernimmt den Klub", "übernahm
die Mehrheit am Verein") is none (`taken_unit_not_with`)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.kinds.offices.extract import title_of
from kzgraph.extract.posts.hierarchy import office_of

_ARTICLES = ("ART", "PPOSAT", "ADJA")


def led_unit_taken(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> Appointment | None:
    """ "X übernimmt die Mannschaft": X, named, heads the unit from now on."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    if ctx.sentence_words(sent) & set(lex["taken_unit_not_with"]):
        return None
    units = lex["taken_units"]
    unit = next(
        (t.i for t in cl if t.text in units and t.i > cl.start and doc[t.i - 1].tag_ in _ARTICLES), None
    )
    if unit is None:
        return None
    if unit < trig.i and doc[trig.i].tag_.endswith("FIN"):
        # "Die Mannschaft übernimmt X": the unit fills the Vorfeld, the taker follows the verb
        # (before a participle or infinitive it is the object: "hat die Botschaft übernommen")
        names = [m for m in ctx.mentions_in(doc[trig.i + 1 : cl.end]) if m.kind == "name"]
        taker = ctx.person_agent(names[0].person) if names else None
    else:
        taker = subject_of(ctx, sent, trig.i)
    if taker is None or taker.kind != AgentKind.PERSON or not taker.is_named:
        return None
    post = lex["unit_heads"].get(doc[unit].text) or title_of(ctx, sent, taker) or office_of(ctx, taker)
    return Appointment(
        ctx.evidence(sent, "appointment.unit_taken", 0.7),
        taker,
        None,
        post,
        ctx.date_for(sent, doc[trig.i].idx),
    )
