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
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kzgraph.nlp.disk_cache import cached
from kzgraph.nlp.hanta_table import hanta_version, load_table
from kzgraph.nlp.lexicon import DATA_DIR, json_data

# HanTa writes inferred subtags in parentheses: "VV(FIN)" is STTS VVFIN.
_SUBTAG = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")
# HanTa's own noun subclasses (nominalised adjectives/infinitives) are STTS NN.
_HANTA_EXTRA = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}
# HanTa knows the ASCII forms of quotes and dashes only; typographic ones come out as XY/FM.
_PUNCT_NORMAL = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›"} | {"–": "-", "—": "-"})
_PARTICIPLES = frozenset({"VVPP", "VAPP", "VMPP"})
# HanTa's morphological analysis of a word takes time quadratic in its length (a 1,000-character
# token ~14 s, 3,000 quotation marks in a row over a minute). Longer tokens (URLs, runs of
# punctuation, scraper debris; German compounds rarely pass 40 characters) are tagged from a
# stand-in: their first character (for its case) and their last characters (a compound's head
# decides its tag). Their text and lemma stay the token's own.
MAX_ANALYSED_CHARS = 40
UD_LEXICON = "ud_lexicon.json"
HANTA_MODEL = "morphmodel_ger.pgz"


def _hanta_tagger() -> Any:
    from HanTa import HanoverTagger

    class Tagger(HanoverTagger.HanoverTagger):  # type: ignore[misc]
        def reachable(self) -> None:
            # which states lead to each final state: computed from the model at every start-up
            # (0.02 s), kept in the cache directory instead (a dict of frozensets of ints)
            model = Path(HanoverTagger.__file__).with_name(HANTA_MODEL)
            self.reachability = cached(f"hanta-reachability-{hanta_version()}", model,
                                       lambda: self._reachability(), _is_reachability)

        def _reachability(self) -> dict[int, frozenset[int]]:
            super().reachable()
            return self.reachability  # type: ignore[no-any-return]

    return Tagger(HANTA_MODEL)


def _is_reachability(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, int) and isinstance(v, frozenset) for k, v in value.items()
    )


def stts(tag: str) -> str:
    match = _SUBTAG.match(tag)
    if match:
        tag = match.group(1) + match.group(2)
    return _HANTA_EXTRA.get(tag, tag)


# A capitalised attributive adjective after a determiner with no noun to modify is a
# nominalised adjective, STTS NN ("der 68-Jährige sagte", "die Verletzten wurden"): HanTa
# tags it ADJA, which hides the noun phrase head from the extractors.
_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT", "APPRART", "PWAT"})
_NOUN_PHRASE_CONTINUES = frozenset({"NN", "NE", "ADJA", "TRUNC", "CARD", "FM"})


def _capitalised(text: str) -> bool:
    """First letter upper case, digits and hyphens before it skipped ("68-Jährige")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def _nominalised_adjectives(tokens: list[Token], tags: list[str]) -> list[str]:
    out = list(tags)
    for i in range(1, len(tags)):
        if (
            tags[i] == "ADJA"
            and _capitalised(tokens[i].text)
            and tags[i - 1] in _DETERMINER_TAGS
            and (i + 1 == len(tags) or tags[i + 1] not in _NOUN_PHRASE_CONTINUES)
        ):
            out[i] = "NN"
    return out


# Memo sizes: bounded so that a long-running process over a large corpus cannot grow
# without limit (a dict of ~200k short entries is a few tens of MB).
_MEMO_LIMIT = 200_000


class HanTaTagger:
    def __init__(self) -> None:
        self.hanta = _hanta_tagger()
        # HanTa re-analyses every word in every sentence in pure Python. Its per-word
        # emission scores and its (word, tag) -> lemma analysis are pure functions, so we
        # memoise both; measured 2-3x faster on news text with identical output.
        self._emissions: dict[tuple[Any, ...], Any] = {}
        self._lemmas: dict[tuple[str, str], str] = {}
        original_tag_word = self.hanta._tag_word

        def tag_word(
            word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False
        ) -> Any:
            key = (word, cutoff, casesensitive, conditional)
            result = self._emissions.get(key)
            if result is None:
                if len(self._emissions) > _MEMO_LIMIT:
                    self._emissions.clear()
                result = self._emissions[key] = original_tag_word(word, cutoff, casesensitive, conditional)
            return result

        self.hanta._tag_word = tag_word
        # Frequent words: HanTa's analyses precomputed and shipped (hanta_table.py), so a cold
        # start does not recompute them; the same results, looked up.
        self.table = load_table()
        original_analyze_forward = self.hanta.analyze_forward

        def analyze_forward(word: str) -> Any:
            found = self.table.candidates(word)
            return found if found is not None else original_analyze_forward(word)

        self.hanta.analyze_forward = analyze_forward
        self.upos_map: dict[str, str] = json_data("stts_upos.json")
        self.stts_morph: dict[str, str] = json_data("stts_morph.json")
        self.lexicon: dict[str, list[str]] = json_data(UD_LEXICON) if (DATA_DIR / UD_LEXICON).exists() else {}

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

    def clear_cache(self) -> None:
        self._emissions.clear()
        self._lemmas.clear()

    def lemma(self, word: str, hanta_tag: str) -> str:
        key = (word, hanta_tag)
        lemma = self._lemmas.get(key)
        if lemma is None:
            # the table's answer is kept too: the table is read in place, one entry per look-up
            lemma = self.table.lemma(word, hanta_tag)
            if lemma is None:
                tag_id = self.hanta.tag2int[hanta_tag]
                lemma = self.hanta._analyze(word, tag_id, taglevel=1)[0]
            if len(self._lemmas) > _MEMO_LIMIT:
                self._lemmas.clear()
            self._lemmas[key] = lemma
        return lemma

    def tag_tokens(self, tokens: list[Token]) -> None:
        words = [_tagging_form(t.text) for t in tokens]
        # taglevel=0 runs only the Viterbi; lemmas come from the memoised analysis below
        # (the same call HanTa's taglevel=1 makes).
        hanta_tags = self.hanta.tag_sent(words, taglevel=0)
        tags = _nominalised_adjectives(tokens, [stts(tag) for tag in hanta_tags])
        lemmas = [
            self.lemma(w, t) if len(tok.text) <= MAX_ANALYSED_CHARS else tok.text
            for tok, w, t in zip(tokens, words, hanta_tags, strict=True)
        ]
        has_participle = not _PARTICIPLES.isdisjoint(tags)
        for token, lemma, tag in zip(tokens, lemmas, tags, strict=True):
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


def _tagging_form(text: str) -> str:
    """What HanTa sees of a token: ASCII quotes and dashes; a stand-in for an overlong token."""
    if len(text) > MAX_ANALYSED_CHARS:
        text = text[0] + text[-(MAX_ANALYSED_CHARS - 1) :]
    return text.translate(_PUNCT_NORMAL)


@Language.factory("kz_hanta", assigns=["token.tag", "token.pos", "token.lemma", "token.morph"])
def make_hanta_tagger(nlp: Language, name: str) -> HanTaTagger:
    return HanTaTagger()
