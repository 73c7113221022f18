"""The NER's token embedding: spaCy's hashed lexical features plus kzgraph's word knowledge.

``kzgraph.LexicalHashEmbed.v1`` is spaCy's MultiHashEmbed.v2 (no static vectors) with two
more sources of columns, each hashed into its own embedding table:

* gazetteer membership (:mod:`kzgraph.nlp.gazetteer`): one bit-mask column;
* Brown clusters and word frequency (:mod:`kzgraph.nlp.clusters`): cluster prefixes, the
  full cluster and a probability bucket. These tables are narrower (``cluster_width``):
  each has at most a few thousand distinct values.

``kzgraph.GazetteerHashEmbed.v1`` is the same without the cluster columns (NER models up to
0.3.0). The architectures are registered on import, so ``spacy.load`` of the model dir works
once ``kzgraph.nlp`` is imported.
"""

from __future__ import annotations

from typing import cast

from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d, Ragged

from kzgraph.nlp.clusters import CLUSTER_FILE, PREFIX_BITS, ClusterFeature, n_columns
from kzgraph.nlp.gazetteer import GAZETTEER_FILE, GazetteerFeature, concat_columns


@registry.architectures("kzgraph.LexicalHashEmbed.v1")
def LexicalHashEmbed(  # noqa: N802 (spaCy/thinc naming convention for layers)
    width: int,
    attrs: list[str],
    rows: list[int],
    gazetteer_rows: int = 128,
    gazetteer_file: str = GAZETTEER_FILE,
    cluster_rows: list[int] | None = None,
    cluster_width: int = 32,
    cluster_file: str = CLUSTER_FILE,
    cluster_prefixes: list[int] | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """Lexical attribute tables, a gazetteer table and the Brown-cluster/frequency tables:
    ``cluster_rows`` has one entry per prefix length in ``cluster_prefixes``, then the full
    cluster and the probability bucket."""
    prefixes = tuple(cluster_prefixes or PREFIX_BITS)
    cluster_rows = cluster_rows or [min(2 << b, 2048) for b in prefixes] + [2048, 32]
    if len(cluster_rows) != n_columns(prefixes):
        raise ValueError(f"cluster_rows needs {n_columns(prefixes)} entries, got {len(cluster_rows)}")
    cluster = ClusterFeature(cluster_file, prefixes)
    return _embed(width, attrs, rows, gazetteer_rows, gazetteer_file, (cluster, cluster_rows, cluster_width))


@registry.architectures("kzgraph.GazetteerHashEmbed.v1")
def GazetteerHashEmbed(  # noqa: N802
    width: int,
    attrs: list[str],
    rows: list[int],
    gazetteer_rows: int = 64,
    gazetteer_file: str = GAZETTEER_FILE,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed.v2 (without static vectors) plus a gazetteer bit-mask column."""
    return _embed(width, attrs, rows, gazetteer_rows, gazetteer_file, None)


def _embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    gazetteer_rows: int,
    gazetteer_file: str,
    clusters: tuple[Model[list[Doc], list[Ints2d]], list[int], int] | None,
) -> Model[list[Doc], list[Floats2d]]:
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    # Same seeds as MultiHashEmbed for the lexical tables; the added tables come after them.
    tables = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    column = len(attrs)
    tables.append(HashEmbed(width, gazetteer_rows, column=column, seed=8 + column, dropout=0.0))
    features: list[Model[list[Doc], list[Ints2d]]] = [
        FeatureExtractor(attrs),
        GazetteerFeature(gazetteer_file),
    ]
    n_inputs = width * (len(attrs) + 1)
    if clusters is not None:
        feature, cluster_rows, cluster_width = clusters
        for i, n_rows in enumerate(cluster_rows, start=column + 1):
            tables.append(HashEmbed(cluster_width, n_rows, column=i, seed=8 + i, dropout=0.0))
        features.append(feature)
        n_inputs += cluster_width * len(cluster_rows)
    name = "extract_lexical_features" if clusters is not None else "extract_with_gazetteer"
    extract: Model[list[Doc], list[Ints2d]] = Model(name, concat_columns, layers=features)
    return chain(
        extract,
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, n_inputs, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
