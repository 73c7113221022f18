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

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "ner.cfg"
MODEL_DIR = PACKAGE_DIR / "model"

# Every DEV_EVERY-th trainable sentence is held out for spaCy's model selection (the real
# evaluation set, the last 1,000 GermEval test sentences, is never seen here).
DEV_EVERY = 20
MODEL_VERSION = "0.1.0"


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
) -> Path:
    """Train the NER and copy the best checkpoint to ``output``; returns ``output``."""
    from spacy.cli.train import train as spacy_train

    if not (datasets / "germeval2014").is_dir():
        raise FileNotFoundError(f"GermEval 2014 not found under {datasets}")
    with tempfile.TemporaryDirectory(prefix="kzgraph-ner-") as tmp:
        tmp_dir = Path(tmp)
        train_path, dev_path, n = build_docbins(datasets, tmp_dir)
        print(f"training sentences (incl. held-out dev): {n}", file=sys.stderr)
        settings: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
        settings.update(overrides or {})
        start = time.perf_counter()
        spacy_train(config, tmp_dir / "out", overrides=settings, use_gpu=-1)
        print(f"training time: {time.perf_counter() - start:.0f} s", file=sys.stderr)
        best = tmp_dir / "out" / "model-best"
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    _write_meta(output / "meta.json")
    _forget_paths(output / "config.cfg")
    return output


def _forget_paths(path: Path) -> None:
    # The temporary training files are gone; do not ship their paths.
    from thinc.api import Config

    config = Config().from_disk(path, interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(path)


def _write_meta(path: Path) -> None:
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "kzgraph_ner",
            "version": MODEL_VERSION,
            "description": "kzgraph offline German NER (PER/ORG/LOC/MISC), HanTa tags as features",
            "license": "CC BY 4.0 (trained on GermEval 2014)",
            "sources": [
                {
                    "name": "GermEval 2014 NER (dev + test without its last 1,000 sentences)",
                    "url": "https://sites.google.com/site/germeval2014ner/",
                    "license": "CC BY 4.0",
                    "author": "Benikova, Biemann, Reznicek (NoSta-D)",
                }
            ],
        }
    )
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
