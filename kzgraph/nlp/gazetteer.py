"""Gazetteer membership as an NER input feature (``kzgraph.GazetteerHashEmbed.v1``).

The NER is trained on only ~6k GermEval sentences, so most names it meets at run time were
never seen in training. A general list of first names, surnames, place names and
organisation words (``data/gazetteer.txt``, built from permissively licensed PyPI packages
by :mod:`kzgraph.nlp.gazetteer_build`) tells the model "this token is a known first name /
place ..." for unseen names too. The list is a soft feature: the model learns from context
how far to trust it (German nouns such as "Koch" or "Bauer" are also surnames).

Each token gets a small bit mask (which lists it is in, whether it continues a multi-word
entry, whether it only matched after stripping a genitive -s); the mask is hashed into its
own embedding table next to spaCy's usual NORM/PREFIX/SUFFIX/SHAPE/TAG tables. The
architecture is registered here, so ``spacy.load`` of the model dir works once
``kzgraph.nlp`` is imported; the list itself ships in the package, not in the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path

import numpy
from spacy.tokens import Doc
from thinc.api import Model
from thinc.types import Ints2d

from kzgraph.nlp.disk_cache import cached_buffer
from kzgraph.nlp.lexicon import DATA_DIR
from kzgraph.nlp.packed_table import PackedTable, is_packed, pack

GAZETTEER_FILE = "gazetteer.txt"
# Bit per list; the section names are the "@NAME" headers of data/gazetteer.txt.
# LOC: countries, regions, cities (>= 15,000 inhabitants); TOWN: smaller places, a weaker
# signal (many are also ordinary words somewhere) kept apart so the model can weigh it.
CLASS_BITS = {"FIRST": 1, "LAST": 2, "LOC": 4, "ORG": 8, "TOWN": 64}
CONTINUATION = 16  # non-initial token of a matched multi-word entry ("Los" "*Angeles*")
GENITIVE = 32  # matched only as word + "s" ("Deutschlands", "Merkels")
MAX_PHRASE = 5
_HAS_SPACE = re.compile(r"\s").search
_NOT_SINGLE_SPACED = re.compile(r"^\s|\s$|\s\s|[^\S ]").search
_KNOWN_LIMIT = 200_000  # words whose bits are kept


class Gazetteer:
    """Single-word and multi-word entries, looked up on the exact token text.

    Kept as one set of entries per section, looked up when a word is asked for: building a
    table of all ~290,000 entries (their bits, the phrases' token tuples) took 0.23–0.29 s of
    CPU in every process's start-up, the sets take about 0.15 s, and an article asks for a few
    hundred words. Multi-word entries are kept with single spaces between their tokens.
    """

    def __init__(self, entries: dict[str, set[str]]) -> None:
        self._singles: list[tuple[int, set[str]]] = []  # (bit, single-word entries), in section order
        self._phrases: list[tuple[int, set[str]]] = []  # (bit, multi-word entries)
        self._starts: set[str] = set()  # first tokens of the multi-word entries
        self._bits: dict[str, int] = {}  # words already looked up
        for label, names in entries.items():
            bit = CLASS_BITS[label]
            spaced = set(filter(_HAS_SPACE, names))
            odd = set(filter(_NOT_SINGLE_SPACED, spaced))
            spaced = (spaced - odd) | {" ".join(name.split()) for name in odd}
            singles = (names - odd - spaced) | {name for name in spaced if " " not in name}
            singles.discard("")  # no token: never an entry
            spaced -= singles
            self._singles.append((bit, singles))
            self._phrases.append((bit, spaced))
            self._starts.update(name.partition(" ")[0] for name in spaced)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        return cls(read_sections(path))

    # what the constructor makes of the entries, as plain data (kept in the disk cache)
    _State = tuple[list[tuple[int, set[str]]], list[tuple[int, set[str]]], set[str]]

    def state(self) -> _State:
        return self._singles, self._phrases, self._starts

    @classmethod
    def from_state(cls, state: _State) -> Gazetteer:
        gazetteer = cls({})
        gazetteer._singles, gazetteer._phrases, gazetteer._starts = state
        return gazetteer

    def single_bits(self, word: str) -> int:
        """The bits of the single-word entries equal to ``word`` (0: none)."""
        bits = self._bits.get(word)
        if bits is None:
            bits = 0
            for bit, words in self._singles:
                if word in words:
                    bits |= bit
            if len(self._bits) >= _KNOWN_LIMIT:  # bounded over a long corpus
                self._bits.clear()
            self._bits[word] = bits
        return bits

    def word_bits(self, word: str) -> int:
        bits = self.single_bits(word)
        if not bits and len(word) > 3 and word.endswith("s"):
            stem = self.single_bits(word[:-1])
            if stem:
                bits = stem | GENITIVE
        return bits

    def phrase_at(self, words: Sequence[str], i: int) -> tuple[int, int]:
        """(length, bit) of the longest multi-word entry starting at ``words[i]`` (of the earliest
        section that has it), or (0, 0)."""
        if words[i] not in self._starts:
            return 0, 0
        for length in range(min(MAX_PHRASE, len(words) - i), 1, -1):
            window = words[i:i + length]
            if not all(window) or any(map(_HAS_SPACE, window)):  # never parts of an entry
                continue
            phrase = " ".join(window)
            for bit, names in self._phrases:
                if phrase in names:
                    return length, bit
        return 0, 0

    def features(self, words: Sequence[str]) -> list[int]:
        """Bit mask per word: single-word lists OR the longest multi-word entry covering it."""
        out = [self.word_bits(w) for w in words]
        i, n = 0, len(words)
        while i < n:
            length, bit = self.phrase_at(words, i)
            if length:
                out[i] |= bit
                for j in range(i + 1, i + length):
                    out[j] |= bit | CONTINUATION
            i += length or 1
        return out


_STARTS_PHRASE = 1 << 20  # in a packed gazetteer's word entry: the word begins a multi-word entry


class PackedGazetteer(Gazetteer):
    """The same look-ups over one packed table read in place (``packed_table``), so that a
    process makes nothing of the ~290,000 entries at start-up (0.05 s from the marshal copy
    of the sets): a word maps to its single-word bits (and whether a multi-word entry begins
    with it), a multi-word entry to the bit of the earliest section holding it."""

    def __init__(self, table: Mapping[str, str]) -> None:
        super().__init__({})
        self._table = table

    @staticmethod
    def pack(gazetteer: Gazetteer) -> bytes:
        entries: dict[str, int] = {}
        for bit, words in gazetteer._singles:  # noqa: SLF001 - its own state, flattened
            for word in words:
                entries[word] = entries.get(word, 0) | bit
        for word in gazetteer._starts:  # noqa: SLF001
            entries[word] = entries.get(word, 0) | _STARTS_PHRASE
        # the earliest section last, so that its bit wins; a phrase always holds a space (its
        # tokens joined), a word never, so the two kinds of key never meet
        for bit, phrases in reversed(gazetteer._phrases):  # noqa: SLF001
            entries.update(dict.fromkeys((p for p in phrases if " " in p), bit))
        return pack({key: str(value) for key, value in entries.items()})

    def _word(self, word: str) -> int:
        value = self._bits.get(word)
        if value is None:
            found = self._table.get(word) if " " not in word else None
            value = int(found) if found else 0
            if len(self._bits) >= _KNOWN_LIMIT:  # bounded over a long corpus
                self._bits.clear()
            self._bits[word] = value
        return value

    def single_bits(self, word: str) -> int:
        return self._word(word) & ~_STARTS_PHRASE

    def phrase_at(self, words: Sequence[str], i: int) -> tuple[int, int]:
        if not self._word(words[i]) & _STARTS_PHRASE:
            return 0, 0
        for length in range(min(MAX_PHRASE, len(words) - i), 1, -1):
            window = words[i:i + length]
            if not all(window) or any(map(_HAS_SPACE, window)):  # never parts of an entry
                continue
            bit = self._table.get(" ".join(window))
            if bit is not None:
                return length, int(bit)
        return 0, 0


def read_sections(path: Path) -> dict[str, set[str]]:
    """The entries of a gazetteer file per "@LABEL" section."""
    entries: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = entries.setdefault(line[1:], set())
        elif current is not None:
            current.add(line)
    return entries


def load_gazetteer(name: str = GAZETTEER_FILE) -> Gazetteer:
    # One cache key per file: load_gazetteer() and load_gazetteer(GAZETTEER_FILE) were two
    # entries of @cache, so every process read the file twice (0.5 s CPU, 44 MB).
    return _load_gazetteer_file(name)


@cache
def _load_gazetteer_file(name: str) -> Gazetteer:
    path = DATA_DIR / name
    # Without the data file (e.g. before the first build) the feature is simply all zero.
    if not path.exists():
        return Gazetteer({})
    # parsed once into the user's cache directory (disk_cache) as a packed table, mapped at
    # start-up: 0.25 s of parsing and set building, 0.05 s from a marshal copy, ~0 s mapped
    build = lambda: PackedGazetteer.pack(Gazetteer.from_file(path))  # noqa: E731
    mapped = cached_buffer("gazetteer-packed", path, build, is_packed)
    return Gazetteer.from_file(path) if mapped is None else PackedGazetteer(PackedTable(mapped))


def _gazetteer_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    gazetteer = load_gazetteer(model.attrs["file"])
    features = []
    for doc in docs:
        values = numpy.asarray(gazetteer.features([t.text for t in doc]), dtype="uint64")
        features.append(model.ops.asarray2i(values.reshape((-1, 1)), dtype="uint64"))
    return features, lambda d_features: []


def GazetteerFeature(file: str = GAZETTEER_FILE) -> Model[list[Doc], list[Ints2d]]:  # noqa: N802
    return Model("gazetteer_feature", _gazetteer_forward, attrs={"file": file})


def concat_columns(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    parts = [layer.predict(docs) for layer in model.layers]
    merged = [model.ops.xp.hstack(columns) for columns in zip(*parts, strict=True)]
    return merged, lambda d_features: []
