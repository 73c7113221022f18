"""`kzgraph nlp train --pretrain`: pretrain the NER's tok2vec on unlabeled German text.

No word vectors or pretrained German model can be installed here, and the labelled data
is small, so the tok2vec first learns to predict the first and last characters of each
word from its context (spaCy's "characters" pretraining objective, no vectors needed) on
raw German sentences; the NER training then starts from these weights (init_tok2vec).

Text used (raw sentences only, never annotations): the trainable GermEval 2014 sentences
(never the 1,000 evaluation sentences), UD German GSD dev (not GSD test, the UPOS and
sentence evaluation set) and the article texts of quotes-de-wikinews/dev (Wikinews,
CC BY 2.5). The Docs carry HanTa's STTS tags and so see the same input features as the NER.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kzgraph.nlp.corpora import UD_GSD_DEV, germeval_splits, read_conllu

WIKINEWS_DEV = "quotes-de-wikinews/dev"


def tagging_pipeline() -> Language:
    # Tokenizer, sentence splitter and HanTa only: what runs before tok2vec at inference.
    from kzgraph.nlp import sentences as _sentences  # noqa: F401 (registers kz_sentences)
    from kzgraph.nlp import tagger as _tagger  # noqa: F401 (registers kz_hanta)
    from kzgraph.nlp.tokenizer import customize_tokenizer

    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    nlp.add_pipe("kz_sentences")
    nlp.add_pipe("kz_hanta")
    return nlp


def _wikinews_texts(datasets: Path) -> Iterator[str]:
    for path in sorted((datasets / WIKINEWS_DEV).glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8")).get("originalText", "")
        if text.strip():
            yield text


def pretraining_docs(datasets: Path) -> Iterator[Doc]:
    """Tagged sentence Docs of all unlabeled pretraining text."""
    nlp = tagging_pipeline()
    hanta = nlp.get_pipe("kz_hanta")
    trainable, _evaluation = germeval_splits(datasets)
    word_lists = [s.words for s in trainable]
    word_lists += [s.words for s in read_conllu(datasets / UD_GSD_DEV)]
    for words in word_lists:
        yield hanta(Doc(nlp.vocab, words=words))
    for doc in nlp.pipe(_wikinews_texts(datasets)):
        for sent in doc.sents:
            if any(not t.is_space for t in sent):
                yield sent.as_doc()


def build_pretraining_corpus(datasets: Path, path: Path) -> int:
    docbin = DocBin(attrs=["ORTH", "TAG", "POS", "LEMMA", "SENT_START"])
    for doc in pretraining_docs(datasets):
        docbin.add(doc)
    docbin.to_disk(path)
    return len(docbin)


def pretrain_tok2vec(datasets: Path, config: Path, work_dir: Path, epochs: int) -> Path:
    """Run spaCy's pretraining; returns the weights file for ``paths.init_tok2vec``."""
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    corpus = work_dir / "pretrain.spacy"
    if not corpus.exists():  # reuse the tagged corpus when called again on the same dir
        n = build_pretraining_corpus(datasets, corpus)
        print(f"pretraining sentences: {n}", file=sys.stderr)
    out = work_dir / "pretrain"
    out.mkdir(parents=True, exist_ok=True)
    settings = load_config(config, overrides={"pretraining.max_epochs": epochs}, interpolate=False)
    settings["corpora"]["pretrain"] = {
        "@readers": "spacy.Corpus.v1",
        "path": str(corpus),
        "max_length": 0,
        "gold_preproc": False,
        "limit": 0,
        "augmenter": None,
    }
    start = time.perf_counter()
    pretrain(settings.interpolate(), out, use_gpu=-1, silent=False)
    print(f"pretraining time: {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return out / f"model{epochs - 1}.bin"
