"""``kz_crf_ner``: a linear-chain CRF (CRFsuite) NER that corrects the spaCy NER's entities.

Two learners over the same lexical knowledge make different errors: the transition-based spaCy NER
(tok2vec over HanTa tags, gazetteer and Brown clusters) and a CRF over classic sparse features
(``crf_features.py``). The component runs after the spaCy NER and before ``kz_entity_rules`` (which
then trim and type the CRF's entities too) and, with the CRF's marginal probabilities, per sentence:

1. drops an entity when the CRF gives P(O) >= ``threshold`` on every one of its tokens;
2. relabels an entity the CRF finds with the same boundaries but another label, when the CRF's
   confidence in it (the lowest marginal of its tags) is >= ``threshold``;
3. adds the CRF's PER/ORG/LOC entities of that confidence that overlap no entity.

The rule and its threshold were chosen on the held-out dev split of GermEval 2014 before the
evaluation set was scored once (README, "The NLP pipeline"). The model is trained by
``kzgraph nlp train-crf`` (``crf_train.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc, Span

from kzgraph.nlp.clusters import load_clusters
from kzgraph.nlp.corpora import bio_spans, repair_bio
from kzgraph.nlp.crf_features import CLUSTER_PREFIXES, sentence_features
from kzgraph.nlp.gazetteer import load_gazetteer
from kzgraph.resources import CRF_MODEL

ADDED_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class CrfSpan:
    start: int  # token offsets into the Doc
    end: int
    label: str
    confidence: float  # the lowest marginal probability of its tags


def combine(
    ents: list[tuple[int, int, str]], crf: list[CrfSpan], p_outside: dict[int, float], threshold: float
) -> list[tuple[int, int, str]]:
    """The entities after the CRF's drop, relabel and add steps (module docstring)."""
    kept = [e for e in ents if not all(p_outside.get(i, 0.0) >= threshold for i in range(e[0], e[1]))]
    by_bounds = {(c.start, c.end): c for c in crf}
    relabelled = []
    for start, end, label in kept:
        other = by_bounds.get((start, end))
        if other is not None and other.label != label and other.confidence >= threshold:
            label = other.label
        relabelled.append((start, end, label))
    added = [
        (c.start, c.end, c.label)
        for c in crf
        if c.label in ADDED_LABELS
        and c.confidence >= threshold
        and not any(c.start < e[1] and e[0] < c.end for e in relabelled)
    ]
    return sorted(relabelled + added)


class CrfNer:
    def __init__(self, model: Path, threshold: float) -> None:
        self.model = model
        self.threshold = threshold
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.gazetteer = load_gazetteer()
        self.clusters = load_clusters()

    def predict(self, doc: Doc) -> tuple[list[CrfSpan], dict[int, float]]:
        """The CRF's entities over the Doc (tagged sentence by sentence) and each token's P(O)."""
        clusters = self.clusters.features(doc, CLUSTER_PREFIXES)
        words = [t.text for t in doc]
        spans: list[CrfSpan] = []
        p_outside: dict[int, float] = {}
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sentences:
            a, b = sent.start, sent.end
            tags = [t.tag_ for t in sent]
            gazetteer = self.gazetteer.features(words[a:b])
            self.tagger.set(sentence_features(words[a:b], tags, gazetteer, clusters[a:b]))
            labels = repair_bio(self.tagger.tag())
            for i in range(b - a):
                p_outside[a + i] = self.tagger.marginal("O", i)
            for start, end, label in bio_spans(labels):
                names = ["B-" + label] + ["I-" + label] * (end - start - 1)
                confidence = min(self.tagger.marginal(n, start + k) for k, n in enumerate(names))
                spans.append(CrfSpan(a + start, a + end, label, confidence))
        return spans, p_outside

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        crf, p_outside = self.predict(doc)
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        combined = combine(ents, crf, p_outside, self.threshold)
        if combined != ents:
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in combined]
        return doc


@Language.factory(
    "kz_crf_ner",
    assigns=["doc.ents"],
    requires=["token.tag", "token.is_sent_start"],
    default_config={"model": str(CRF_MODEL), "threshold": 0.5},
)
def make_crf_ner(nlp: Language, name: str, model: str, threshold: float) -> CrfNer:
    return CrfNer(Path(model), threshold)
