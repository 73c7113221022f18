"""Brown word clusters and word frequency as NER input features.

The NER sees only ~6k labelled sentences, so most words it meets were never in training.
Brown clusters, learnt from a large German corpus, put words used in the same contexts
into the same cluster: surnames, towns, parties, months ... share a cluster or a cluster
prefix, so an unseen "Almaty" looks like a known "Kasachstan". The log probability of the
word in that corpus tells a rare word (often a name) from a common one.

The table (``data/brown_clusters.npz``: spaCy string hash of the word, cluster path, log
probability bucket; about 860k words) is derived by :mod:`kzgraph.nlp.clusters_build`
from spaCy's ``spacy-lookups-data`` package (MIT), the German tables ``lexeme_cluster``
and ``lexeme_prob``. The word is looked up as written, then lower-cased (sentence-initial
"Die").

A cluster is a path in a binary tree stored with its first step in the lowest bit, so
the prefix of length k (a coarser cluster) is ``path & (2**k - 1)``. Each token gets the
columns ``PREFIX_BITS`` prefixes, the full path and the probability bucket; each column
is hashed into its own embedding table (:func:`kzgraph.nlp.embed.LexicalHashEmbed`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import Model
from thinc.types import Ints2d

from kzgraph.nlp.disk_cache import cached
from kzgraph.nlp.lexicon import DATA_DIR

CLUSTER_FILE = "brown_clusters.npz"
PREFIX_BITS = (4, 6, 10)  # the default prefixes; the model's config may name others
KNOWN = 1 << 30  # set on every feature of a word in the table, so cluster 0 differs from "unknown"
UNKNOWN_PROB_BUCKET = 25


def n_columns(prefixes: tuple[int, ...] = PREFIX_BITS) -> int:
    """Feature columns per token: one per prefix, the full cluster, the probability bucket."""
    return len(prefixes) + 2


class ClusterTable:
    """Sorted word hashes with their cluster path and -log probability bucket."""

    def __init__(self, keys: numpy.ndarray, paths: numpy.ndarray, prob_buckets: numpy.ndarray) -> None:
        keys = keys.astype("uint64")
        if len(keys) > 1 and not bool(numpy.all(keys[1:] > keys[:-1])):
            order = numpy.argsort(keys)  # the built file is already sorted; others may not be
            keys, paths, prob_buckets = keys[order], paths[order], prob_buckets[order]
        self.keys = keys
        self.paths = paths.astype("uint64")
        self.prob_buckets = prob_buckets.astype("uint64")

    def state(self) -> tuple[bytes, bytes, bytes]:
        """The three columns as bytes (sorted, uint64), for the cache directory (disk_cache)."""
        return self.keys.tobytes(), self.paths.tobytes(), self.prob_buckets.tobytes()

    @classmethod
    def from_state(cls, state: tuple[bytes, bytes, bytes]) -> ClusterTable:
        """The table from :meth:`state`: read-only arrays over the bytes, nothing copied or sorted."""
        table = cls.__new__(cls)
        keys, paths, buckets = (numpy.frombuffer(column, dtype="uint64") for column in state)
        table.keys, table.paths, table.prob_buckets = keys, paths, buckets
        return table

    def __len__(self) -> int:
        return len(self.keys)

    def _find(self, hashes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        index = numpy.searchsorted(self.keys, hashes)
        index = numpy.minimum(index, len(self.keys) - 1)
        return self.keys[index] == hashes, index

    def prob_bucket(self, word: str) -> int | None:
        """The -log probability bucket of ``word`` as written, None when it is not in the table."""
        if not len(self.keys):
            return None
        found, index = self._find(numpy.array([get_string_id(word)], dtype="uint64"))
        return int(self.prob_buckets[index[0]]) if bool(found[0]) else None

    def lookup(self, orth: numpy.ndarray, lower: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(found, row index) per token: the word as written, else lower-cased."""
        found, index = self._find(orth)
        found_lower, index_lower = self._find(lower)
        use_lower = ~found & found_lower
        index = numpy.where(use_lower, index_lower, index)
        return found | found_lower, index

    def features(self, doc: Doc, prefixes: tuple[int, ...] = PREFIX_BITS) -> numpy.ndarray:
        """One row per token: cluster prefixes, full cluster path, probability bucket."""
        columns = numpy.zeros((len(doc), n_columns(prefixes)), dtype="uint64")
        if not len(self.keys):
            columns[:, -1] = UNKNOWN_PROB_BUCKET
            return columns
        hashes = doc.to_array([ORTH, LOWER]).astype("uint64")
        found, index = self.lookup(hashes[:, 0], hashes[:, 1])
        paths = self.paths[index]
        for column, bits in enumerate(prefixes):
            columns[:, column] = numpy.where(found, (paths & numpy.uint64((1 << bits) - 1)) | KNOWN, 0)
        columns[:, len(prefixes)] = numpy.where(found, paths | KNOWN, 0)
        columns[:, -1] = numpy.where(found, self.prob_buckets[index], UNKNOWN_PROB_BUCKET)
        return columns


def is_rare_word(word: str, bucket: int = 11) -> bool:
    """Whether ``word`` is rare in the cluster corpus (log probability at most -``bucket``, or not
    in the table): "Leyen", "Guttenberg", not "Polizei" or "Partei"."""
    found = load_clusters().prob_bucket(word)
    return found is None or found >= bucket


def load_clusters(name: str = CLUSTER_FILE) -> ClusterTable:
    # One cache key per file: load_clusters() and load_clusters(CLUSTER_FILE) were two entries
    # of @cache, so every process read the 8 MB table twice (0.05 s CPU and its memory).
    return _load_clusters_file(name)


@cache
def _load_clusters_file(name: str) -> ClusterTable:
    path = DATA_DIR / name
    if not path.exists():
        # Without the data file (before the first build) every word is simply unknown.
        empty = numpy.zeros(0, dtype="uint64")
        return ClusterTable(empty, empty, empty)
    # kept uncompressed in the user's cache directory (disk_cache): inflating the shipped
    # archive took 0.06-0.12 s of every start-up, reading the cached columns ~0.01 s
    return ClusterTable.from_state(cached("clusters", path, lambda: _read_archive(path).state(), _is_state))


def _read_archive(path: Path) -> ClusterTable:
    with numpy.load(path) as data:
        return ClusterTable(data["keys"], data["paths"], data["prob_buckets"])


def _is_state(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and all(isinstance(column, bytes) for column in value)
        and len({len(column) for column in value}) == 1
        and len(value[0]) % 8 == 0
    )


def _cluster_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    table = load_clusters(model.attrs["file"])
    prefixes = model.attrs["prefixes"]
    features = [model.ops.asarray2i(table.features(doc, prefixes), dtype="uint64") for doc in docs]
    return features, lambda d_features: []


def ClusterFeature(  # noqa: N802
    file: str = CLUSTER_FILE, prefixes: tuple[int, ...] = PREFIX_BITS
) -> Model[list[Doc], list[Ints2d]]:
    return Model("cluster_feature", _cluster_forward, attrs={"file": file, "prefixes": tuple(prefixes)})
