"""Titles compared as posts, without the text of an article: "Präsidentin" and "Präsidenten" are
one post, and heads of state and government ("Präsident", "Staatschef", "Regierungschef") are
named interchangeably in news."""

from __future__ import annotations

from functools import cache

from kzgraph.extract.grammar.lexicon import load


def post_stem(title: str) -> str:
    """ "Präsidentin", "Präsidenten" -> "präsident": a title without its inflection or feminine ending."""
    low = title.lower().split("-")[-1]
    for ending in ("innen", "in", "en", "es", "n", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


@cache
def _leading_posts() -> frozenset[str]:
    return frozenset(post_stem(p) for p in load("events")["dismissal"]["appointing_posts"])


def leads(stem: str) -> bool:
    """The post stem names a head of state or government ("präsident", "kremlchef", "regierungschef")."""
    return any(stem.endswith(p) for p in _leading_posts())
