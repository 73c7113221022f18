"""What one build has written into its store, kept so that writing does not read the store back.

Reading from the store costs memory that stays: every term a lookup returns is decoded
through the store's string column, whose RocksDB block cache Oxigraph sizes at 128 MB, and
its other indexes share a 32 MB block cache. Settling the label of a shared node against the
stored one (:func:`kzgraph.store.embedded.settle_labels`) read the store for every shared node of
every batch, and that filled those caches batch by batch: +34 MB over 3,000 synthetic graphs
(section "Bounded memory, second round" of BENCHMARKS.md). The label a build chose for a node
is the label the store holds for it (the build is the store's only writer while it runs), so
:class:`WrittenLabels` answers for nodes this build has settled, and the store is asked only
about nodes seen for the first time, where a node new to the store costs an index probe and
no string is decoded.

The record holds one short entry per shared node the build wrote (a person, post, state or
organization: tens of thousands for a large corpus), not per article or per triple.

:func:`end_batch` flushes the store's memory tables after each batch: the labels and hashes
are written in transactions, whose memory tables Oxigraph lets grow to 128 MB per column
family before RocksDB flushes them on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kzgraph.store.bulk import ArticleQuads, release_free_memory
from kzgraph.store.embedded import LABEL

if TYPE_CHECKING:
    from kzgraph.store.tee import UnionTee



class WrittenLabels:
    """The rdfs:label this build last settled for each shared node (node IRI -> label literal).

    With a ``tee`` (kzgraph.store.tee), every batch written is also appended to it, and
    :meth:`label_triples` gives the labels to write at the end.
    """

    def __init__(self, tee: UnionTee | None = None) -> None:
        self._labels: dict[str, ox.Literal] = {}
        self.tee = tee
        if tee is not None:
            tee.settled = self.label_triples

    def __len__(self) -> int:
        return len(self._labels)

    def known(self, node: ox.NamedNode | ox.BlankNode) -> bool:
        return isinstance(node, ox.NamedNode) and node.value in self._labels

    def label(self, node: ox.NamedNode) -> ox.Literal:
        return self._labels[node.value]

    def record(self, node: ox.NamedNode | ox.BlankNode, label: ox.Literal) -> None:
        if isinstance(node, ox.NamedNode):  # shared nodes are IRIs; a blank node is never looked up
            self._labels[node.value] = label

    def wrote(self, batch: list[ArticleQuads], added: list[ox.Quad]) -> None:
        """A batch is in the store: its graphs (``batch``) and the shared labels and aliases
        settled for it (``added``)."""
        for quad in added:
            if quad.predicate == LABEL:
                self.record(quad.subject, quad.object)
        if self.tee is not None:
            for article in batch:
                self.tee.add_nquads(article.body + article.hashes)
            self.tee.add(quad for quad in added if quad.predicate != LABEL)  # aliases: plain strings

    def label_triples(self) -> Iterator[ox.Triple]:
        return (ox.Triple(ox.NamedNode(node), LABEL, label) for node, label in self._labels.items())


def end_batch(store: ox.Store) -> None:
    """After a batch: the transactions' memory tables to disk, freed C heap back to the system."""
    store.flush()
    release_free_memory()


def store_is_empty(store: ox.Store) -> bool:
    """Without counting: the first quad of any graph, if there is one."""
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is None
