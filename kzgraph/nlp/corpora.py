"""Readers for the third-party corpora used to train and evaluate the offline pipeline.

Only `kzgraph nlp train` / `kzgraph nlp evaluate` need these; the package itself never
reads the shared datasets at run time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Default location relative to the project checkout (/work/main -> /work/shared/datasets).
DEFAULT_DATASETS = Path("../shared/datasets")

GERMEVAL_DEV = "germeval2014/NER-de-dev.tsv"
GERMEVAL_TEST = "germeval2014/NER-de-test.tsv"
UD_GSD_DEV = "ud-german/de_gsd-ud-dev.conllu"
UD_GSD_TEST = "ud-german/de_gsd-ud-test.conllu"
UD_PUD_TEST = "ud-german/de_pud-ud-test.conllu"

# The last 1,000 sentences of the GermEval test file are our held-out evaluation set.
GERMEVAL_EVAL_SIZE = 1000

# GermEval's OTH becomes spaCy's conventional MISC label.
LABEL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass
class NerSentence:
    words: list[str]
    tags: list[str]  # BIO over PER/ORG/LOC/MISC; -deriv/-part forms already mapped to O


@dataclass
class UdSentence:
    text: str
    words: list[str]
    upos: list[str]
    xpos: list[str]
    lemmas: list[str]
    feats: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)


def _map_tag(tag: str) -> str:
    """Map an outer GermEval tag to BIO over our labels.

    Derived and partial forms ("deutschen" = LOCderiv, "EU-Staaten" = ORGpart) are not
    names of the base type; the extractors want full names only, and the evaluation
    counts PER/ORG/LOC exactly, so they are mapped to O.
    """
    if tag == "O" or "deriv" in tag or "part" in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    return f"{prefix}-{LABEL_MAP[label]}"


def repair_bio(tags: list[str]) -> list[str]:
    """An I- tag that continues nothing opens an entity: "O I-PER" -> "O B-PER" (dropping a
    B-XXXderiv leaves such a dangling I-, and so may a CRF's output)."""
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity in a BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.append((start, i, label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


def read_germeval(path: Path) -> list[NerSentence]:
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    sentences.append(NerSentence(words, repair_bio(tags)))
                    words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_map_tag(cols[2]))
    if words:
        sentences.append(NerSentence(words, repair_bio(tags)))
    return sentences


def germeval_splits(datasets: Path) -> tuple[list[NerSentence], list[NerSentence]]:
    """Return (trainable, evaluation) sentences; evaluation = last 1,000 of the test file."""
    dev = read_germeval(datasets / GERMEVAL_DEV)
    test = read_germeval(datasets / GERMEVAL_TEST)
    return dev + test[:-GERMEVAL_EVAL_SIZE], test[-GERMEVAL_EVAL_SIZE:]


def read_conllu(path: Path) -> Iterator[UdSentence]:
    text = ""
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if rows:
                    yield _ud_sentence(text, rows)
                rows, text = [], ""
            else:
                rows.append(line.split("\t"))
    if rows:
        yield _ud_sentence(text, rows)


def _ud_sentence(text: str, rows: list[list[str]]) -> UdSentence:
    # Syntactic words only (multiword token lines "19-20 im" are skipped): the UPOS
    # evaluation feeds these gold words to the tagger.
    words = [r for r in rows if r[0].isdigit()]
    return UdSentence(
        text=text,
        words=[r[1] for r in words],
        upos=[r[3] for r in words],
        xpos=[r[4] for r in words],
        lemmas=[r[2] for r in words],
        feats=[r[5] for r in words],
        spaces=["SpaceAfter=No" not in r[9] for r in words],
    )
