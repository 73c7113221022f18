"""A take-over told without its object right after a departure: "Trainer A entlassen – B übernimmt",
"Der Verein trennte sich von A. Für ihn übernimmt Co-Trainer B". The clause holds nothing but the
taker (with titles), adverbs and a "für ihn"; the post is the one vacated just before. Without a
departure before it ("B übernahm in der 30. Minute", "B übernimmt") nothing is said."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, ruled_out
from kzgraph.extract.kinds.offices.extract import base_title
from kzgraph.extract.posts.departures import Departure, departure_just_before

# what a bare clause may hold besides the taker: adverbs, personal pronouns ("für ihn"),
# prepositions, conjunctions and punctuation
_BARE_TAGS = frozenset({"ADV", "ADJD", "PPER", "APPR", "KON", "$,", "$.", "$(", "PTKVZ"})
_FUTURE = frozenset(events_lexicon()["appointment"]["future_auxiliaries"])


def taken_after_departure(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, told: list[Departure]
) -> Appointment | None:
    """ "A entlassen – B übernimmt": B takes the post A left, told just before the verb."""
    doc = ctx.doc
    if cl.end + 1 < sent.end and doc[cl.end].text == "," and _name_closes(ctx, sent, cl.end + 1):
        cl = doc[cl.start : sent.end - 1]  # "In X übernimmt die Konsulin in Y, B.": B closes it
    names = [m for m in unprepositioned_names(ctx, cl) if m.kind == "name"]
    if not names or ruled_out(trig, sent):
        return None
    taker = names[-1] if names[-1].start > trig.i else names[0]
    inside = set(range(taker.start, taker.end))
    infinitive = doc[trig.i].tag_ == "VVINF"
    described = _described_taker(ctx, cl, trig.i, taker.start)
    for t in cl:
        if t.i == trig.i or t.i in inside or t.tag_ in _BARE_TAGS or ctx.lx.is_role(t.text):
            continue
        if infinitive and t.lower_ in _FUTURE:
            continue  # "…, übernehmen wird B": the infinitive fronted, its future auxiliary
        if described is not None and t.tag_ in _DESCRIPTION_TAGS and trig.i < t.i < taker.start:
            continue  # "übernimmt die amtierende Konsulin in Y, B": B's own description
        if t.tag_ == "NE" and doc[t.i - 1].tag_ == "APPR" and t.i < trig.i:
            continue  # "In Y übernimmt …": a place in the Vorfeld
        return None  # an object or another phrase: "übernahm die Ermittlungen", "in der 30. Minute"
    appointee = ctx.person_agent(taker.person)
    if appointee.kind != AgentKind.PERSON:
        return None
    vacated = departure_just_before(ctx, sent, told, other_than=appointee, before=trig.i)
    if vacated is None and described is not None and _place_first(ctx, cl, trig.i):
        post = described  # "In X übernimmt die Konsulin in Y, B": the post of B's title, in X
    elif vacated is not None:
        post = vacated.office  # the post left just before, named or not ("A trat zurück, B übernimmt")
    else:
        return None
    ev = ctx.evidence(sent, "appointment.take_over_bare", 0.7)
    return Appointment(ev, appointee, None, post, ctx.date_for(sent, doc[trig.i].idx), took_over=True)


_DESCRIPTION_TAGS = frozenset({"ART", "ADJA", "NE", "NN"})


def _described_taker(ctx: ArticleContext, cl: Span, verb: int, name: int) -> str | None:
    """A title between the verb and the taker's name ("übernimmt die amtierende Konsulin in Y,
    B", "übernimmt Co-Trainer B"): the title, its base form."""
    doc = ctx.doc
    title = next((t for t in doc[verb + 1 : name] if ctx.lx.is_title(t.text)), None)
    return base_title(title.text)[0] if title is not None else None


def _place_first(ctx: ArticleContext, cl: Span, verb: int) -> bool:
    """The clause opens with a place ("In X übernimmt …"): a preposition and a name before the verb."""
    doc = ctx.doc
    return cl.start + 2 <= verb and doc[cl.start].tag_ == "APPR" and doc[verb - 1].tag_ == "NE"


def _name_closes(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """A name starts at ``k`` and closes the sentence."""
    m = ctx.mention_at(k)
    return m is not None and m.kind == "name" and m.start == k and m.end == sent.end - 1
