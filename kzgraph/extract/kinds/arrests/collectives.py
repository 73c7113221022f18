"""A group told by a noun that is its own count: "das Trio wurde festgenommen", "nahm das Duo
fest". The noun must stand in the verb's clause as its own phrase (after an article or a
demonstrative, or bare in a headline), not inside a prepositional phrase ("mit dem Trio", "gegen das Duo")."""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Count
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon


def collective_count(ctx: ArticleContext, sent: Span, trig: Trigger) -> tuple[Count, str] | None:
    """(count, noun) of a counted collective noun in the clause of the arrest verb ``trig``; the
    count's text is the noun ("Trio"), the group is labelled by the noun alone."""
    doc = ctx.doc
    for t in clause(ctx, sent, trig.i):
        value = _collectives().get(t.text)
        if value is None:
            continue
        # past its article or demonstrative ("das Trio"); a headline drops it ("nimmt Trio fest")
        k = t.i - 1 if t.i > sent.start and doc[t.i - 1].tag_ in _DETERMINERS else t.i
        if k > sent.start and doc[k - 1].lower_ in ctx.lx.prepositions:
            continue  # "mit dem Duo": an adjunct, not the arrested
        return Count(value=value, text=t.text), t.text
    return None


_DETERMINERS = frozenset({"ART", "PDAT"})


@cache
def _collectives() -> MappingProxyType[str, int]:
    return MappingProxyType(dict(events_lexicon()["arrest"]["counted_collectives"]))
