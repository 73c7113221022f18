"""A counted group told by an attributive arrest participle: "Die am Mittwoch festgenommenen elf
Aktivisten sollen Unruhen geplant haben". The participle presupposes the arrest, so the hedge of
the sentence ("sollen") is about what they did, not about their arrest."""

from __future__ import annotations

import re
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
        m = count_re().fullmatch(doc[t.i + 1].text)
        count, after = (count_of(m) if m else None), t.i + 2
        if count is None:
            count, after = _count_before(ctx, sent, t.i), t.i + 1
        if count is None or count.value < 2:
            continue
        people = people_after(doc[after : sent.end].text, active=False, police=False, open_nouns=True)
        if people is not None:
            out.append((t.i, (count, people)))
    return out


def _count_before(ctx: ArticleContext, sent: Span, i: int) -> Count | None:
    """The count between the article and the participle: "die drei (am Montag in X)
    festgenommenen Männer"; only adverbials between, no verb and no punctuation."""
    doc = ctx.doc
    for k in range(i - 1, max(sent.start, i - _ADVERBIAL_SPAN) - 1, -1):
        t = doc[k]
        if t.is_punct or t.tag_.startswith("V"):
            return None
        m = count_re().fullmatch(t.text)
        if m and _YEAR.fullmatch(t.text):
            return None  # "die 2019 in X festgenommenen Männer": a year, no count
        if m:
            return count_of(m) if k > sent.start and doc[k - 1].tag_ == "ART" else None
    return None


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ADVERBIAL_SPAN = 7  # words between a count and its participle: "die drei am Montag in X festgenommenen"


@cache
def _participles() -> frozenset[str]:
    return frozenset(w.lower() for w in events_lexicon()["arrest"]["attributive_participles"])
