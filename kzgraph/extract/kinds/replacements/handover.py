"""Handing one's own office to a named person replaces the giver: "A übergab sein Mandat an B",
"A gab den Parteivorsitz an B ab", and a conjunct that shares the verb before it ("B soll A
ablösen, C sein Mandat an D übergeben": announced). Not a thing handed over ("übergab seinen
Bericht an B"), not someone else's office ("übergab das Amt des Kanzlers an B"), not a body as
receiver ("an die Partei"), and not a wish, a rumour or a negation (the shared scope checks)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Replacement
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.embedded import resumed_clause
from kzgraph.extract.grammar.objects import name_after_titles, unprepositioned_names
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers
from kzgraph.extract.kinds.replacements.announced import announcing_finite, doubted
from kzgraph.extract.posts.hierarchy import POSSESSIVE_DETERMINERS

_LEX = events_lexicon()["succession"]
_OFFICES = tuple(_LEX["handover_offices"])
_DEFINITE_OFFICES = tuple(_LEX["handover_definite_offices"])
_GENERIC = frozenset(_LEX["handover_generic_offices"])
_BATONS = frozenset(_LEX["handover_batons"])  # "übergibt B den Stab"
# forms that are the infinitive as well as the participle ("übergeben", "abgeben")
_INFINITIVES = frozenset(f for v in _LEX["handover_verbs"] for f in v["nonfinite"] if not f.startswith("ge"))
_DEFINITE = frozenset(_LEX["handover_definite_articles"])
_RECEIVER_PREPOSITIONS = frozenset(_LEX["handover_receiver_prepositions"])
_GENITIVE_ARTICLES = closed_class().words("genitive_articles")


def handover_triggers(ctx: ArticleContext, sent: Span) -> list[Trigger]:
    return find_triggers(ctx, sent, "succession", "handover_verbs")


def _office_object(ctx: ArticleContext, cl: Span) -> tuple[int, str] | None:
    """(token, noun) of the office handed over: "sein Mandat", "ihren Sitz", "den Parteivorsitz"."""
    doc = ctx.doc
    for t in cl:
        low = t.lower_
        if t.tag_ != "NN" or not (low.endswith(_OFFICES) or low in _BATONS) or t.i == cl.start:
            continue
        det = doc[t.i - 1] if doc[t.i - 1].tag_ != "ADJA" else doc[t.i - 2]
        own = det.lower_ in POSSESSIVE_DETERMINERS
        chair = det.lower_ in _DEFINITE and (low.endswith(_DEFINITE_OFFICES) or low in _BATONS)
        genitive = t.i + 1 < cl.end and doc[t.i + 1].lower_ in _GENITIVE_ARTICLES
        if genitive and chair and not _someone_elses(ctx, t.i + 2, cl.end):
            genitive = False  # "die Leitung des Unternehmens": the firm's, not another holder's
        if (own or chair) and not genitive:
            return t.i, t.text
    return None


def _someone_elses(ctx: ArticleContext, k: int, end: int) -> bool:
    """The genitive from ``k`` names a post or a person ("des Kanzlers", "des Ministers X"), so
    the office is someone else's, not the giver's own."""
    doc = ctx.doc
    while k < end and doc[k].tag_ == "ADJA":
        k += 1
    return k >= end or ctx.lx.is_title(doc[k].text) or ctx.mention_at(k) is not None


def _receiver(ctx: ArticleContext, cl: Span, after: int) -> Agent | None:
    """The named person after "an" ("an B", "an den Abgeordneten B")."""
    doc = ctx.doc
    for k in range(after, cl.end - 1):
        if doc[k].lower_ not in _RECEIVER_PREPOSITIONS:
            continue
        start = k + 1
        while start < cl.end and doc[start].tag_ in ("ART", "PPOSAT", "ADJA"):
            start += 1  # "an den Abgeordneten B", "an seine älteste Tochter B"
        m = name_after_titles(ctx, start, cl.end)
        if m is None and start + 1 < cl.end and doc[start].tag_ == "NN":
            m = name_after_titles(ctx, start + 1, cl.end)  # a noun in apposition: "Tochter B"
        return ctx.person_agent(m.person) if m is not None else None
    return None


def _dative_receiver(
    ctx: ArticleContext, cl: Span, trig: int, office: int, giver: Agent | None
) -> Agent | None:
    """ "übergibt B (im Januar) den Stab", "hat B sein Mandat übergeben": the last named person
    between the verb (or the clause start) and the office object, outside a prepositional
    phrase, that is not the giver."""
    start = trig + 1 if trig < office else cl.start
    found = unprepositioned_names(ctx, ctx.doc[start:office])
    names = [m for m in found if ctx.person_agent(m.person) != giver]
    return ctx.person_agent(names[-1].person) if names else None


def _giver(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, office: int) -> Agent | None:
    """The subject; in a conjunct without a verb of its own, the name that opens it."""
    if any(t.tag_.endswith("FIN") for t in cl):
        return subject_of(ctx, sent, trig.i)
    m = name_after_titles(ctx, cl.start, office)
    return ctx.person_agent(m.person) if m is not None else None


def _person(agent: Agent | None) -> bool:
    return agent is not None and agent.kind == AgentKind.PERSON


def handed_over(
    ctx: ArticleContext, sent: Span, triggers: list[Trigger], announced_only: bool
) -> list[Replacement]:
    """The handovers of ``sent``; with ``announced_only`` (the sentence is hedged) only those an
    announcing "soll"/"wird" governs."""
    out = []
    for trig in triggers:
        if negated(ctx, sent, trig.i):
            continue
        cl = resumed_clause(ctx, sent, clause(ctx, sent, trig.i))  # "gab A, der …, den Stab an B ab"
        found = _office_object(ctx, cl)
        if found is None:
            continue
        giver = _giver(ctx, sent, cl, trig, found[0])
        receiver = _receiver(ctx, cl, found[0] + 1) or _dative_receiver(ctx, cl, trig.i, found[0], giver)
        if not (_person(giver) and _person(receiver)) or giver == receiver:
            continue
        infinitive = ctx.doc[trig.i].lower_ in _INFINITIVES
        announced = announcing_finite(ctx, sent, trig.i, infinitive) is not None
        if (announced_only and not announced) or (announced and doubted(sent)):
            continue
        noun = found[1]
        office = None if noun.lower() in _GENERIC else noun
        ev = ctx.evidence(sent, f"replacement.handover.{trig.lemma}", 0.75)
        date = ctx.date_for(sent, ctx.doc[trig.i].idx)
        out.append(Replacement(ev, receiver, giver, office, None, date, announced=announced))  # type: ignore[arg-type]
    return out
