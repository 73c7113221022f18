"""Shared helpers for the extraction tests: a pipeline (the project's or a blank German one)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kzgraph.extract import extract_article
from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import ArticleFacts
from kzgraph.reading.article import Article, ArticleDate


@lru_cache(maxsize=1)
def nlp() -> Language:
    try:
        from kzgraph.nlp import load_pipeline

        return load_pipeline()
    except Exception:  # pipeline not built yet: tokenizer only, the extractors must cope
        blank = spacy.blank("de")
        blank.add_pipe("sentencizer")
        return blank


def article(text: str, date: str | None = "2022-01-08") -> Article:
    return Article(id="t", text=text, date=ArticleDate.parse(date) if date else None)


def facts(text: str, date: str | None = "2022-01-08") -> ArticleFacts:
    art = article(text, date)
    return extract_article(nlp()(text), art)


def context(text: str, date: str | None = "2022-01-08") -> ArticleContext:
    art = article(text, date)
    return ArticleContext(nlp()(text), art)


def arrests(text: str) -> list[tuple[str | None, str | None, int | None]]:
    """(label, name, count) of each arrest extracted from ``text``."""
    return [
        (
            a.arrested.label if a.arrested else None,
            a.arrested.name if a.arrested else None,
            a.count.value if a.count else None,
        )
        for a in facts(text).arrests
    ]


def dismissal_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(dismissed, agent, office) of each dismissal extracted from ``text``."""
    return [(d.dismissed.label, d.agent.label if d.agent else None, d.office) for d in facts(text).dismissals]


def appointment_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(appointee, agent, office) of each appointment extracted from ``text``."""
    return [
        (a.appointee.label, a.agent.label if a.agent else None, a.office) for a in facts(text).appointments
    ]


def replacement_rows(text: str) -> list[tuple[str, str]]:
    """(successor, predecessor) of each replacement extracted from ``text``."""
    return [(r.successor.label, r.predecessor.label) for r in facts(text).replacements]
