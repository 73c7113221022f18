"""HanTa (Hanover Tagger) as a spaCy component: STTS tags, UPOS, lemmas, some morphology.

HanTa is a small HMM + morphological analyser (~7k words/s on one core) with STTS output
and good lemmas. UPOS comes from a fixed STTS->UPOS table (``data/stts_upos.json``) corrected
by a lexicon learnt from UD German GSD dev (``data/ud_lexicon.json``, built by
``kzgraph nlp train``): UD's conventions differ from STTS in ways a tag map cannot express
(copula vs. main-verb "haben", PROPN vs. NOUN for product names, DET for "alle"). The same
lexicon supplies Case/Number/Gender for words whose analysis it has seen; other tokens only
get the features the STTS tag itself implies (VerbForm, PronType).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kzgraph.nlp.lexicon import DATA_DIR, json_data

# HanTa writes inferred subtags in parentheses: "VV(FIN)" is STTS VVFIN.
_SUBTAG = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")
# HanTa's own noun subclasses (nominalised adjectives/infinitives) are STTS NN.
_HANTA_EXTRA = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}
# HanTa knows the ASCII forms of quotes and dashes only; typographic ones come out as XY/FM.
_PUNCT_NORMAL = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›"} | {"–": "-", "—": "-"})
_PARTICIPLES = frozenset({"VVPP", "VAPP", "VMPP"})
UD_LEXICON = "ud_lexicon.json"


def _hanta_tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def stts(tag: str) -> str:
    match = _SUBTAG.match(tag)
    if match:
        tag = match.group(1) + match.group(2)
    return _HANTA_EXTRA.get(tag, tag)


class HanTaTagger:
    def __init__(self) -> None:
        self.hanta = _hanta_tagger()
        self.upos_map: dict[str, str] = json_data("stts_upos.json")
        self.stts_morph: dict[str, str] = json_data("stts_morph.json")
        self.lexicon: dict[str, list[str]] = (
            json_data(UD_LEXICON) if (DATA_DIR / UD_LEXICON).exists() else {}
        )

    def __call__(self, doc: Doc) -> Doc:
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sents:
            tokens = [t for t in sent if not t.is_space]
            if tokens:
                self.tag_tokens(tokens)
        for token in doc:
            if token.is_space:
                token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
        return doc

    def tag_tokens(self, tokens: list[Token]) -> None:
        words = [t.text.translate(_PUNCT_NORMAL) for t in tokens]
        analyses = self.hanta.tag_sent(words, taglevel=1)
        tags = [stts(tag) for _w, _lemma, tag in analyses]
        has_participle = not _PARTICIPLES.isdisjoint(tags)
        for token, (_word, lemma, _tag), tag in zip(tokens, analyses, tags, strict=True):
            if token.is_punct and not tag.startswith("$"):
                tag = "$("
            upos = self.upos_map.get(tag, "X")
            morph = self.stts_morph.get(tag, "")
            entry = self.lexicon.get(f"{token.lower_}\t{tag}")
            if entry is not None:
                upos, morph = entry[0], entry[1] or morph
            elif lemma == "haben" and upos == "AUX" and not has_participle:
                # "haben" without a participle in the sentence is possession, a main verb.
                upos = "VERB"
            token.tag_ = tag
            token.pos_ = upos
            # Lemmas of punctuation come from the ASCII-normalised input; keep the original.
            token.lemma_ = token.text if tag.startswith("$") else lemma
            if morph:
                token.set_morph(morph)


@Language.factory("kz_hanta", assigns=["token.tag", "token.pos", "token.lemma", "token.morph"])
def make_hanta_tagger(nlp: Language, name: str) -> HanTaTagger:
    return HanTaTagger()
