"""PersonMention: one per named person and article."""

from __future__ import annotations

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import PersonMention


def extract_persons(ctx: ArticleContext) -> list[PersonMention]:
    out: list[PersonMention] = []
    for p, _rec in enumerate(ctx.persons):
        first = next((m for m in ctx.mentions if m.person == p and m.kind == "name"), None)
        if first is None:
            continue
        sent = ctx.sentence_of(first.start)
        conf = 0.9 if len(_rec.tokens) > 1 else 0.7
        out.append(PersonMention(ctx.evidence(sent, "person.name", conf), ctx.person_agent(p)))
    return out
