"""The listing index: each article's rows of every saved listing, written with the article, so
that a listing on the embedded store is one predicate scan instead of 12-16 index lookups a row.

Per article and listing with rows, in the article's listing graph (``iris.listing_graph_iri``,
replaced and removed with the article graph):

    chunk  lst:rows-<listing>  "[[cell, ...], ...]"          (JSON: the article's rows)
    chunk  lst:participant     "<person IRI>"^^xsd:anyURI      (for --person)

and in ``iris.LISTING_META_GRAPH`` the digest of the saved queries the rows came from: a store
whose digest differs (written by another version, or before the index existed) is answered by
the saved queries themselves (kzgraph.query.listing), and the next build rewrites its index.

The rows are the saved query's own rows over the article's graph: the worker that made the
graph runs each listing's ``.rq`` on it (an in-memory Oxigraph store of a few hundred triples),
so the index cannot drift from the query. Two things a row cannot hold as text, because they
are settled across the whole store after the article is written:
- the label of a shared node (person, organisation, state, post): the smallest spelling any
  article uses, which a later article may change. The worker gives each shared node a marker
  label (its IRI, typed :data:`REFERENCE`), so the row holds ``[IRI]``, and the reader looks
  the label up (once per node and listing read, or all of the shared graph's labels in one
  scan for a whole listing where the store records that no other graph labels those nodes:
  :func:`record_label_layout`);
- a person's name keys (a later article may add an alias): a row holds the IRIs of the
  persons its fact (``?event``) links to, and ``--person`` finds the persons by kz:nameKey
  when it is read.
A row is ``[value, ..., dayKey, [person IRI, ...]]``: the query's columns (header order),
its other projected values (rule, confidence), the date ``--since``/``--until`` compare.

Not part of the knowledge graph: its own namespace (``iris.LISTING``), never exported, loaded
into a server or validated; its literals hold IRIs as text, so no graph pattern reaches it.
"""

from __future__ import annotations

import json

import pyoxigraph as ox

from kzgraph.graph import iris
from kzgraph.query.layout import (
    ANY_URI,
    DAY_KEY,
    DIGEST,
    EVENT,
    FILTERS,
    PARTICIPANT,
    REFERENCE,
    SHARED_LABELS_ONLY,
    digest,
    full_iri,
    is_current,
    layouts,
    meta_value,
    rows_property,
    set_meta_value,
    short_iri,
)
from kzgraph.query.params import variable_for

SHARED_GRAPH = ox.NamedNode(str(iris.SHARED_GRAPH))
_LABEL = ox.NamedNode(str(iris.RDFS.label))
_TYPE = ox.NamedNode(str(iris.RDF.type))
_PERSON = ox.NamedNode(str(iris.KZ.Person))


# -- writing: in the worker that made the article's graph ------------------------------------

def _marked_store(ntriples: bytes | str) -> ox.Store:
    """The article's triples in an in-memory store (parsed by the store's loader: a third of
    the CPU of adding them from Python), each shared node's label replaced by its marker."""
    data = ox.Store()
    data.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    labels = [q for q in data.quads_for_pattern(None, _LABEL, None)
              if isinstance(q.subject, ox.NamedNode) and iris.is_shared_node(q.subject.value)]
    for quad in labels:
        data.remove(quad)
    data.extend(ox.Quad(q.subject, _LABEL, ox.Literal(q.subject.value, datatype=REFERENCE), q.graph_name)
                for q in labels)
    return data


def _cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str | list[str]:
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and term.datatype == REFERENCE:
        return [short_iri(term.value)]
    return term.value if isinstance(term, ox.Literal | ox.NamedNode) else str(term)


def _persons(data: ox.Store, event: ox.NamedNode | ox.BlankNode | None) -> set[str]:
    """The persons a fact links to (what the queries' --person EXISTS looks at)."""
    if event is None:
        return set()
    return {short_iri(q.object.value) for q in data.quads_for_pattern(event, None, None)
            if isinstance(q.object, ox.NamedNode)
            and next(iter(data.quads_for_pattern(q.object, _TYPE, _PERSON)), None) is not None}


_NO_FILTER = {ox.Variable(variable_for(option)): ox.Literal("") for option in FILTERS}


def article_rows(ntriples: bytes | str) -> dict[str, list[list]]:
    """Listing name -> the rows of one article's graph (N-Triples, with the shared descriptions
    of the nodes it uses), each distinct row once with all its persons."""
    data = _marked_store(ntriples)
    found: dict[str, list[list]] = {}
    persons: dict[object, set[str]] = {}  # fact -> its persons
    for name, layout in layouts().items():
        if layout.fact_class is not None and next(iter(data.quads_for_pattern(
                None, _TYPE, ox.NamedNode(layout.fact_class))), None) is None:
            continue  # no fact of the class the query starts from: no rows (half the queries)
        rows: dict[str, tuple[list, set[str]]] = {}
        for solution in data.query(layout.query.text, substitutions=_NO_FILTER):
            values = [*(_cell(solution[v]) for v in layout.values), _cell(solution[DAY_KEY])]
            event = solution[EVENT]
            if event not in persons:
                persons[event] = _persons(data, event)
            key = json.dumps(values, ensure_ascii=False)
            rows.setdefault(key, (values, set()))[1].update(persons[event])
        if rows:
            # Sorted: the same graph gives the same literal whatever order its triples came in.
            found[name] = [[*rows[key][0], sorted(rows[key][1])] for key in sorted(rows)]
    return found


def listing_quads(article_id: str, ntriples: bytes | str) -> list[ox.Quad]:
    """The article's listing graph (from its N-Triples): one chunk per listing with rows."""
    graph = ox.NamedNode(str(iris.listing_graph_iri(article_id)))
    quads = []
    for name, rows in article_rows(ntriples).items():
        chunk = ox.NamedNode(str(iris.listing_chunk_iri(article_id, name)))
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        rows_of = rows_property(name)
        quads.append(ox.Quad(chunk, rows_of, ox.Literal(text), graph))
        persons = sorted({full_iri(person) for row in rows for person in row[-1]})
        quads += [ox.Quad(chunk, PARTICIPANT, ox.Literal(p, datatype=ANY_URI), graph) for p in persons]
    return quads


def listing_nquads(article_id: str, ntriples: bytes | str) -> bytes:
    quads = listing_quads(article_id, ntriples)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""


# -- the store's side ------------------------------------------------------------------------

def remove_listing_graph(store: ox.Store, article_id: str) -> None:
    name = ox.NamedNode(str(iris.listing_graph_iri(article_id)))
    if store.contains_named_graph(name):
        store.remove_graph(name)


def mark_current(store: ox.Store) -> None:
    """Record that the store's rows come from this version's queries (after writing them all,
    or before writing into an empty store, where every article comes with its rows)."""
    set_meta_value(store, DIGEST, ox.Literal(digest()))
    record_label_layout(store)


# A node of the shared graph labelled in another graph too (stores of the earliest layout
# repeated shared nodes' descriptions in every article graph; a build leaves unchanged ones).
_LABELLED_ELSEWHERE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?shared ?node WHERE {
  GRAPH ?shared { ?node rdfs:label ?label }
  GRAPH ?graph { ?node rdfs:label ?other }
  FILTER(?graph != ?shared)
} LIMIT 1"""


def record_label_layout(store: ox.Store) -> None:
    """Record whether the shared graph holds every label of the nodes it labels: then a whole
    listing reads the shared graph's labels in one scan (kzgraph.query.listing) instead of a
    lookup per node. Builds of this version keep it so (they write shared nodes' labels into
    the shared graph alone); a join over the shared graph's labels, 57 ms at 10 M quads."""
    found = store.query(_LABELLED_ELSEWHERE, substitutions={ox.Variable("shared"): SHARED_GRAPH})
    elsewhere = next(iter(found), None)
    set_meta_value(store, SHARED_LABELS_ONLY, ox.Literal(elsewhere is None))


def _stored_article(store: ox.Store, graph: ox.NamedNode) -> list[ox.Triple]:
    """An article graph's triples with the shared descriptions of the shared nodes it uses."""
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    shared = {term for t in triples for term in (t.subject, t.object)
              if isinstance(term, ox.NamedNode) and iris.is_shared_node(term.value)}
    for node in shared:
        triples += [q.triple for q in store.quads_for_pattern(node, None, None, SHARED_GRAPH)]
    return triples


def reindex(store: ox.Store, batch: int = 200) -> int:
    """Write the rows of every article graph of ``store`` anew (a store of an earlier version,
    or one whose queries changed), then mark it current; returns the articles indexed."""
    names = [name for name in store.named_graphs() if isinstance(name, ox.NamedNode)]
    for name in names:  # every old row, also of articles no longer there
        if iris.is_listing_graph(name.value):
            store.remove_graph(name)
    pending: list[bytes] = []
    count = 0
    for name in names:
        article_id = iris.article_id_from_graph(name.value)
        if article_id is None:
            continue
        ntriples = ox.serialize(_stored_article(store, name), format=ox.RdfFormat.N_TRIPLES)
        pending.append(listing_nquads(article_id, ntriples))
        count += 1
        if len(pending) >= batch:
            store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
            pending = []
    if any(pending):
        store.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
    mark_current(store)
    return count


def after_build(store: ox.Store) -> int:
    """At the end of a build: rows for every article if the store's are missing or stale (and
    where the shared nodes' labels are, if a store indexed by an earlier version lacks it)."""
    if not is_current(store):
        return reindex(store)
    if meta_value(store, SHARED_LABELS_ONLY) is None:
        record_label_layout(store)
    return 0
