"""A new holder named after a colon: "Zum Team zählt eine neue Pressesprecherin: X", "Der Verein hat
einen neuen Trainer: X", "Neue Leiterin der Bücherei: X". The phrase right before the colon is
"neu" and a title (with a genitive or a short place phrase), the name opens what follows the
colon. A title after a preposition ("an den neuen Trainer:" is a recipient), without "neu" ("Der
Trainer: X") or after a search ("sucht einen neuen Trainer:") gives nothing."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.scope import negated
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_NEW = closed_class().words("neu_forms")


def new_holder_after_colon(ctx: ArticleContext, sent: Span) -> Appointment | None:
    """The name right after a colon that closes "neue(r) Title …"."""
    doc = ctx.doc
    for colon in ctx.positions_of(sent, frozenset({":"})):
        named = ctx.mention_at(colon + 1)
        if named is None or named.start != colon + 1 or named.kind != "name":
            continue
        title = _new_title_before(ctx, sent, colon)
        if title is None or negated(ctx, sent, colon) or _searching(ctx, sent, colon):
            continue
        person = ctx.person_agent(named.person)
        if person.kind != AgentKind.PERSON:
            continue
        ev = ctx.evidence(sent, "appointment.new_before_colon", 0.65)
        return Appointment(ev, person, None, office_label(ctx, title)[0], ctx.date_for(sent, doc[colon].idx))
    return None


def _searching(ctx: ArticleContext, sent: Span, colon: int) -> bool:
    """ "sucht einen neuen Trainer:": a post still open, the name after the colon no holder."""
    words = events_lexicon()["appointment"]["search_verbs"]
    return any(t.lower_ in words for t in ctx.doc[sent.start : colon])


def _new_title_before(ctx: ArticleContext, sent: Span, colon: int) -> int | None:
    """The title of "neue(r) [adjectives] Title [genitive or place, at most four words]" ending at
    ``colon``, not governed by a preposition."""
    doc = ctx.doc
    for t in range(colon - 1, max(sent.start, colon - 6) - 1, -1):
        if not ctx.lx.is_title(doc[t].text) or doc[t].tag_ not in ("NN", "NE"):
            continue
        k = t - 1
        while k >= sent.start and doc[k].tag_ == "ADJA" and doc[k].lower_ not in _NEW:
            k -= 1
        if k < sent.start or doc[k].lower_ not in _NEW:
            return None
        before = doc[k - 1] if k > sent.start else None
        if before is not None and before.tag_ == "ART" and k - 1 > sent.start:
            before = doc[k - 2]
        if before is not None and before.tag_.startswith("APPR"):
            return None  # "an den neuen Trainer:": a recipient
        return t
    return None
