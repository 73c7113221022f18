"""The embedded Oxigraph store: persistent on disk (``--store DIR``) or in memory.

Layout: each article's facts live in their own named graph, so that an article can be
replaced on its own; the description of shared nodes (type, label and aliases of named
persons, organizations, states and posts) lives once in the shared graph
(``iris.SHARED_GRAPH``). Queries run over Oxigraph's union default graph
(``use_default_graph_as_union``), a union of *quads*: since no triple that a saved query
joins on is repeated across graphs any more, a person's label matches once, not once per
article. (Earlier versions repeated shared nodes in every article graph and kept a
deduplicated copy of the union in the default graph; that copy doubled the store and made
every build O(store). A build drops such a copy: :func:`drop_union_copy`.)

The shared graph is the union of what the article graphs contribute: writing an article adds
its shared triples (a set: adding twice changes nothing), and :func:`prune_shared` removes the
description of every shared node that no article graph refers to any more, e.g. a person only
a removed or changed article mentioned. A label or alias stays as long as any article graph
still refers to its node (see README, "Stores").
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDFS

from kzgraph.graph import iris
from kzgraph.store.listings import listing_quads, remove_listing_graph
from kzgraph.store.namekeys import add_missing_name_keys

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads", ".jsonld": "jsonld",
            ".json": "jsonld"}
DATASET_FORMATS = {"trig", "nquads"}

SHARED_GRAPH = ox.NamedNode(str(iris.SHARED_GRAPH))
# Where earlier versions of `kzgraph load` put the deduplicated union on a server. No longer
# written; the name stays importable for code that cleans such a graph up.
UNION_GRAPH = str(iris.DATA["union"])


class StoreError(Exception):
    pass


def format_for(path: Path, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    return SUFFIXES.get(path.suffix.lower(), "turtle")


def open_store(directory: Path | None) -> ox.Store:
    """A persistent store in ``directory``, or an in-memory one for ``None``."""
    if directory is None:
        return ox.Store()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(directory))
    except OSError as err:
        raise StoreError(f"{directory}: cannot open the store: {err}") from err


def open_read_only(directory: Path) -> ox.Store:
    """A snapshot of the persistent store in ``directory`` for reading: takes no lock, so it
    works while a build writes to the store, and never creates a store where there was none."""
    if not directory.is_dir():
        raise StoreError(f"no store at {directory}: build one with "
                         f"`kzgraph build CORPUS --store {directory}`")
    for attempt in range(1, _READ_ONLY_ATTEMPTS + 1):
        try:
            return ox.Store.read_only(str(directory))
        except OSError as err:
            raise StoreError(f"{directory}: cannot open the store: {err}") from err
        except RuntimeError as err:
            # a writer (a build, in this process or another) may replace the store's manifest
            # between the reader finding it and opening it: a race that passes, so try again
            if attempt == _READ_ONLY_ATTEMPTS:
                raise StoreError(
                    f"{directory}: cannot open the store while it is being written ({err}); try again"
                ) from err
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


_READ_ONLY_ATTEMPTS = 5


def load_file(path: Path, store: ox.Store | None = None, format_name: str | None = None) -> ox.Store:
    """Load an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) into a store.

    Graphs are kept as in the file: queries see their union (:func:`select`).
    """
    store = store if store is not None else ox.Store()
    fmt = FORMATS[format_for(path, format_name)]
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: cannot load: {err}") from err
    return store


def drop_union_copy(store: ox.Store) -> None:
    """Remove the union copy an earlier kzgraph build kept in a store's default graph.

    A build store holds named graphs only; its default graph can only be that old copy.
    Cheap when there is none (one index probe).
    """
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        store.clear_graph(ox.DefaultGraph())


def select(store: ox.Store, query: str, substitutions: dict | None = None) -> ox.QuerySolutions:
    """A query over the union of all graphs: with DISTINCT, the rows of the exported Turtle."""
    return store.query(query, use_default_graph_as_union=True, substitutions=substitutions or {})


def article_graph_name(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(iris.article_graph_iri(article_id)))


_SHARED_PREDICATES = frozenset(str(p) for p in iris.SHARED_PREDICATES)


def split_shared(graph: Graph) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """An article's triples as (article graph, shared graph) parts: type, label and aliases
    of shared nodes go to the shared graph, everything else stays with the article."""
    # One N-Triples round trip turns rdflib terms into pyoxigraph terms (literals included).
    data = graph.serialize(format="nt", encoding="utf-8")
    own: list[ox.Triple] = []
    shared: list[ox.Triple] = []
    for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        subject = triple.subject
        is_shared = (triple.predicate.value in _SHARED_PREDICATES
                     and isinstance(subject, ox.NamedNode) and iris.is_shared_node(subject.value))
        (shared if is_shared else own).append(triple)
    return own, shared


def replace_article_graph(store: ox.Store, article_id: str, graph: Graph) -> None:
    """Put one article's triples into its named graph, replacing what was there; its shared
    node descriptions are added to the shared graph.

    Two transactions: remove the old graph, then add the new one and its shared triples
    whole (``extend`` is all-or-nothing). A crash in between leaves the article without a
    graph, hence without ``kz:contentHash``, so the next build sees it as new and writes it
    again: an interrupted build, re-run, ends in the same store as an uninterrupted one.
    Shared descriptions the old graph alone needed are removed by :func:`prune_shared`.
    """
    own, shared = split_shared(graph)
    write_article_triples(store, article_id, own, shared)


def write_article_triples(store: ox.Store, article_id: str, own: Iterable[ox.Triple],
                          shared: Iterable[ox.Triple]) -> None:
    """:func:`replace_article_graph` for triples already split (e.g. parsed from a worker's N-Triples)."""
    name = article_graph_name(article_id)
    remove_article_graph(store, article_id)
    own, shared = list(own), list(shared)
    add, replaced = settle_labels(store, [t for t in shared if t.predicate == LABEL])
    for quad in replaced:
        store.remove(quad)
    store.extend([ox.Quad(t.subject, t.predicate, t.object, name) for t in own]
                 + [ox.Quad(t.subject, t.predicate, t.object, SHARED_GRAPH) for t in shared
                    if t.predicate != LABEL]
                 + add + listing_quads(article_id, ox.serialize(own + shared, format=ox.RdfFormat.N_TRIPLES)))


# one term each, for every module that writes or reads labels and aliases of the shared graph
LABEL = ox.NamedNode(str(RDFS.label))
ALIAS = ox.NamedNode(str(iris.KZ.alias))


class KnownLabels(Protocol):
    """The labels a build has settled so far (kzgraph.store.written.WrittenLabels)."""

    def known(self, node: ox.NamedNode | ox.BlankNode) -> bool: ...

    def label(self, node: ox.NamedNode) -> ox.Literal: ...


def settle_labels(store: ox.Store, labels: Iterable[ox.Triple],
                  written: KnownLabels | None = None) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """One rdfs:label per shared node over the store and ``labels``: (quads to add, to remove).

    The smallest spelling is the label, whatever the order the articles come in, and the
    others become aliases; grouped by node, so two articles of one batch that spell a name
    differently end with one label as well. ``written``: labels settled earlier in this build,
    which need no read of the store.
    """
    by_node: dict[ox.NamedNode | ox.BlankNode, set] = {}
    for triple in labels:
        by_node.setdefault(triple.subject, set()).add(triple.object)
    add: list[ox.Quad] = []
    remove: list[ox.Quad] = []
    for node, new in by_node.items():
        if written is not None and written.known(node):  # settled earlier in this build: no read
            stored = {written.label(node)}
        else:
            stored = {q.object for q in store.quads_for_pattern(node, LABEL, None, SHARED_GRAPH)}
        spellings = stored | new
        keep = min(spellings, key=lambda term: term.value)
        add.append(ox.Quad(node, LABEL, keep, SHARED_GRAPH))
        add += [ox.Quad(node, ALIAS, other, SHARED_GRAPH) for other in spellings - {keep}]
        remove += [ox.Quad(node, LABEL, old, SHARED_GRAPH) for old in stored - {keep}]
    return add, remove


def remove_article_graph(store: ox.Store, article_id: str) -> None:
    """The article's graph and its rows in the listing index."""
    name = article_graph_name(article_id)
    if store.contains_named_graph(name):
        store.remove_graph(name)
    remove_listing_graph(store, article_id)


def data_graphs(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode]:
    """The named graphs of the knowledge graph, sorted: the article graphs and the shared graph,
    not the listing index (kzgraph.store.listings), which is never exported, loaded or validated."""
    return sorted((name for name in store.named_graphs() if not iris.is_listing_graph(str(name.value))),
                  key=str)


def _referenced(store: ox.Store, node: ox.NamedNode) -> bool:
    """Whether any graph but the shared one uses ``node`` (as subject or object)."""
    for quads in (store.quads_for_pattern(node, None, None), store.quads_for_pattern(None, None, node)):
        if any(quad.graph_name != SHARED_GRAPH for quad in quads):
            return True
    return False


def prune_shared(store: ox.Store) -> int:
    """Remove the description of every shared node no article graph refers to; returns how many.

    Scans the shared graph's subjects (persons, posts, organizations: far fewer than the
    store's triples), not the article graphs, and runs after every build, so a build that
    was interrupted between removing and rewriting a graph leaves nothing stale behind.
    """
    subjects = {q.subject for q in store.quads_for_pattern(None, None, None, SHARED_GRAPH)}
    orphans = [node for node in subjects if isinstance(node, ox.NamedNode) and not _referenced(store, node)]
    for node in orphans:
        for quad in list(store.quads_for_pattern(node, None, None, SHARED_GRAPH)):
            store.remove(quad)
    add_missing_name_keys(store, SHARED_GRAPH)  # persons written before kz:nameKey existed
    return len(orphans)


_HASHES = """
PREFIX kz: <https://w3id.org/kzgraph/ontology#>
SELECT ?g ?hash ?digest WHERE {
  GRAPH ?g {
    ?article kz:articleId ?id .
    OPTIONAL { ?article kz:contentHash ?hash }
    OPTIONAL { ?article kz:extractorDigest ?digest }
  }
}
"""


def article_hashes(store: ox.Store) -> dict[str, str]:
    """Article id -> content hash ("" when the graph has none) of every article graph."""
    return {article_id: content for article_id, (content, _) in stored_articles(store).items()}


def stored_articles(store: ox.Store) -> dict[str, tuple[str, str | None]]:
    """Article id -> (content hash, "" when the graph has none; the extractor digest it was made
    with, None for a graph of an earlier version) of every article graph, in one pass."""
    found: dict[str, tuple[str, str | None]] = {}
    for row in store.query(_HASHES):
        article_id = iris.article_id_from_graph(row["g"].value)
        if article_id is not None:
            digest = row["digest"].value if row["digest"] is not None else None
            found[article_id] = (row["hash"].value if row["hash"] is not None else "", digest)
    return found


_PERSONS = """
PREFIX kz: <https://w3id.org/kzgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?person ?label ?alias WHERE {
  GRAPH ?g { ?person kz:mentionedIn ?article }
  GRAPH ?description { ?person a kz:Person ; rdfs:label ?label . OPTIONAL { ?person kz:alias ?alias } }
}
"""


def article_persons(store: ox.Store) -> dict[str, dict[str, set[str]]]:
    """Article id -> {canonical person name: aliases} for the named persons of each article graph.

    Only global person nodes count (``kzd:person/...``); unnamed persons belong to one article.
    An article graph names its persons (``kz:mentionedIn``); label and aliases come from the
    shared graph (or, in a store written by an earlier version, from any graph describing
    the person), so an article contributes every alias its persons have.
    """
    prefix = str(iris.DATA["person/"])
    found: dict[str, dict[str, set[str]]] = {}
    for row in store.query(_PERSONS):
        article_id = iris.article_id_from_graph(row["g"].value)
        if article_id is None or not row["person"].value.startswith(prefix):
            continue
        aliases = found.setdefault(article_id, {}).setdefault(row["label"].value, set())
        if row["alias"] is not None:
            aliases.add(row["alias"].value)
    return found


def graphs(store: ox.Store) -> Iterator[tuple[ox.NamedNode | ox.BlankNode | None, list[ox.Triple]]]:
    """(graph name or None for the default graph, its triples), graph by graph, sorted by name.

    For a build store: the article graphs and the shared graph (no default graph)."""
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        yield None, default
    for name in data_graphs(store):
        yield name, [q.triple for q in store.quads_for_pattern(None, None, None, name)]


_DATA = str(iris.DATA)


def article_bound(term: object) -> bool:
    """A node minted for one article (the article, its facts, evidence, unnamed agents)."""
    return (isinstance(term, ox.NamedNode) and term.value.startswith(_DATA)
            and not iris.is_shared_node(term.value))


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Every distinct triple of all graphs (a triple format has no graph names), streamed.

    A triple about a node minted for one article lives in that article's graph only, so only
    the others (shared descriptions, a person's post or predecessor told by several articles)
    are checked for repeats: memory grows with those, not with the store (a DISTINCT over the
    union held every triple). Looking each of them up in the store instead (which graphs hold
    it) was measured to cost more: 22 MB more peak memory over 2,000 articles, the store's
    block cache filling with a second index, against about 1 MB for this set.
    """
    seen: set[ox.Triple] = set()
    for graph in [ox.DefaultGraph(), *data_graphs(store)]:
        for quad in store.quads_for_pattern(None, None, None, graph):
            triple = quad.triple
            if not (article_bound(triple.subject) or article_bound(triple.object)):
                if triple in seen:
                    continue
                seen.add(triple)
            yield triple


def prefixes() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in iris.PREFIXES.items()}


def export(store: ox.Store, output: Path, fmt: str) -> None:
    """Write the store to ``output``: named graphs kept for TriG/N-Quads, their union otherwise."""
    rdf_format = FORMATS[fmt]
    kwargs = {"prefixes": prefixes()} if fmt in {"turtle", "trig"} else {}
    try:
        if fmt in DATASET_FORMATS:
            # As stored: article graphs and the shared graph (an old union copy is left out).
            quads = (q for name in data_graphs(store)
                     for q in store.quads_for_pattern(None, None, None, name))
            ox.serialize(quads, str(output), format=rdf_format, **kwargs)
        else:
            ox.serialize(union_triples(store), str(output), format=rdf_format, **kwargs)
    except OSError as err:
        raise StoreError(f"{output}: cannot write: {err}") from err
