"""A take-over told without its object right after a departure: "Trainer A entlassen – B übernimmt",
"Der Verein trennte sich von A. Für ihn übernimmt Co-Trainer B". The clause holds nothing but the
taker (with titles), adverbs and a "für ihn"; the post is the one vacated just before. Without a
departure before it ("B übernahm in der 30. Minute", "B übernimmt") nothing is said."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.triggers import Trigger, ruled_out
from kzgraph.extract.posts.departures import Departure, departure_just_before

# what a bare clause may hold besides the taker: adverbs, personal pronouns ("für ihn"),
# prepositions, conjunctions and punctuation
_BARE_TAGS = frozenset({"ADV", "ADJD", "PPER", "APPR", "KON", "$,", "$.", "$(", "PTKVZ"})


def taken_after_departure(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, told: list[Departure]
) -> Appointment | None:
    """ "A entlassen – B übernimmt": B takes the post A left, told just before the verb."""
    doc = ctx.doc
    names = [m for m in unprepositioned_names(ctx, cl) if m.kind == "name"]
    if not names or ruled_out(trig, sent):
        return None
    taker = names[-1] if names[-1].start > trig.i else names[0]
    inside = set(range(taker.start, taker.end))
    for t in cl:
        if t.i == trig.i or t.i in inside or t.tag_ in _BARE_TAGS or ctx.lx.is_role(t.text):
            continue
        return None  # an object or another phrase: "übernahm die Ermittlungen", "in der 30. Minute"
    appointee = ctx.person_agent(taker.person)
    if appointee.kind != AgentKind.PERSON:
        return None
    vacated = departure_just_before(ctx, sent, told, other_than=appointee, before=trig.i)
    if vacated is None or vacated.office is None:
        return None
    ev = ctx.evidence(sent, "appointment.take_over_bare", 0.7)
    return Appointment(
        ev, appointee, None, vacated.office, ctx.date_for(sent, doc[trig.i].idx), took_over=True
    )
