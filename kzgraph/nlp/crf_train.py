"""`kzgraph nlp train-crf`: train the CRF NER of ``kz_crf_ner`` on GermEval 2014.

The training sentences are those the spaCy NER trains on: the trainable GermEval sentences
without the held-out dev split (every ``DEV_EVERY``-th, on which the combination rule was chosen)
and never the 1,000 evaluation sentences. Their STTS tags come from the pipeline's own sentence
splitter and HanTa, as at inference. CRFsuite's L-BFGS with L1 and L2 regularisation; c1 = c2 =
0.05 was chosen by 4-fold cross-validation on the trainable sentences (0.759, against 0.757 for
c1 = 0.1 and 0.756 for c1 = 0.3). Training is deterministic: the same data give the same model.
"""

from __future__ import annotations

import importlib.metadata
import json
import time
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from kzgraph.nlp.clusters import load_clusters
from kzgraph.nlp.corpora import germeval_splits
from kzgraph.nlp.crf_features import CLUSTER_PREFIXES, sentence_features
from kzgraph.nlp.crf_ner import CRF_MODEL
from kzgraph.nlp.gazetteer import load_gazetteer
from kzgraph.nlp.pretrain import tagging_pipeline
from kzgraph.nlp.train import DEV_EVERY

C1 = 0.05
C2 = 0.05
MAX_ITERATIONS = 200


def train_crf(
    datasets: Path,
    output: Path = CRF_MODEL,
    c1: float = C1,
    c2: float = C2,
    max_iterations: int = MAX_ITERATIONS,
) -> dict[str, object]:
    """Train the CRF, write it to ``output`` and its training facts beside it (``.json``)."""
    trainable, _evaluation = germeval_splits(datasets)
    train = [s for i, s in enumerate(trainable) if i % DEV_EVERY != DEV_EVERY - 1]
    nlp = tagging_pipeline()
    gazetteer, clusters = load_gazetteer(), load_clusters()
    trainer = pycrfsuite.Trainer(verbose=False)
    docs = nlp.pipe((Doc(nlp.vocab, words=s.words) for s in train), batch_size=256)
    for sent, doc in zip(train, docs, strict=True):
        tags = [t.tag_ for t in doc]
        table = clusters.features(doc, CLUSTER_PREFIXES)
        trainer.append(sentence_features(sent.words, tags, gazetteer.features(sent.words), table), sent.tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    start = time.perf_counter()
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    facts: dict[str, object] = {
        "sentences": len(train),
        "tokens": sum(len(s.words) for s in train),
        "data": "GermEval 2014 (dev + test minus its last 1,000 sentences), without every "
        f"{DEV_EVERY}th sentence (held-out dev split)",
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "python-crfsuite": importlib.metadata.version("python-crfsuite"),
        "seconds": round(time.perf_counter() - start),
        "bytes": output.stat().st_size,
    }
    output.with_suffix(".json").write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
    return facts
