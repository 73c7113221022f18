"""Build ``data/brown_clusters.npz`` from spaCy's lookup tables (training time only).

`kzgraph nlp build-clusters` (and `kzgraph nlp train --clusters`) run this. The source is
the PyPI package ``spacy-lookups-data`` (MIT; ``pip install -e ".[data]"``), tables
``de_lexeme_cluster`` (Brown cluster path per word) and ``de_lexeme_prob`` (log probability
per word), both learnt by the spaCy authors on a large German corpus. Words without a cluster
are left out. The result stores spaCy string hashes, not the words, so it is compact
(about 5 MB) and loads in milliseconds; the runtime needs no extra dependency.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import numpy
from spacy.strings import get_string_id

from kzgraph.nlp.clusters import CLUSTER_FILE
from kzgraph.nlp.lexicon import DATA_DIR

SOURCE_PACKAGE = "spacy_lookups_data"
CLUSTER_TABLE = "de_lexeme_cluster.json.gz"
PROB_TABLE = "de_lexeme_prob.json.gz"
OOV_LOG_PROB = -20.0


def _table(name: str) -> dict[str, float]:
    data = resources.files(SOURCE_PACKAGE) / "data" / name  # ImportError names the missing package
    return json.loads(gzip.decompress(data.read_bytes()))


def build_clusters(out: Path | None = None) -> int:
    """Write the cluster table; returns the number of words in it."""
    clusters = _table(CLUSTER_TABLE)
    probs = _table(PROB_TABLE)
    # Sorted by hash, the order the lookup needs.
    words = sorted((word for word, path in clusters.items() if path), key=get_string_id)
    keys = numpy.fromiter((get_string_id(w) for w in words), dtype="uint64", count=len(words))
    paths = numpy.fromiter((clusters[w] for w in words), dtype="uint32", count=len(words))
    buckets = numpy.fromiter(
        (min(int(-probs.get(w, OOV_LOG_PROB)), 24) for w in words), dtype="uint8", count=len(words)
    )
    numpy.savez_compressed(out or DATA_DIR / CLUSTER_FILE, keys=keys, paths=paths, prob_buckets=buckets)
    return len(words)
