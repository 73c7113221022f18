"""Appointments told by "werden" with a bare office as predicate: "2001 wurde X Landrätin des
Kreises", "Danach wurde er Direktor einer Bank", "X wurde erster Bürgermeister von Y". Becoming
the holder of an office is taking it (by whom is not said). The office noun must be a title of
the office lexicon, so "wurde Vater", "wurde Weltmeister", "wurde Zweiter" give nothing; an
award of the year ("wurde Trainer des Jahres") neither; a titled person after "wurde" in a
passive ("wurde Präsident X vorgestellt") or a future with another verb ("wird Präsident
bleiben") is no predicate."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()


def _words(name: str) -> frozenset[str]:
    return _WORDS.words(name)


def _title_after(ctx: ArticleContext, k: int, limit: int) -> int | None:
    """The title opening the predicate at ``k``, past an article and adjectives ("der erste",
    "stellvertretende"); None when none or a name follows it (a titled person, no predicate)."""
    doc = ctx.doc
    while k < limit and doc[k].tag_ in ("ADV", "CARD"):
        k += 1  # "wurde X 1998 / später Direktor"
    k += k < limit and doc[k].lower_ in _words("definite_nominative_articles")
    while k < limit and doc[k].tag_ in ("ADJA", "ADJD") and doc[k].text[:1].islower():
        k += 1
    if k >= limit or not ctx.lx.is_title(doc[k].text) or doc[k].tag_ not in ("NN", "NE"):
        return None
    nxt = ctx.mention_at(k + 1)
    if nxt is not None and nxt.start == k + 1:
        return None
    return k


def _award(ctx: ArticleContext, title: int, limit: int) -> bool:
    """ "Trainer des Jahres", "Manager der Saison": a prize, not an office."""
    doc = ctx.doc
    return any(doc[j].text in _words("award_period_nouns") for j in range(title + 1, min(limit, title + 4)))


def _other_verb_after(ctx: ArticleContext, title: int, end: int) -> bool:
    """A participle or infinitive after the predicate makes "wurde/wird" an auxiliary."""
    return any(
        t.tag_ in ("VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "VVIZU") for t in ctx.doc[title + 1 : end]
    )


def _clause_end(ctx: ArticleContext, sent: Span, start: int) -> int:
    doc = ctx.doc
    return next(
        (
            j
            for j in range(start, sent.end)
            if doc[j].text in (",", ";", ":") or doc[j].lower_ in _words("coordinators")
        ),
        sent.end,
    )


def bare_office_predicate(ctx: ArticleContext, sent: Span) -> Appointment | None:
    """ "X wurde Landrätin", "1998 wurde X Direktor der Bank", "Danach wurde sie Bürgermeisterin
    von Y": the subject (a name or a pronoun of a person) becomes the holder of the office."""
    doc = ctx.doc
    verbs = _words("becoming_verbs_bare")
    for verb in (t.i for t in sent if t.lower_ in verbs):
        end = _clause_end(ctx, sent, verb + 1)
        after = ctx.mention_at(verb + 1)
        before = next((m for m in ctx.mentions_in(doc[sent.start : verb]) if m.end == verb), None)
        if after is not None and after.start == verb + 1 and verb > sent.start:
            who, k = after, after.end  # "1998 wurde X Direktor": the subject after the verb
        elif before is not None and before.subject:
            who, k = before, verb + 1  # "X wurde Direktor"
        else:
            continue
        title = _title_after(ctx, k, end)
        if title is None or _award(ctx, title, end) or _other_verb_after(ctx, title, end):
            continue
        agent = ctx.person_agent(who.person)
        if agent.kind != AgentKind.PERSON or negated(ctx, sent, verb):
            continue
        return Appointment(
            ctx.evidence(sent, "appointment.becomes_bare", 0.65),
            agent,
            None,
            office_label(ctx, title)[0],
            ctx.date_for(sent, doc[verb].idx),
        )
    return None
