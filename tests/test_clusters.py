"""Brown-cluster and word-frequency features of the NER (kzgraph.nlp.clusters, kzgraph.nlp.embed)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kzgraph.nlp.clusters import (
    KNOWN,
    PREFIX_BITS,
    UNKNOWN_PROB_BUCKET,
    ClusterTable,
    load_clusters,
    n_columns,
)


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("de")


def _table(entries: dict[str, tuple[int, int]]) -> ClusterTable:
    words = list(entries)  # deliberately not sorted by hash
    keys = numpy.array([get_string_id(w) for w in words], dtype="uint64")
    paths = numpy.array([entries[w][0] for w in words], dtype="uint32")
    buckets = numpy.array([entries[w][1] for w in words], dtype="uint8")
    return ClusterTable(keys, paths, buckets)


def test_features_are_prefixes_of_the_cluster_path(blank) -> None:
    table = _table({"Kiel": (0b1011010110, 12), "die": (0b111, 3)})
    rows = table.features(Doc(blank.vocab, words=["Kiel", "Die", "Xqzt"]))
    assert rows.shape == (3, n_columns())
    kiel = [int(v) for v in rows[0]]
    assert kiel[: len(PREFIX_BITS)] == [(0b1011010110 & ((1 << b) - 1)) | KNOWN for b in PREFIX_BITS]
    assert kiel[len(PREFIX_BITS)] == 0b1011010110 | KNOWN
    assert kiel[-1] == 12
    # A sentence-initial capital falls back to the lower-cased word.
    assert int(rows[1][len(PREFIX_BITS)]) == 0b111 | KNOWN
    # An unknown word has no cluster and its own probability bucket.
    assert [int(v) for v in rows[2]] == [0] * len(PREFIX_BITS) + [0, UNKNOWN_PROB_BUCKET]


def test_cluster_zero_differs_from_unknown(blank) -> None:
    table = _table({"Ort": (0, 9)})
    known, unknown = table.features(Doc(blank.vocab, words=["Ort", "Qwx"]))
    assert int(known[len(PREFIX_BITS)]) == KNOWN
    assert int(unknown[len(PREFIX_BITS)]) == 0


def test_empty_table_and_empty_doc(blank) -> None:
    empty = numpy.zeros(0, dtype="uint64")
    table = ClusterTable(empty, empty, empty)
    rows = table.features(Doc(blank.vocab, words=["Berlin"]))
    assert int(rows[0][-1]) == UNKNOWN_PROB_BUCKET
    assert table.features(Doc(blank.vocab, words=[])).shape == (0, n_columns())
    assert table.prob_bucket("Berlin") is None


def test_shipped_table_groups_words_of_a_kind(blank) -> None:
    table = load_clusters()
    assert len(table) > 500_000
    doc = Doc(blank.vocab, words=["Müller", "Schmidt", "Hamburg", "München", "Montag", "Dienstag"])
    rows = table.features(doc)
    coarse = [int(r[1]) for r in rows]  # 6-bit prefix
    assert coarse[0] == coarse[1]  # surnames
    assert coarse[2] == coarse[3]  # cities
    assert coarse[4] == coarse[5]  # weekdays
    assert coarse[0] != coarse[2] and coarse[2] != coarse[4]


def test_lexical_hash_embed_gives_one_vector_per_token(blank) -> None:
    from kzgraph.nlp.embed import LexicalHashEmbed

    model = LexicalHashEmbed(width=16, attrs=["NORM", "SHAPE"], rows=[100, 50], cluster_width=8)
    docs = [Doc(blank.vocab, words=["Anna", "Schmidt", "kam", "nach", "Kiel", "."])]
    model.initialize(X=docs)
    (vectors,) = model.predict(docs)
    assert vectors.shape == (6, 16)


def test_lexical_hash_embed_checks_its_settings() -> None:
    from kzgraph.nlp.embed import LexicalHashEmbed

    with pytest.raises(ValueError, match="cluster_rows"):
        LexicalHashEmbed(width=16, attrs=["NORM"], rows=[100], cluster_rows=[10, 10])
    with pytest.raises(ValueError, match="Mismatched"):
        LexicalHashEmbed(width=16, attrs=["NORM", "SHAPE"], rows=[100])


def test_build_writes_a_sorted_table_without_unclustered_words(tmp_path, monkeypatch, blank) -> None:
    from kzgraph.nlp import clusters_build

    tables = {
        clusters_build.CLUSTER_TABLE: {"Kiel": 0b110, "Lübeck": 0b110, "und": 0b1, "selten": 0},
        clusters_build.PROB_TABLE: {"Kiel": -12.4, "und": -3.2, "selten": -19.0},
    }
    monkeypatch.setattr(clusters_build, "_table", lambda name: tables[name])
    out = tmp_path / "clusters.npz"
    assert clusters_build.build_clusters(out) == 3  # "selten" has no cluster
    with numpy.load(out) as data:
        keys = data["keys"]
        assert list(keys) == sorted(keys)
        table = ClusterTable(keys, data["paths"], data["prob_buckets"])
    rows = table.features(Doc(blank.vocab, words=["Kiel", "Lübeck", "und", "selten"]))
    assert int(rows[0][-1]) == 12 and int(rows[2][-1]) == 3
    assert int(rows[1][-1]) == 20  # no probability: the table's out-of-vocabulary value
    assert int(rows[0][len(PREFIX_BITS)]) == int(rows[1][len(PREFIX_BITS)]) == 0b110 | KNOWN
    assert int(rows[3][-1]) == UNKNOWN_PROB_BUCKET


def test_gazetteer_embed_of_earlier_models_has_no_cluster_columns(blank) -> None:
    from kzgraph.nlp.embed import GazetteerHashEmbed, LexicalHashEmbed

    docs = [Doc(blank.vocab, words=["Anna", "Schmidt", "kam", "nach", "Kiel", "."])]
    old = GazetteerHashEmbed(width=16, attrs=["NORM", "SHAPE"], rows=[100, 50])
    new = LexicalHashEmbed(width=16, attrs=["NORM", "SHAPE"], rows=[100, 50], cluster_width=8)
    for model in (old, new):
        model.initialize(X=docs)
    assert [len(layer.layers) for layer in (old.layers[0], new.layers[0])] == [2, 3]
    assert old.predict(docs)[0].shape == new.predict(docs)[0].shape == (6, 16)


@pytest.mark.parametrize("command", ["build-clusters", "build-gazetteer", "build-hanta-table"])
def test_data_builders_name_the_missing_extra(command, monkeypatch) -> None:
    import importlib

    from click.testing import CliRunner

    from kzgraph.cli import main

    real = importlib.import_module

    def missing(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.endswith("_build"):
            raise ImportError("No module named 'spacy_lookups_data'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", missing)
    result = CliRunner().invoke(main, ["nlp", command])
    assert result.exit_code == 1
    assert "pip install -e '.[data]'" in result.output
