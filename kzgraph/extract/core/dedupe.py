"""One fact per event: the same event told twice with the same parties is kept once."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from kzgraph.extract.facts import Fact

F = TypeVar("F", bound=Fact)


def _key(fact: Fact) -> tuple:
    """Identity of an event: its parties and office, not its evidence, date or how it was told."""
    parts: list[Any] = [type(fact).__name__]
    for f in fields(fact):
        if f.name in ("evidence", "date") or not f.compare:
            continue
        v = getattr(fact, f.name)
        if hasattr(v, "label") and hasattr(v, "kind"):
            v = (v.kind, (v.name or v.label).lower())
        elif hasattr(v, "value") and hasattr(v, "qualifier"):
            v = v.value
        parts.append(v)
    return tuple(parts)


def dedupe(facts: list[F]) -> list[F]:
    """Same event told twice with the same parties: keep the first evidence, highest confidence."""
    out: dict[tuple, F] = {}
    for fact in facts:
        k = _key(fact)
        if k not in out:
            out[k] = fact
        elif fact.evidence.confidence > out[k].evidence.confidence:
            kept = out[k]
            ev = kept.evidence.__class__(**{**kept.evidence.__dict__, "confidence": fact.evidence.confidence})
            out[k] = kept.__class__(**{**kept.__dict__, "evidence": ev})
    return list(out.values())
