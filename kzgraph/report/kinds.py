"""Which fact types the report shows: the registry's event types whose saved query exists.

The fact type registry (:func:`kzgraph.extract.core.registry.event_types`) says which event
types there are, in which order, their saved query and their ontology class; ``kinds.yaml``
(package data) only how the report presents each (label, participants, timeline line, network
edge, marker), plus views that are not a type of their own (arrest figures). Any other saved
query that returns ``date``, ``article`` and ``sentence`` is shown too, with generic settings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from kzgraph.query import SavedQuery, list_queries
from kzgraph.yaml_data import load_yaml

if TYPE_CHECKING:
    from kzgraph.extract.core.registry import FactType

# Saved queries the report runs for its own sections, not fact types.
SUPPORT_QUERIES = frozenset({"fact-evidence", "agents", "articles", "persons", "person", "offices"})
FIGURES = "arrest-figures"
_FACT_COLUMNS = {"date", "article", "sentence"}
# Columns that are details of a fact, never participants (for types not in kinds.yaml).
_DETAIL_COLUMNS = {"office", "count", "charge", "qualifier", "quote", "date", "article", "sentence",
                   "detail", "mode", "role", "fact"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class Edge:
    source: str  # column
    target: str  # column
    label: str


@dataclass(frozen=True)
class FactKind:
    name: str  # the saved query's name
    label: str
    query: SavedQuery
    fact_class: str
    participants: tuple[str, ...]  # columns the query really returns
    summary: str
    edge: Edge | None
    on_timeline: bool
    marker: str
    badge: tuple[str, str] | None = None  # (column, label): see kinds.yaml

    @property
    def columns(self) -> tuple[str, ...]:
        return self.query.columns

    @property
    def summary_usable(self) -> bool:
        """The summary's required columns (outside [...]) are all returned by the query."""
        needed = set(_PLACEHOLDER.findall(_OPTIONAL.sub("", self.summary)))
        return bool(self.summary) and needed <= set(self.columns)

    def describe(self, row: dict[str, str]) -> str:
        """The row as one line, from the ``summary`` pattern (see kinds.yaml). The page's script
        does the same (describe() in templates/report.js), so the page need not carry the lines."""
        if not self.summary_usable:
            people = ", ".join(row[c] for c in self.participants if row.get(c))
            return f"{self.label}: {people}" if people else self.label

        def optional(match: re.Match[str]) -> str:
            inner = match[1]
            names = _PLACEHOLDER.findall(inner)
            return inner if all(row.get(n) for n in names) else ""

        text = _OPTIONAL.sub(optional, self.summary)
        return _PLACEHOLDER.sub(lambda m: row.get(m[1], ""), text)


def presentation() -> dict[str, dict[str, dict]]:
    """kinds.yaml: ``types`` (by registry name) and ``views`` (by saved query name)."""
    spec = load_yaml(files("kzgraph.report").joinpath("kinds.yaml").read_text(encoding="utf-8"))
    return {"types": spec.get("types") or {}, "views": spec.get("views") or {}}


def _generic(query: SavedQuery, fact_class: str | None = None) -> FactKind:
    participants = tuple(c for c in query.columns if c not in _DETAIL_COLUMNS)
    return FactKind(
        name=query.name, label=query.title.replace("-", " ").capitalize(), query=query,
        fact_class=fact_class or query.name.rstrip("s").capitalize(), participants=participants,
        summary="", edge=None, on_timeline=True, marker="circle",
    )


def _known(query: SavedQuery, spec: dict, fact_class: str) -> FactKind:
    columns = set(query.columns)
    edge = spec.get("edge")
    return FactKind(
        name=query.name, label=spec["label"], query=query, fact_class=fact_class,
        participants=tuple(c for c in spec.get("participants", ()) if c in columns),
        summary=spec.get("summary", ""),
        edge=Edge(edge["from"], edge["to"], edge["label"])
        if edge and {edge["from"], edge["to"]} <= columns else None,
        on_timeline=spec.get("timeline", True), marker=spec.get("marker", "circle"),
        badge=(badge["column"], badge["label"]) if (badge := spec.get("badge")) and badge["column"] in columns
        else None,
    )


def registered_event_types() -> list[FactType]:
    # Imported when needed: loading the registry imports the extractors (and spaCy).
    from kzgraph.extract.core.registry import event_types

    return event_types()


def fact_kinds(queries: list[SavedQuery] | None = None,
               types: Sequence[FactType] | None = None) -> list[FactKind]:
    """The registry's event types (in its order) whose saved query exists, then the views of
    kinds.yaml, then any other fact query by name. A registered type kinds.yaml does not
    describe is shown with generic settings (a test keeps kinds.yaml complete)."""
    available = {q.name: q for q in (queries if queries is not None else list_queries())}
    spec = presentation()
    kinds = []
    for fact_type in registered_event_types() if types is None else types:
        query = available.get(fact_type.query or "")
        if query is None:
            continue
        entry = spec["types"].get(fact_type.name)
        fact_class = fact_type.fact_class.__name__
        kinds.append(_known(query, entry, fact_class) if entry else _generic(query, fact_class))
    kinds += [_known(available[name], entry, entry.get("class", "")) for name, entry in spec["views"].items()
              if name in available]
    shown = {kind.name for kind in kinds}
    for name in sorted(set(available) - shown - SUPPORT_QUERIES):
        query = available[name]
        if _FACT_COLUMNS <= set(query.columns) and not query.parameters:
            kinds.append(_generic(query))
    return kinds
