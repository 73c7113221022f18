"""Departures from a post, dismissals and resignations alike: the events a successor follows
("Nachfolger wird B", "Das Amt übernimmt B" right after A was dismissed or resigned)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Dismissal, Resignation

Departure = Dismissal | Resignation

# how far back (characters) a departure counts as "told just before" a sentence
_JUST_BEFORE = 400


def in_order(dismissals: list[Dismissal], resignations: list[Resignation]) -> list[Departure]:
    """Dismissals and resignations as one list, in the order they are told."""
    told: list[Departure] = [*dismissals, *resignations]
    return sorted(told, key=lambda f: f.evidence.end)


def departure_just_before(
    ctx: ArticleContext,
    sent: Span,
    told: list[Departure],
    other_than: Agent | None = None,
    before: int | None = None,
) -> Departure | None:
    """The latest departure reported just before ``sent`` (evidence offsets are the Doc's), of
    someone other than ``other_than``: "Nachfolger wird B", "übernahm B das Amt" refer to it.
    With ``before`` (a token of ``sent``), also one told earlier in ``sent`` itself, its person
    named before that token: "Nach dem Rücktritt von A übernahm B das Amt"."""
    start = ctx.doc[sent.start].idx
    recent = [
        d
        for d in told
        if (start - _JUST_BEFORE <= d.evidence.end <= start or _told_before(ctx, sent, d, before))
        and (other_than is None or d.departed != other_than)
    ]
    return max(recent, key=lambda d: d.evidence.end) if recent else None


def _told_before(ctx: ArticleContext, sent: Span, d: Departure, before: int | None) -> bool:
    if before is None or d.evidence.start != ctx.doc[sent.start].idx:
        return False
    person = d.departed
    return any(ctx.person_agent(m.person) == person for m in ctx.mentions_in(ctx.doc[sent.start : before]))
