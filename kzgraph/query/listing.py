"""A saved listing read from the store's listing index (kzgraph.store.listings) instead of
evaluated: the rows of each article are one literal, read by one predicate scan, so a row
costs a JSON decode instead of 12-16 index lookups.

The rows are those :func:`kzgraph.query.run_query` gives with the saved query (the tests
compare them on the store, the exported file and SPARQL servers): the filters are applied as
the queries apply them (``--since``/``--until`` compare the row's dayKey by prefix;
``--person`` keeps the rows whose fact links to a person with that kz:nameKey, looked up in
the store now), the labels of shared nodes are looked up when read (once per node; a whole
listing reads the shared graph's labels in one scan instead, see :class:`_Labels`), and the
rows are made distinct on the columns, the first staying. Rows come in the index's order
(stable while the store is unchanged); a sorted listing (arrest-figures) is sorted here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice, product
from operator import itemgetter

import orjson
import pyoxigraph as ox

from kzgraph.graph import iris
from kzgraph.query.layout import (
    ANY_URI,
    PARTICIPANT,
    Layout,
    full_iri,
    is_current,
    layout_for,
    rows_property,
    shared_labels_only,
    short_iri,
)
from kzgraph.query.saved import SavedQuery

_LABEL = ox.NamedNode(str(iris.RDFS.label))
SHARED_GRAPH = ox.NamedNode(str(iris.SHARED_GRAPH))
SCAN_AFTER = 500  # label lookups after which the shared graph's labels may be read in one scan
SCAN_LABELS_PER_CHUNK = 2  # ... if it has at most this many labels per chunk of the listing
SCAN_SOON = 100  # ... or after this many if it has at least SCAN_AFTER chunks and at most
SCAN_SOON_LABELS_PER_CHUNK = 0.5  # this many labels per chunk
_SHARED = ox.Variable("shared")
# Counted without decoding a term: 2 ms for 5,000 labels at 10 M quads.
_COUNT_SHARED_LABELS = """SELECT ?shared (COUNT(*) AS ?labels)
WHERE { GRAPH ?shared { ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label } } GROUP BY ?shared"""
_NAME_KEY = ox.NamedNode(str(iris.KZ.nameKey))
# Only ?rows is turned into a Python object per chunk (?property must be projected to be bound).
_CHUNKS = "SELECT ?property ?rows WHERE { ?chunk ?property ?rows }"
# A whole listing as one string: its chunks joined in the store, in the order _CHUNKS streams
# them; ?property is decoded once, not per chunk, and no Python term is made per chunk (1.5-2 µs
# of a chunk's 5 µs at 10 M quads). The separator, a control character, never occurs in a
# chunk: JSON escapes control characters in strings.
_CHUNK_SEPARATOR = "\x1e"
_JOINED_CHUNKS = f"""SELECT ?property (GROUP_CONCAT(?rows; separator="{_CHUNK_SEPARATOR}") AS ?joined)
WHERE {{ ?chunk ?property ?rows }} GROUP BY ?property"""
# The shared graph's labelled nodes and their labels, as two strings of the same order (no
# Python object per label): IRIs hold no space; a label holding the separator is caught by the
# count (_read_shared_graph then reads the labels one by one).
_LABEL_SEPARATOR = "\x1f"
_JOINED_LABELS = f"""SELECT (GROUP_CONCAT(STR(?node); separator=" ") AS ?nodes)
  (GROUP_CONCAT(?label; separator="{_LABEL_SEPARATOR}") AS ?labels) (COUNT(*) AS ?count)
WHERE {{ ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"""


def indexed(store: ox.Store, query: SavedQuery) -> Layout | None:
    """The layout to read ``query`` from the index of ``store``, or None: not a listing the
    index holds, or a store without a current index (built by an earlier version, a file)."""
    layout = layout_for(query)
    return layout if layout is not None and is_current(store) else None


class _Labels(dict[str, str | tuple[str, ...]]):
    """Node reference -> the label of a shared node over the union of graphs (a tuple of its
    labels when graphs disagree, as in a store of the earliest layout: the queries give a row
    per label). A node is looked up in the store when first asked for (17-20 µs of CPU at 1-10 M
    quads). Reading a whole listing of ``chunks`` articles, the shared graph's labels are read in
    one scan (6-7 µs a label) instead if the store recorded that the shared graph holds all their
    labels (kzgraph.store.listings.record_label_layout) and the listing is large for the shared
    graph: after SCAN_AFTER lookups if it has at most SCAN_LABELS_PER_CHUNK labels per chunk, after
    SCAN_SOON if at most SCAN_SOON_LABELS_PER_CHUNK (a listing of twice as many articles as there
    are labels, naming that many nodes, names most of them). Pages never scan."""

    def __init__(self, store: ox.Store, chunks: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.chunks = chunks
        self.lookups_left = None if chunks is None else SCAN_AFTER  # None: never scan
        self.several = False  # some node has more than one label
        self._counted: int | None = None  # the shared graph's labels, -1: no scan possible

    def _shared_label_count(self) -> int:
        if self._counted is None:
            self._counted = -1
            if self.chunks is not None and shared_labels_only(self.store):
                found = self.store.query(_COUNT_SHARED_LABELS, substitutions={_SHARED: SHARED_GRAPH})
                counted = next(iter(found), None)  # no group when the shared graph has no label
                self._counted = -1 if counted is None else int(counted[1].value)
        return self._counted

    def _worth_a_scan(self, labels_per_chunk: float) -> bool:
        count = self._shared_label_count()
        return count >= 0 and self.chunks is not None and count <= labels_per_chunk * self.chunks

    def _read_shared_graph(self) -> None:
        found: dict[str, set[str]] = {}
        for node, label in _shared_labels(self.store):
            found.setdefault(short_iri(node), set()).add(label)
        for node, labels in found.items():
            self._keep(node, labels)

    def _keep(self, node: str, found: set[str]) -> str | tuple[str, ...]:
        if len(found) > 1:
            self.several = True
            labels: str | tuple[str, ...] = tuple(sorted(found))
        else:
            labels = next(iter(found)) if found else ""
        self[node] = labels
        return labels

    def _scan_now(self) -> bool:
        """Whether to read the shared graph's labels now (counting this lookup)."""
        if self.lookups_left is None:
            return False
        if self.lookups_left == SCAN_AFTER and self.chunks is not None and self.chunks >= SCAN_AFTER \
                and self._worth_a_scan(SCAN_SOON_LABELS_PER_CHUNK):
            self.lookups_left = SCAN_SOON  # a listing naming few nodes (arrest-figures) still never scans
        self.lookups_left -= 1
        return self.lookups_left < 0 and self._worth_a_scan(SCAN_LABELS_PER_CHUNK)

    def __missing__(self, node: str) -> str | tuple[str, ...]:
        if self._scan_now():
            self.lookups_left = None
            self._read_shared_graph()
            if node in self:
                return self[node]
        elif self.lookups_left is not None and self.lookups_left < 0:
            self.lookups_left = None
        # Looked up over all graphs (also after the scan: a node the shared graph does not label).
        subject = ox.NamedNode(full_iri(node))
        return self._keep(node, {q.object.value for q in self.store.quads_for_pattern(subject, _LABEL, None)})


def _shared_labels(store: ox.Store) -> Iterable[tuple[str, str]]:
    """(node IRI, label) of every label in the shared graph: one query returning two strings
    (6 µs a label at 10 M quads against 8 µs for a scan of quads)."""
    found = next(iter(store.query(_JOINED_LABELS, default_graph=SHARED_GRAPH)))
    if found[0] is not None and found[1] is not None:  # unbound: a blank node (STR fails)
        nodes, labels = found[0].value.split(" "), found[1].value.split(_LABEL_SEPARATOR)
        if int(found[2].value) == len(nodes) == len(labels):
            return zip(nodes, labels, strict=True)
    # A label holding the separator, or no label: read one by one.
    quads = store.quads_for_pattern(None, _LABEL, None, SHARED_GRAPH)
    return ((q.subject.value, q.object.value) for q in quads)


def _all_chunks(store: ox.Store, layout: Layout) -> Iterator[str]:
    """The listing's chunks (each an article's rows, JSON text), streamed: for pages."""
    prop = rows_property(layout.query.name)
    for solution in store.query(_CHUNKS, substitutions={ox.Variable("property"): prop},
                                use_default_graph_as_union=True):
        yield solution[1].value


def _whole_listing(store: ox.Store, layout: Layout) -> list[str]:
    """The listing's chunks (JSON text) in :func:`_all_chunks`' order, read as one string: for
    a whole listing. Each is decoded as the rows loop reaches it (decoding them all first keeps
    every row alive at once, which costs the garbage collector more than it saves)."""
    prop = rows_property(layout.query.name)
    found = next(iter(store.query(_JOINED_CHUNKS, substitutions={ox.Variable("property"): prop},
                                  use_default_graph_as_union=True)), None)
    return [] if found is None else found[1].value.split(_CHUNK_SEPARATOR)


def person_nodes(store: ox.Store, key: str) -> set[str]:
    """The persons (named or not) one of whose names has this key, as the queries' EXISTS finds
    them (as rows hold them: :func:`~kzgraph.query.layout.short_iri`)."""
    return {short_iri(q.subject.value) for q in store.quads_for_pattern(None, _NAME_KEY, ox.Literal(key))}


def _person_chunks(store: ox.Store, layout: Layout, persons: set[str]) -> Iterator[str]:
    """The chunks of the listing that name one of ``persons``: an index lookup per person."""
    prop = rows_property(layout.query.name)
    values = [ox.Literal(full_iri(person), datatype=ANY_URI) for person in persons]
    chunks = {q.subject for value in values for q in store.quads_for_pattern(None, PARTICIPANT, value)}
    for chunk in sorted(chunks, key=lambda node: node.value):
        for quad in store.quads_for_pattern(chunk, prop, None):
            yield quad.object.value


def _kept(day: str, since: str, until: str) -> bool:
    """The saved queries' date filters: the parts both state agree; undated rows are left out."""
    if since and not (day and day[:len(since)] >= since[:len(day)]):
        return False
    return not (until and not (day and day[:len(until)] <= until[:len(day)]))


def _combinations(values: list) -> Iterator[list[str]]:
    """A row per combination of labels, when some node of it has several (as the queries' join)."""
    for combination in product(*(value if value.__class__ is tuple else (value,) for value in values)):
        yield list(combination)


def _rows(layout: Layout, chunks: Iterable[str], bound: dict[str, str], persons: set[str] | None,
          labels: _Labels) -> Iterator[list[str]]:
    """The rows of the chunks, filtered, labelled and distinct on the columns: the values, then
    dayKey. The loop every row of a whole listing goes through: 2-3 µs of CPU a row, JSON included."""
    width, shown = len(layout.values), len(layout.columns)
    since, until = bound.get("since", ""), bound.get("until", "")
    dated = bool(since or until)
    per_article = "article" in layout.columns  # rows of two articles differ in it
    seen: set[tuple[str, ...]] = set()
    for text in chunks:
        stored = orjson.loads(text)  # half the CPU of json.loads on these rows
        if per_article:
            seen = set()
        for row in stored:
            if dated and not _kept(row[width], since, until):
                continue
            if persons is not None and persons.isdisjoint(row[width + 1]):
                continue
            del row[width + 1]  # the persons: the values and dayKey stay
            values = [labels[cell[0]] if cell.__class__ is list else cell for cell in row]
            several = labels.several and any(value.__class__ is tuple for value in values)
            for labelled in _combinations(values) if several else (values,):
                key = tuple(labelled[:shown])
                if key not in seen:
                    seen.add(key)
                    yield labelled


def read_listing(store: ox.Store, layout: Layout, bound: dict[str, str], limit: int | None,
                 offset: int, extra: tuple[str, ...]) -> tuple[list[str], list[tuple[str, ...]], bool]:
    """(returned columns, the page of rows, whether more follow) for ``bound`` filter values
    (kzgraph.query.params.bindings: "" is no filter)."""
    key = bound.get("personKey", "")
    persons = person_nodes(store, key) if key else None
    chunks: Iterable[str]
    if persons is not None:
        chunks, labels = _person_chunks(store, layout, persons), _Labels(store)
    elif limit is None:  # a whole listing: its chunks counted, to weigh a scan of the labels
        chunks = _whole_listing(store, layout)
        labels = _Labels(store, len(chunks))
    else:
        chunks, labels = _all_chunks(store, layout), _Labels(store)
    rows: Iterable[list[str]] = _rows(layout, chunks, bound, persons, labels)
    columns = list(layout.columns)
    returned = columns + [c for c in extra if c in layout.values and c not in columns]
    picks = [layout.values.index(c) for c in returned]
    stop = None if limit is None else offset + limit + 1  # one row past the page: is there more?
    pick = itemgetter(*picks) if len(picks) > 1 else (lambda row: (row[picks[0]],))
    with _collector_paused():
        if layout.order:
            rows = sorted(rows, key=itemgetter(*(layout.position(variable) for variable in layout.order)))
        page = [pick(row) for row in islice(rows, offset, stop)]
    more = limit is not None and len(page) > limit
    return returned, page[:limit], more


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a listing's rows are made: they are lists and
    tuples of strings, never cycles, but a listing keeps tens of thousands alive, which the
    collector would otherwise traverse again and again (11-14 % of a sorted listing's CPU at
    10 M quads). Restored as it was, also on an error."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
