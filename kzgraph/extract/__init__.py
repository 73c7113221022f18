"""Extraction driver: one ArticleContext per article, all extractors, de-duplication."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from spacy.tokens import Doc

from kzgraph.extract.facts import Agent, ArticleFacts, Fact
from kzgraph.reading.article import Article


def _statements(ctx: Any) -> list[Fact]:
    try:  # the statements extractor is written separately; tolerate its absence
        from kzgraph.extract.statements import extract_statements
    except ImportError:
        return []
    return list(extract_statements(ctx))


def _key(fact: Fact) -> tuple:
    """Identity of an event: its parties and office, not its evidence or date."""
    parts: list[Any] = [type(fact).__name__]
    for f in fields(fact):
        if f.name in ("evidence", "date"):
            continue
        v = getattr(fact, f.name)
        if hasattr(v, "label") and hasattr(v, "kind"):
            v = (v.kind, (v.name or v.label).lower())
        elif hasattr(v, "value") and hasattr(v, "qualifier"):
            v = v.value
        parts.append(v)
    return tuple(parts)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Same event told twice with the same parties: keep the first evidence, highest confidence."""
    out: dict[tuple, Fact] = {}
    for fact in facts:
        k = _key(fact)
        if k not in out:
            out[k] = fact
        elif fact.evidence.confidence > out[k].evidence.confidence:
            kept = out[k]
            ev = kept.evidence.__class__(**{**kept.evidence.__dict__, "confidence": fact.evidence.confidence})
            out[k] = kept.__class__(**{**kept.__dict__, "evidence": ev})
    return list(out.values())


def extract_article(doc: Doc, article: Article) -> ArticleFacts:
    from kzgraph.extract.appointments import extract_appointments, successors_appointed
    from kzgraph.extract.arrest_sources import sourced_by_statements
    from kzgraph.extract.arrests import extract_arrests
    from kzgraph.extract.context import ArticleContext
    from kzgraph.extract.departures import in_order
    from kzgraph.extract.dismissals import extract_dismissals
    from kzgraph.extract.merging import merge_retellings
    from kzgraph.extract.objects import gender_of
    from kzgraph.extract.offices import extract_offices, office_for_gender
    from kzgraph.extract.persons import extract_persons
    from kzgraph.extract.replacements import extract_replacements
    from kzgraph.extract.resignations import extract_resignations

    ctx = ArticleContext(doc, article)
    result = ArticleFacts(article_id=article.id)
    runs: dict[str, Callable[[Any], list[Any]]] = {
        "persons": extract_persons,
        "offices": extract_offices,
        "dismissals": extract_dismissals,
        "resignations": extract_resignations,
        "appointments": extract_appointments,
        # successions are inferred from the departures and appointments found just before
        "replacements": lambda c: extract_replacements(
            c, in_order(result.dismissals, result.resignations), result.appointments
        ),
        "arrests": extract_arrests,
        "statements": _statements,
    }
    for name, fn in runs.items():
        setattr(result, name, dedupe(fn(ctx)))
    result.arrests = sourced_by_statements(result.arrests, result.statements)
    # "Nachfolgerin wird X": a succession told as becoming the successor is also X's appointment
    result.appointments = merge_retellings(
        dedupe(result.appointments + successors_appointed(ctx, result.replacements)), lambda a: a.appointee
    )

    # A post taken over or inherited is named in its new holder's gender (offices.office_for_gender).
    def in_holder_gender(fact: Any, holder: Agent) -> Any:
        if not fact.office:
            return fact
        return replace(fact, office=office_for_gender(fact.office, gender_of(ctx, holder)))

    result.appointments = [in_holder_gender(a, a.appointee) for a in result.appointments]
    result.replacements = [in_holder_gender(r, r.successor) for r in result.replacements]
    return result
