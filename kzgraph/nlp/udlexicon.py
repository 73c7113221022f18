"""Build ``data/ud_lexicon.json``: UD corrections for HanTa's STTS->UPOS mapping.

For every (lower-cased word, HanTa STTS tag) seen in UD German GSD *dev*, store the most
frequent gold UPOS and morphology, but only where that adds something (a UPOS different
from the tag map, or morphological features). GSD test stays unseen: it is the evaluation
set. PUD was tried as extra data and lowered GSD accuracy (different conventions).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kzgraph.nlp.corpora import UD_GSD_DEV, read_conllu
from kzgraph.nlp.lexicon import DATA_DIR, json_data
from kzgraph.nlp.tagger import UD_LEXICON, HanTaTagger

# Features worth keeping for extractors (agreement); the rest is implied by the tag.
_KEEP = ("Case", "Gender", "Number", "Person", "Definite", "PronType", "Poss", "Reflex", "VerbForm", "Mood")


def _morph(feats: str) -> str:
    if feats == "_":
        return ""
    return "|".join(f for f in feats.split("|") if f.split("=", 1)[0] in _KEEP)


def build_ud_lexicon(datasets: Path, out: Path = DATA_DIR / UD_LEXICON) -> int:
    tagger = HanTaTagger()
    tagger.lexicon = {}  # learn against the bare tag map
    vocab = spacy.blank("de").vocab
    upos_map: dict[str, str] = json_data("stts_upos.json")
    upos_counts: dict[str, Counter[str]] = defaultdict(Counter)
    morph_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in read_conllu(datasets / UD_GSD_DEV):
        doc = Doc(vocab, words=sent.words)
        tagger.tag_tokens(list(doc))
        for token, upos, feats in zip(doc, sent.upos, sent.feats, strict=True):
            key = f"{token.lower_}\t{token.tag_}"
            upos_counts[key][upos] += 1
            morph_counts[key][_morph(feats)] += 1
    lexicon: dict[str, list[str]] = {}
    for key in sorted(upos_counts):
        tag = key.split("\t")[1]
        upos = upos_counts[key].most_common(1)[0][0]
        morph = morph_counts[key].most_common(1)[0][0]
        if tag == "NE" and upos == "PROPN":
            continue  # names: the tag map already says PROPN; keep names out of lexicons
        if upos != upos_map.get(tag, "X") or morph:
            lexicon[key] = [upos, morph]
    out.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return len(lexicon)
