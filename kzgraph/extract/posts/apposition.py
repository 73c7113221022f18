"""The post a named person's apposition names after the name: "X, der Trainer des Klubs, trat
zurück", "entließ X, den Vorstandschef des Konzerns". The dismissals and resignations read it
when no title stands before the name."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.kinds.offices.extract import office_label

# what closes the apposition: the next comma, or the sentence's end
_STRETCH_END = frozenset({",", ".", ";", ":", "!", "?", "(", "–"})


def title_after_name(ctx: ArticleContext, sent: Span, person: Agent) -> str | None:
    """The title of the apposition right after ``person``'s name in ``sent`` (an optional
    determiner, adjectives, a title, its genitive); None when the stretch up to the next comma
    holds a finite verb (a relative clause: "X, der Trainer Y entlassen hatte,") or the title is
    a former one ("X, der frühere Minister,")."""
    doc, lx = ctx.doc, ctx.lx
    own = next(
        (m for m in ctx.mentions_in(sent) if m.kind == "name" and ctx.person_agent(m.person) == person),
        None,
    )
    if own is None or own.end + 1 >= sent.end or doc[own.end].text != ",":
        return None
    j = own.end + 1
    if doc[j].lower_ in lx.determiners:
        j += 1
    while j < sent.end and doc[j].tag_ == "ADJA":
        j += 1
    if j >= sent.end or not lx.is_title(doc[j].text):
        return None
    end = next((k for k in range(j, sent.end) if doc[k].text in _STRETCH_END), sent.end)
    if any(t.tag_.endswith("FIN") or t.tag_ == "PTKZU" for t in doc[own.end + 1 : end]):
        return None
    label, former = office_label(ctx, j)
    return None if former else label
