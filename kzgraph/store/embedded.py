"""The embedded Oxigraph store: persistent on disk (``--store DIR``) or in memory.

Each article's facts live in their own named graph, so that an article can be replaced on
its own. Shared nodes (persons, posts, organisations) are repeated in every article graph
that uses them, and Oxigraph's union default graph is a union of *quads*: a person's label
held by three article graphs matches three times. Queries must see the same rows as on the
exported Turtle file (a set of triples), so the store's default graph is kept as the
deduplicated union of the article graphs (``refresh_union``, run at the end of every build)
and queries go to the default graph only (``select``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kzgraph.graph import iris

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


# The deduplicated union as a named graph on a remote server (`kzgraph load`), to be queried
# with the protocol's default-graph-uri. Outside ``graph/`` so it is never taken for an article.
UNION_GRAPH = str(iris.DATA["union"])

_REFRESH_UNION = "CLEAR DEFAULT; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_ADD_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


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


def load_file(path: Path, store: ox.Store | None = None, format_name: str | None = None) -> ox.Store:
    """Load an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) into a store."""
    store = store if store is not None else ox.Store()
    fmt = FORMATS[format_for(path, format_name)]
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: cannot load: {err}") from err
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        refresh_union(store, keep_default=True)  # the file's own default graph, if any, stays
    return store


def refresh_union(store: ox.Store, keep_default: bool = False) -> None:
    """Make the default graph the set union of all named graphs (one transaction)."""
    store.update(_ADD_UNION if keep_default else _REFRESH_UNION)


def select(store: ox.Store, query: str, substitutions: dict | None = None) -> ox.QuerySolutions:
    """A query over the deduplicated union (the default graph): rows as on the exported Turtle."""
    return store.query(query, use_default_graph_as_union=False, substitutions=substitutions or {})


def article_graph_name(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(iris.article_graph_iri(article_id)))


def replace_article_graph(store: ox.Store, article_id: str, graph: Graph) -> None:
    """Put one article's triples into its named graph, replacing what was there.

    Two transactions: remove the old graph, then add the new one whole (``extend`` is
    all-or-nothing). A crash in between leaves the article without a graph, hence without
    ``kz:contentHash``, so the next build sees it as new and writes it again: an interrupted
    build, re-run, ends in the same store as an uninterrupted one.
    """
    name = article_graph_name(article_id)
    data = graph.serialize(format="nt", encoding="utf-8")
    quads = [ox.Quad(t.subject, t.predicate, t.object, name)
             for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    remove_article_graph(store, article_id)
    store.extend(quads)


def remove_article_graph(store: ox.Store, article_id: str) -> None:
    name = article_graph_name(article_id)
    if store.contains_named_graph(name):
        store.remove_graph(name)


_HASHES = """
PREFIX kz: <https://w3id.org/kzgraph/ontology#>
SELECT ?g ?hash WHERE { GRAPH ?g { ?article kz:articleId ?id . OPTIONAL { ?article kz:contentHash ?hash } } }
"""


def article_hashes(store: ox.Store) -> dict[str, str]:
    """Article id -> content hash ("" when the graph has none) of every article graph."""
    found: dict[str, str] = {}
    for row in store.query(_HASHES):
        article_id = iris.article_id_from_graph(row["g"].value)
        if article_id is not None:
            found[article_id] = row["hash"].value if row["hash"] is not None else ""
    return found


_PERSONS = """
PREFIX kz: <https://w3id.org/kzgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?person ?label ?alias WHERE {
  GRAPH ?g { ?person a kz:Person ; rdfs:label ?label . OPTIONAL { ?person kz:alias ?alias } }
}
"""


def article_persons(store: ox.Store) -> dict[str, dict[str, set[str]]]:
    """Article id -> {canonical person name: aliases} for the named persons of each article graph.

    Only global person nodes count (``kzd:person/...``); unnamed persons belong to one article.
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
    """(graph name or None for the default graph, its triples), graph by graph, sorted by name."""
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        yield None, default
    for name in sorted(store.named_graphs(), key=str):
        yield name, [q.triple for q in store.quads_for_pattern(None, None, None, name)]


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Every distinct triple of all named graphs (and the default graph)."""
    solutions = store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    )
    for row in solutions:
        yield ox.Triple(row["s"], row["p"], row["o"])


def prefixes() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in iris.PREFIXES.items()}


def export(store: ox.Store, output: Path, fmt: str) -> None:
    """Write the store to ``output``: named graphs kept for TriG/N-Quads, their union otherwise."""
    rdf_format = FORMATS[fmt]
    kwargs = {"prefixes": prefixes()} if fmt in {"turtle", "trig"} else {}
    try:
        if fmt in DATASET_FORMATS:
            # The article graphs only: the default graph is their union, derived on loading.
            quads = (q for name in sorted(store.named_graphs(), key=str)
                     for q in store.quads_for_pattern(None, None, None, name))
            ox.serialize(quads, str(output), format=rdf_format, **kwargs)
        else:
            ox.serialize(union_triples(store), str(output), format=rdf_format, **kwargs)
    except OSError as err:
        raise StoreError(f"{output}: cannot write: {err}") from err
