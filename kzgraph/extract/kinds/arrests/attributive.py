"""A counted group told by an attributive arrest participle: "Die am Mittwoch festgenommenen elf
Aktivisten sollen Unruhen geplant haben". The participle presupposes the arrest, so the hedge of
the sentence ("sollen") is about what they did, not about their arrest."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Count
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.arrests.groups import count_of, count_re, people_after


def attributive_groups(ctx: ArticleContext, sent: Span) -> list[tuple[int, tuple[Count, str]]]:
    """(participle index, (count, people)) of each "festgenommenen sechs Studenten" in ``sent``."""
    doc = ctx.doc
    out = []
    for i in ctx.positions_of(sent, _participles()):  # a Token only for the participles
        t = doc[i]
        if t.i + 2 >= sent.end or not t.text[:1].islower():
            continue
        nxt = doc[t.i + 1]
        m = count_re().fullmatch(nxt.text)
        count = count_of(m) if m else None
        if count is None or count.value < 2:
            continue
        people = people_after(doc[t.i + 2 : sent.end].text, active=False, police=False, open_nouns=True)
        if people is not None:
            out.append((t.i, (count, people)))
    return out


@cache
def _participles() -> frozenset[str]:
    return frozenset(w.lower() for w in events_lexicon()["arrest"]["attributive_participles"])
