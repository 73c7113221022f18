"""`kzgraph nlp evaluate`: NER F1, UPOS accuracy, sentence-boundary F1 and throughput.

* NER: micro-F1 over PER/ORG/LOC (exact span and label; MISC ignored on both sides) on
  the last 1,000 GermEval 2014 test sentences, outer tags, -deriv/-part not entities. The
  full pipeline (NER + entity rules) runs on Docs built from the gold tokens.
* UPOS: accuracy on UD German GSD test, pipeline run on Docs built from the gold words.
* Sentences: GSD test has no document markers, so consecutive sentences are joined with a
  single space into chunks of ``SENT_CHUNK`` sentences, the pipeline splits the raw text,
  and predicted sentence ends are compared with gold ends (chunk ends excluded: trivial).
* Throughput: words (tokens that are neither space nor punctuation) per second of the
  full pipeline (one process) over the raw text of GSD test + PUD test in paragraphs of
  ``SENT_CHUNK`` sentences; reported cold (HanTa memo emptied, first pass) and warm
  (second pass); the summary line gives the conservative cold figure.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kzgraph.nlp.corpora import UD_GSD_TEST, UD_PUD_TEST, bio_spans, germeval_splits, read_conllu
from kzgraph.nlp.long_text import ARTICLE_COMPONENTS

LABELS = ("PER", "ORG", "LOC")
SENT_CHUNK = 10
_ENDS_WITH_PUNCT = re.compile(r"[.!?…:;][\"'“”«»)]*$")


@dataclass
class Scores:
    ner_p: float = 0.0
    ner_r: float = 0.0
    ner_f1: float = 0.0
    ner_per_label: dict[str, float] | None = None
    ner_f1_without_rules: float | None = None
    rule_effect: dict[str, int] | None = None
    upos: float = 0.0
    sent_p: float = 0.0
    sent_r: float = 0.0
    sent_f1: float = 0.0
    sent_unpunctuated: float = 0.0
    words_per_s: float = 0.0
    words_per_s_cold: float = 0.0


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _run(nlp: Language, docs: Iterable[Doc]) -> Iterable[Doc]:
    # nlp.pipe accepts pre-tokenized Docs: the tokenizer is skipped, components run.
    return nlp.pipe(docs, batch_size=256)


def evaluate_ner(nlp: Language, datasets: Path) -> tuple[float, float, float, dict[str, float]]:
    _train, evaluation = germeval_splits(datasets)
    gold_docs = []
    for sent in evaluation:
        gold_docs.append(Doc(nlp.vocab, words=sent.words))
    tp = n_pred = n_gold = 0
    per_label = {label: [0, 0, 0] for label in LABELS}
    for sent, doc in zip(evaluation, _run(nlp, gold_docs), strict=True):
        gold = set(_bio_spans(sent.tags))
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            per_label[label][0] += len(g & p)
            per_label[label][1] += len(p)
            per_label[label][2] += len(g)
    p, r, f = _prf(tp, n_pred, n_gold)
    return p, r, f, {label: _prf(*v)[2] for label, v in per_label.items()}


def rule_effect(nlp: Language, datasets: Path) -> dict[str, int]:
    """What ``kz_entity_rules`` changes on the NER evaluation set (diagnostic only).

    Counts PER/ORG/LOC spans the rules add or remove, split by whether the span is gold;
    "relabelled" spans are counted as one removal and one addition.
    """
    _train, evaluation = germeval_splits(datasets)
    rules = nlp.get_pipe("kz_entity_rules")
    counts = dict.fromkeys(("added_correct", "added_wrong", "removed_correct", "removed_wrong"), 0)
    with nlp.select_pipes(disable=["kz_entity_rules"]):
        docs = list(_run(nlp, (Doc(nlp.vocab, words=s.words) for s in evaluation)))
    for sent, doc in zip(evaluation, docs, strict=True):
        gold = set(_bio_spans(sent.tags))
        before = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        after = {(e.start, e.end, e.label_) for e in rules(doc).ents if e.label_ in LABELS}
        for span in after - before:
            counts["added_correct" if span in gold else "added_wrong"] += 1
        for span in before - after:
            counts["removed_correct" if span in gold else "removed_wrong"] += 1
    return counts


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """The scored (PER/ORG/LOC) entities of a BIO sequence."""
    return [span for span in bio_spans(tags) if span[2] in LABELS]


def evaluate_upos(nlp: Language, datasets: Path) -> float:
    sents = list(read_conllu(datasets / UD_GSD_TEST))
    docs = [Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sents]
    correct = total = 0
    for sent, doc in zip(sents, _run(nlp, docs), strict=True):
        correct += sum(t.pos_ == gold for t, gold in zip(doc, sent.upos, strict=True))
        total += len(sent.upos)
    return correct / total


def _chunks(texts: list[str]) -> list[list[str]]:
    return [texts[i : i + SENT_CHUNK] for i in range(0, len(texts), SENT_CHUNK)]


def evaluate_sentences(nlp: Language, datasets: Path) -> tuple[float, float, float, float]:
    """Return precision, recall, F1 of sentence ends, and the share of gold sentences
    without final punctuation (boundaries no punctuation-based splitter can see)."""
    texts = [s.text for s in read_conllu(datasets / UD_GSD_TEST)]
    tp = n_pred = n_gold = 0
    splitter = _sentence_only(nlp)
    for chunk in _chunks(texts):
        raw = " ".join(chunk)
        gold, offset = set(), 0
        for text in chunk[:-1]:
            offset += len(text)
            gold.add(offset)
            offset += 1
        doc = splitter(raw)
        pred = {s.end_char for s in doc.sents if s.end_char < len(raw.rstrip())}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    unpunctuated = sum(not _ENDS_WITH_PUNCT.search(t) for t in texts) / len(texts)
    return (*_prf(tp, n_pred, n_gold), unpunctuated)


def _sentence_only(nlp: Language) -> Language:
    # Only the components that set sentence boundaries are needed; the offline splitter is
    # a single rule component, pretrained pipelines use senter/parser.
    keep = [n for n in nlp.pipe_names if n in ("kz_sentences", "senter", "sentencizer", "parser")]
    if not keep:
        return nlp
    nlp_copy = nlp  # select_pipes is a context manager; wrap a callable around it
    return _Selected(nlp_copy, keep)  # type: ignore[return-value]


class _Selected:
    def __init__(self, nlp: Language, keep: list[str]) -> None:
        self.nlp, self.keep = nlp, keep

    def __call__(self, text: str) -> Doc:
        with self.nlp.select_pipes(enable=self.keep):
            return self.nlp(text)


def throughput(nlp: Language, datasets: Path) -> tuple[float, float]:
    """Return (cold, warm) words/s of the full pipeline over GSD test + PUD raw text.

    Cold: first pass with HanTa's memo tables emptied (every word analysed afresh, the
    worst case). Warm: second pass over the same text, i.e. the steady state on a large
    corpus once the vocabulary has been seen.
    """
    texts = [s.text for s in read_conllu(datasets / UD_GSD_TEST)]
    texts += [s.text for s in read_conllu(datasets / UD_PUD_TEST)]
    paragraphs = [" ".join(c) for c in _chunks(texts)]
    list(nlp.pipe(["Warm-up: Modelle laden."]))
    if "kz_hanta" in nlp.pipe_names:
        nlp.get_pipe("kz_hanta").clear_cache()
    rates = []
    for _pass in range(2):
        tokens, start = 0, time.perf_counter()
        for doc in nlp.pipe(paragraphs, batch_size=64):
            tokens += sum(not (t.is_space or t.is_punct) for t in doc)
        rates.append(tokens / (time.perf_counter() - start))
    return rates[0], rates[1]


def evaluate(nlp: Language, datasets: Path) -> Scores:
    """The NLP pipeline's own scores: without the extraction's components that ``load_pipeline``
    appends (they read whole articles, and their time is extraction's)."""
    extraction = [name for name in nlp.meta.get(ARTICLE_COMPONENTS, ()) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=extraction):
        return _evaluate(nlp, datasets)


def _evaluate(nlp: Language, datasets: Path) -> Scores:
    scores = Scores()
    scores.ner_p, scores.ner_r, scores.ner_f1, scores.ner_per_label = evaluate_ner(nlp, datasets)
    if "kz_entity_rules" in nlp.pipe_names:
        # Also the statistical NER alone, to show what the general rules add or cost.
        with nlp.select_pipes(disable=["kz_entity_rules"]):
            scores.ner_f1_without_rules = evaluate_ner(nlp, datasets)[2]
        scores.rule_effect = rule_effect(nlp, datasets)
    scores.upos = evaluate_upos(nlp, datasets)
    scores.sent_p, scores.sent_r, scores.sent_f1, scores.sent_unpunctuated = evaluate_sentences(nlp, datasets)
    scores.words_per_s_cold, scores.words_per_s = throughput(nlp, datasets)
    return scores


def summary_line(scores: Scores) -> str:
    return (
        f"ner_f1={scores.ner_f1:.4f} upos={scores.upos:.4f} "
        f"sentences={scores.sent_f1:.4f} words_per_s={scores.words_per_s_cold:.0f}"
    )
