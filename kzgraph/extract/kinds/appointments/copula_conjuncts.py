"""Further posts in one sentence of new holders ("Neuer Minister ist A, neue Staatssekretärin wurde
B", "Neuer Botschafter in K wird A, neuer Botschafter in L B"): each clause after a comma or
semicolon that opens with "neue(r)" and a title names its own holder, after its own becoming
verb or, with the verb left out (gapping), right after the post phrase."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.agents import saxon_genitive
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.copula_adjuncts import past_attributes
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_WORDS = closed_class()
_NEW = _WORDS.words("neu_forms")
_BECOMES = _WORDS.words("becoming_verbs")
_CONJUNCT_MARKS = frozenset({",", ";"})


def further_new_holders(ctx: ArticleContext, sent: Span) -> list[Appointment]:
    """The holders of the clauses after the first that open with "neue(r)" and a title, when a
    becoming verb came before them."""
    doc, lx = ctx.doc, ctx.lx
    verbs = ctx.positions_of(sent, _BECOMES)
    if not verbs:
        return []
    marks = ctx.positions_of(sent, _CONJUNCT_MARKS)
    starts = [c + 1 for c in marks if verbs[0] < c < sent.end - 3 and doc[c + 1].lower_ in _NEW]
    out = []
    for n, start in enumerate(starts):
        title = past_attributes(doc, start + 1, sent.end)  # "neuer deutscher Botschafter"
        if title >= sent.end or not lx.is_title(doc[title].text) or doc[title].tag_ not in ("NN", "NE"):
            continue
        end = starts[n + 1] - 1 if n + 1 < len(starts) else sent.end
        own_verb = next((k for k in range(title + 1, end) if k in verbs), None)
        if own_verb is None and any(t.tag_.endswith("FIN") for t in doc[title + 1 : end]):
            continue  # a verb of its own that tells no post taken ("neuer Co-Trainer bleibt B")
        look = doc[(own_verb if own_verb is not None else title) + 1 : end]
        names = [m for m in unprepositioned_names(ctx, look) if not saxon_genitive(ctx, m.start, end)]
        if not names:
            continue
        who = ctx.person_agent(names[0].person)
        if who.kind != AgentKind.PERSON:
            continue
        verb = own_verb if own_verb is not None else verbs[0]
        out.append(
            Appointment(
                ctx.evidence(sent, "appointment.becomes_conjunct", 0.7),
                who,
                None,
                office_label(ctx, title)[0],
                ctx.date_for(sent, doc[verb].idx),
            )
        )
    return out


_PLURAL_BECOMING = frozenset(events_lexicon()["appointment"]["plural_becoming"])
_LIST_JOINERS = _WORDS.words("coordinators") | {","}


def plural_holders(ctx: ArticleContext, sent: Span, fact: Appointment) -> list[Appointment]:
    """ "Neue Staatssekretäre werden A im X- sowie B im Y-Ministerium": after a plural becoming
    verb right before the first holder, every further name joined by a comma, "und" or "sowie"
    (past a place or remit adjunct of the one before) takes the same post."""
    doc = ctx.doc
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name"]
    first = next((m for m in names if ctx.person_agent(m.person) == fact.appointee), None)
    if first is None or first.start - 1 < sent.start or doc[first.start - 1].lower_ not in _PLURAL_BECOMING:
        return []
    out = []
    for m in names:
        if m.start <= first.start or doc[m.start - 1].lower_ not in _LIST_JOINERS:
            continue
        if any(t.tag_.endswith("FIN") or t.text in (";", ":") for t in doc[first.end : m.start]):
            break  # another clause
        who = ctx.person_agent(m.person)
        if who.kind == AgentKind.PERSON and who != fact.appointee:
            out.append(dataclasses.replace(fact, appointee=who))
    return out
