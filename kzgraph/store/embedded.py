"""The embedded Oxigraph store: persistent on disk (``--store DIR``) or in memory.

Each article's facts live in their own named graph; queries run over the union.
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


def load_file(path: Path, store: ox.Store | None = None) -> ox.Store:
    """Load an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) into a store."""
    store = store if store is not None else ox.Store()
    fmt = FORMATS[format_for(path)]
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: cannot load: {err}") from err
    return store


def replace_article_graph(store: ox.Store, article_id: str, graph: Graph) -> None:
    """Put one article's triples into its named graph, replacing what was there."""
    name = ox.NamedNode(str(iris.article_graph_iri(article_id)))
    data = graph.serialize(format="nt", encoding="utf-8")
    if store.contains_named_graph(name):
        store.clear_graph(name)
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=name)


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
            store.dump(str(output), format=rdf_format, **kwargs)
        else:
            ox.serialize(union_triples(store), str(output), format=rdf_format, **kwargs)
    except OSError as err:
        raise StoreError(f"{output}: cannot write: {err}") from err
