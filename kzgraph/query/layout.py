"""Which saved queries the listing index holds, and how their rows are laid out.

The read side (kzgraph.query.listing) and the write side (kzgraph.store.listings) share this;
see kzgraph.store.listings for what the index is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from kzgraph.graph import iris
from kzgraph.query.params import variable_for
from kzgraph.query.saved import SavedQuery, list_queries

FORMAT = "kzgraph listing index 2"  # part of the digest: change it when the layout changes
EVENT, DAY_KEY = "event", "dayKey"
FILTERS = ("since", "until", "person")
REFERENCE = ox.NamedNode(str(iris.LISTING.nodeReference))  # datatype of a marker label
PARTICIPANT = ox.NamedNode(str(iris.LISTING.participant))
DIGEST = ox.NamedNode(str(iris.LISTING.queryDigest))
# true: no graph but the shared graph labels a node the shared graph labels (kzgraph.store.listings)
SHARED_LABELS_ONLY = ox.NamedNode(str(iris.LISTING.sharedLabelsOnly))
META_GRAPH = ox.NamedNode(str(iris.LISTING_META_GRAPH))
ANY_URI = ox.NamedNode(str(iris.XSD.anyURI))
_DATA = str(iris.DATA)
_SELECT = re.compile(r"^SELECT\s+DISTINCT\s+([^\n{]*)", re.MULTILINE)
# The first pattern of the WHERE group, required: a graph without an instance has no rows.
_FIRST_PATTERN = re.compile(r"WHERE\s*\{\s*\?event\s+a\s+kz:(\w+)\b")
_ORDER = re.compile(r"\bORDER\s+BY\s+((?:\?\w+\s*)+)$")


@dataclass(frozen=True)
class Layout:
    """How one saved listing's rows are stored: which projected values, in which order."""

    query: SavedQuery
    values: tuple[str, ...]  # the columns (header order), then the other projected values
    order: tuple[str, ...]  # ORDER BY variables (among values and dayKey), empty when unsorted
    fact_class: str | None = None  # the class its first pattern requires of ?event ("?event a kz:X")

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.query.columns if c in self.values)

    def position(self, variable: str) -> int:
        return len(self.values) if variable == DAY_KEY else self.values.index(variable)


def layout_of(query: SavedQuery) -> Layout | None:
    """The layout of a saved listing the index can hold, or None: a listing takes no required
    parameter, takes all three filters, and projects ?event and ?dayKey; an ORDER BY must be a
    list of plain variables it projects."""
    select = _SELECT.search(query.text)
    if query.parameters or not set(FILTERS) <= set(query.options) or select is None:
        return None
    projected = re.findall(r"\?(\w+)", select[1])
    if not {EVENT, DAY_KEY} <= set(projected):
        return None
    bound = {variable_for(option) for option in query.options} | {EVENT, DAY_KEY}
    columns = tuple(c for c in query.columns if c in projected)
    values = columns + tuple(v for v in projected if v not in bound and v not in columns)
    text = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    order: tuple[str, ...] = ()
    if "ORDER BY" in text.upper():
        match = _ORDER.search(text.strip())
        if match is None:
            return None
        order = tuple(re.findall(r"\?(\w+)", match[1]))
        if not set(order) <= {*values, DAY_KEY}:
            return None
    first = _FIRST_PATTERN.search(text)
    return Layout(query, values, order, str(iris.KZ[first[1]]) if first else None)


@cache
def layouts() -> dict[str, Layout]:
    """The packaged saved listings the index holds, by name."""
    found = (layout_of(query) for query in list_queries())
    return {layout.query.name: layout for layout in found if layout is not None}


@cache
def digest() -> str:
    """Of the index format and every indexed query's text: rows made by other queries are stale."""
    parts = [FORMAT, *(f"{name}\n{layout.query.text}" for name, layout in sorted(layouts().items()))]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def layout_for(query: SavedQuery) -> Layout | None:
    """The layout if ``query`` is a packaged listing the index holds (same text), else None."""
    layout = layouts().get(query.name)
    return layout if layout is not None and layout.query.text == query.text else None


def meta_value(store: ox.Store, prop: ox.NamedNode) -> str | None:
    """The value the index's meta graph records for ``prop`` (DIGEST, SHARED_LABELS_ONLY)."""
    quad = next(iter(store.quads_for_pattern(META_GRAPH, prop, None, META_GRAPH)), None)
    return quad.object.value if quad is not None else None


def set_meta_value(store: ox.Store, prop: ox.NamedNode, value: ox.Literal) -> None:
    """Record ``value`` for ``prop`` in the meta graph, in place of what it held."""
    for quad in list(store.quads_for_pattern(META_GRAPH, prop, None, META_GRAPH)):
        store.remove(quad)
    store.add(ox.Quad(META_GRAPH, prop, value, META_GRAPH))


def stored_digest(store: ox.Store) -> str | None:
    return meta_value(store, DIGEST)


def is_current(store: ox.Store) -> bool:
    """Whether every article graph of ``store`` has its rows, made by this version's queries."""
    return stored_digest(store) == digest()


def shared_labels_only(store: ox.Store) -> bool:
    """Whether the store recorded that its shared nodes' labels are all in the shared graph."""
    return meta_value(store, SHARED_LABELS_ONLY) == "true"


def rows_property(listing: str) -> ox.NamedNode:
    """The predicate of a chunk's rows of ``listing`` ("lst:rows-dismissals")."""
    return ox.NamedNode(str(iris.listing_rows_property(listing)))


def short_iri(iri: str) -> str:
    """A node IRI as a row holds it: relative to the data namespace (kzd:), when it is in it."""
    return iri[len(_DATA):] if iri.startswith(_DATA) else iri


def full_iri(reference: str) -> str:
    """The IRI of a row's node reference (:func:`short_iri` undone)."""
    return reference if ":" in reference else _DATA + reference
