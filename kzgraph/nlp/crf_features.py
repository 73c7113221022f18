"""Token features of the CRF NER (``kz_crf_ner``): classic sequence-labelling features.

Per token: the lower-cased word, its shape, capitalisation, digits and hyphens, prefixes and
suffixes of up to four characters, HanTa's STTS tag, gazetteer membership, Brown-cluster
prefixes (4, 8, 12 bits and the full path) and a word-frequency bucket, plus the words, tags,
shapes and clusters of a window of two tokens either side. The cluster and gazetteer tables are
the ones the spaCy NER reads (``clusters.py``, ``gazetteer.py``), so both models see the same
lexical knowledge through different learners.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy

CLUSTER_PREFIXES = (4, 8, 12)
# the gazetteer's bits (gazetteer.py), as feature names
_GAZETTEER_BITS = {1: "FIRST", 2: "LAST", 4: "LOC", 8: "ORG", 16: "CONT", 32: "GEN", 64: "TOWN"}
_UPPER = re.compile(r"[A-ZÄÖÜ]")
_LOWER = re.compile(r"[a-zäöüß]")
_DIGIT = re.compile(r"[0-9]")
_OTHER = re.compile(r"[^Xxd]")
_REPEATS = re.compile(r"(.)\1+")


def word_shape(word: str) -> str:
    """ "Müller-Lüdenscheidt" -> "Xxxxxx-Xxxxxxxxxxxx"; punctuation other than -.,/'& is "o"."""
    shape = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _OTHER.sub(lambda m: m.group(0) if m.group(0) in "-.,/'&" else "o", shape)


def _token_attributes(
    words: Sequence[str], tags: Sequence[str], gazetteer: Sequence[int], clusters: numpy.ndarray
) -> list[dict[str, str]]:
    out = []
    for i, word in enumerate(words):
        shape = word_shape(word)
        letters = [c for c in word if c.isalpha()]
        row = clusters[i]
        out.append(
            {
                "w": word.lower(),
                "shape": shape if len(shape) <= 8 else shape[:4] + "~" + shape[-4:],
                "ss": _REPEATS.sub(r"\1", shape),
                "cap": "1" if letters and letters[0].isupper() else "0",
                "up": "1" if word.isupper() and len(word) > 1 else "0",
                "dig": "1" if any(c.isdigit() for c in word) else "0",
                "hy": "1" if "-" in word[1:] else "0",
                "tag": tags[i],
                "gaz": str(gazetteer[i]),
                "c4": str(int(row[0])),
                "c8": str(int(row[1])),
                "c12": str(int(row[2])),
                "cf": str(int(row[3])),
                "fq": str(int(row[4])),
            }
        )
    return out


def sentence_features(
    words: Sequence[str], tags: Sequence[str], gazetteer: Sequence[int], clusters: numpy.ndarray
) -> list[list[str]]:
    """crfsuite feature strings per token of one sentence; ``gazetteer`` holds the gazetteer bits
    and ``clusters`` the rows of ``ClusterTable.features(doc, CLUSTER_PREFIXES)`` for its tokens."""
    attrs = _token_attributes(words, tags, gazetteer, clusters)
    n = len(words)
    features = []
    for i, word in enumerate(words):
        a = attrs[i]
        f = ["bias", "w=" + a["w"], "sh=" + a["shape"], "ss=" + a["ss"], "cap=" + a["cap"],
             "up=" + a["up"], "dig=" + a["dig"], "hy=" + a["hy"], "t=" + a["tag"],
             "gaz=" + a["gaz"], "c4=" + a["c4"], "c8=" + a["c8"], "c12=" + a["c12"],
             "cf=" + a["cf"], "fq=" + a["fq"], "t|cap=" + a["tag"] + "|" + a["cap"],
             "gaz|t=" + a["gaz"] + "|" + a["tag"]]  # fmt: skip
        f += ["g:" + name for bit, name in _GAZETTEER_BITS.items() if gazetteer[i] & bit]
        low = word.lower()
        for k in range(1, 5):
            if len(low) > k:
                f += [f"p{k}=" + low[:k], f"s{k}=" + low[-k:]]
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < n:
                f.append(f"{d}PAD")
                continue
            o = attrs[j]
            f += [f"{d}w=" + o["w"], f"{d}t=" + o["tag"], f"{d}ss=" + o["ss"], f"{d}c8=" + o["c8"]]
            if abs(d) == 1:
                f += [f"{d}cap=" + o["cap"], f"{d}gaz=" + o["gaz"], f"{d}cf=" + o["cf"], f"{d}fq=" + o["fq"],
                      f"{d}s3=" + o["w"][-3:], f"{d}t|t=" + o["tag"] + "|" + a["tag"]]  # fmt: skip
        if i > 0:
            f.append("-1w|w=" + attrs[i - 1]["w"] + "|" + a["w"])
        if i < n - 1:
            f.append("w|+1w=" + a["w"] + "|" + attrs[i + 1]["w"])
        features.append(f)
    return features
