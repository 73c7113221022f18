"""Writing many article graphs at once: the store's bulk writer, made crash-safe by the hash.

:func:`kzgraph.store.embedded.replace_article_graph` writes one article per transaction; a
RocksDB transaction costs about as much per quad as it writes, so batching articles into one
transaction gains nothing (``python -m kzgraph.bench --only load``). ``Store.bulk_load`` skips
the transaction and writes a batch of 100-200 articles 2-2.5 times as fast (CPU), but is not
atomic. The build's invariant "an article graph with a ``kz:contentHash`` is complete" is kept
by writing each batch in three steps: the graphs' triples without their hash triples (bulk),
the shared labels (one transaction: one label per node, see
:func:`~kzgraph.store.embedded.settle_labels`), then the hash triples (one transaction). A
crash in between leaves graphs without a hash, which the next build sees as new and writes
again.

The bytes are prepared where the article's graph was made (:func:`article_quads`, in a build
worker), so the process that owns the store only joins them and hands them to the store's
loader: no Python object per quad.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph

from kzgraph.graph import iris
from kzgraph.graph.iris import KZ
from kzgraph.store.embedded import (
    LABEL,
    SHARED_GRAPH,
    KnownLabels,
    article_graph_name,
    remove_article_graph,
    settle_labels,
)
from kzgraph.store.listings import listing_nquads

_CONTENT_HASH = str(KZ.contentHash)
_SHARED_PREDICATES = frozenset(str(p) for p in iris.SHARED_PREDICATES)


@dataclass
class ArticleQuads:
    """One article graph, serialised for :func:`write_batch`."""

    article_id: str
    body: bytes = b""  # N-Quads: the article graph without its hash, shared descriptions but labels
    labels: bytes = b""  # N-Triples: rdfs:label of shared nodes (settled against the store on writing)
    hashes: bytes = b""  # N-Quads: kz:contentHash, written last
    listing: bytes = b""  # N-Quads: the article's rows of the saved listings (kzgraph.store.listings)
    quads: int = 0

    @classmethod
    def of(cls, article_id: str, ntriples: bytes | str) -> ArticleQuads:
        """From the graph's N-Triples: shared descriptions go to the shared graph (as
        :func:`~kzgraph.store.embedded.split_shared` decides), the rest to the article's graph."""
        name = article_graph_name(article_id)
        body: list[ox.Quad] = []
        labels: list[ox.Triple] = []
        hashes: list[ox.Quad] = []
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
            predicate = t.predicate.value
            if (predicate in _SHARED_PREDICATES and isinstance(t.subject, ox.NamedNode)
                    and iris.is_shared_node(t.subject.value)):
                if t.predicate == LABEL:
                    labels.append(t)
                else:
                    body.append(ox.Quad(t.subject, t.predicate, t.object, SHARED_GRAPH))
            elif predicate == _CONTENT_HASH:
                hashes.append(ox.Quad(t.subject, t.predicate, t.object, name))
            else:
                body.append(ox.Quad(t.subject, t.predicate, t.object, name))
        return cls(article_id, _nquads(body), ox.serialize(labels, format=ox.RdfFormat.N_TRIPLES),
                   _nquads(hashes), listing_nquads(article_id, ntriples),
                   len(body) + len(labels) + len(hashes))


def _nquads(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""


class WrittenLabels(KnownLabels, Protocol):
    """What a build has written so far (kzgraph.store.written.WrittenLabels)."""

    def wrote(self, batch: list[ArticleQuads], added: list[ox.Quad]) -> None: ...


def write_batch(store: ox.Store, batch: list[ArticleQuads], written: WrittenLabels | None = None) -> int:
    """Put each article into its named graph, replacing what was there, as
    :func:`~kzgraph.store.embedded.replace_article_graph` does; returns the quads written.
    ``written``: the labels this build has settled so far (kzgraph.store.written), updated here."""
    for article in batch:
        remove_article_graph(store, article.article_id)
    body = b"".join(article.body + article.listing for article in batch)
    if body:
        store.bulk_load(body, format=ox.RdfFormat.N_QUADS)
    labels = [t for article in batch if article.labels
              for t in ox.parse(article.labels, format=ox.RdfFormat.N_TRIPLES)]
    add, remove = settle_labels(store, labels, written)
    for quad in remove:
        store.remove(quad)
    store.extend(add)
    hashes = b"".join(article.hashes for article in batch)
    if hashes:
        store.load(hashes, format=ox.RdfFormat.N_QUADS)  # last: only now do the graphs count as written
    if written is not None:  # only once they are in the store
        written.wrote(batch, add)
    return sum(article.quads for article in batch)


def write_article_graphs(store: ox.Store, graphs: Iterable[tuple[str, Graph]],
                         written: WrittenLabels | None = None) -> int:
    """:func:`write_batch` for (article id, rdflib graph) pairs; returns the quads written."""
    return write_batch(store, [ArticleQuads.of(article_id, graph.serialize(format="nt", encoding="utf-8"))
                               for article_id, graph in graphs], written)


def _libc_malloc_trim():  # noqa: ANN202 - the C function, or None off glibc
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _libc_malloc_trim()


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc ``malloc_trim``; no-op elsewhere).

    The store's writer (RocksDB, in C++) allocates and frees a batch's buffers in several
    threads; glibc keeps what was freed in per-thread arenas, so without this a build's
    resident memory creeps up batch by batch (measured: 20 MB less after 3,000 graphs).
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)
