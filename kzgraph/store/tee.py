"""The union of what a build writes, teed into a temporary file, for ``kzgraph build --output``.

``--output`` alone builds into a scratch store and used to export it at the end
(:func:`kzgraph.store.embedded.export`). Reading a whole store once fills its RocksDB caches
(a 32 MB block cache and the 128 MB one of the string column): +39 MB at 5,000 articles for
a scan or Oxigraph's own dump, memory a 50-article build never spends (BENCHMARKS.md,
bounded memory). The tee instead appends each batch's triples to a temporary N-Triples
file as the batch is written, and the output is serialised from that file at the end, so the
store is never read back.

What the tee holds is the union graph of the store: every article graph's triples, the
shared descriptions (types, name keys, aliases), the content hashes, and one label per shared
node, the one the build settled last (kzgraph.store.written, given at the end). Triples
about shared nodes repeat over articles and are written once (a set of those alone, as the
export kept). It is only used into a store that was empty, where nothing is pruned, and the
caller falls back to exporting the store when an article failed (a failed batch may have
left part of itself in the store).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

from kzgraph.store.embedded import DATASET_FORMATS, FORMATS, StoreError, article_bound, export, prefixes


class UnionTee:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kzgraph-union-", suffix=".nt")  # noqa: SIM115 - closed by close()
        self._seen: set[ox.Triple] = set()
        # The labels the build settled, given at the end (set by kzgraph.store.written.WrittenLabels).
        self.settled: Callable[[], Iterable[ox.Triple]] | None = None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Written quads, as triples (the labels of shared nodes come at the end: :meth:`write`)."""
        triples: list[ox.Triple] = []
        for quad in quads:
            triple = quad.triple
            if not (article_bound(triple.subject) or article_bound(triple.object)):
                if triple in self._seen:
                    continue
                self._seen.add(triple)
            triples.append(triple)
        # A node's triples together, so that Turtle writes each subject once (as the store's
        # export does, which reads graph by graph in index order): half the file's size.
        triples.sort(key=lambda t: (t.subject.value, t.predicate.value))
        if triples:
            self._file.write(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))

    def add_nquads(self, nquads: bytes) -> None:
        """Quads as the store holds them: read into an in-memory store first, because the store
        keeps typed literals in canonical form (``"3"^^xsd:nonNegativeInteger`` becomes
        ``"3"^^xsd:integer``), and the output must be the graph the store would export. Called
        per article: a whole batch's Python objects at once cost 14 MB more peak memory (5,000
        articles)."""
        if nquads:
            canonical = ox.Store()
            canonical.load(nquads, format=ox.RdfFormat.N_QUADS)
            self.add(canonical)

    def _triples(self, labels: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
        self._file.flush()
        self._file.seek(0)
        return chain(ox.parse(self._file, format=ox.RdfFormat.N_TRIPLES), labels)

    def write(self, output: Path, fmt: str) -> None:
        """The union graph to ``output`` in ``fmt`` (a triple format), the settled labels last."""
        kwargs = {"prefixes": prefixes()} if fmt == "turtle" else {}
        labels = self.settled() if self.settled is not None else ()
        try:
            ox.serialize(self._triples(labels), str(output), format=FORMATS[fmt], **kwargs)
        except OSError as err:
            raise StoreError(f"{output}: cannot write: {err}") from err

    def close(self) -> None:
        self._file.close()
        self._seen.clear()


def tee_for(output: Path | None, fmt: str, store_dir: Path | None) -> UnionTee | None:
    """A tee when the build writes a triple format from a scratch store (``--output`` alone)."""
    return UnionTee() if output is not None and store_dir is None and fmt not in DATASET_FORMATS else None


def write_output(store: ox.Store, tee: UnionTee | None, failed: bool, output: Path, fmt: str) -> None:
    """The build's graph to ``output``: from the tee, or exported from the store when there is no
    tee or an article failed."""
    try:
        if tee is not None and not failed:
            tee.write(output, fmt)
        else:
            export(store, output, fmt)
    finally:
        if tee is not None:
            tee.close()
