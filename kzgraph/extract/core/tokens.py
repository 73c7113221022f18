"""The words of a Doc as plain lists, read once per article.

``doc[i]`` makes a new Python Token on every access, and a rule that scans each sentence token
by token for its cue words paid more for those Tokens than for its own tests. Rules that only
need a token's text, lower-cased form, tag or character offset read them from these lists.
The extraction components (segments, persons, dates) and the article context read the same
table (:func:`token_table`), made once per article.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy
from spacy.attrs import IDX, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, MorphAnalysis, Token
from spacy.vocab import Vocab


@dataclass(frozen=True)
class TokenTable:
    texts: list[str]  # Token.text
    lowers: list[str]  # Token.lower_
    tags: list[str]  # Token.tag_ ("" on a Doc without tags)
    poses: list[str]  # Token.pos_ ("" on a Doc without them)
    offsets: list[int]  # Token.idx, the character offset in Doc.text
    spaces: tuple[str, ...]  # Token.whitespace_
    text: str  # Doc.text, which spaCy joins from a new Token per word on every access
    morphs: list[int]  # Token.morph.key, the hash of the token's morphology
    vocab: Vocab

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        # one array of the Doc's attributes (C), its strings looked up by hash: cheaper than
        # reading five properties of a Token made per word
        rows = doc.to_array([ORTH, LOWER, TAG, POS, IDX, SPACY, MORPH]).T.tolist()
        string = _strings(doc.vocab.strings)
        texts = [string(h) for h in rows[0]]
        spaces = tuple(" " if s else "" for s in rows[5])
        return cls(
            texts,
            [string(h) for h in rows[1]],
            [string(h) for h in rows[2]],
            [string(h) for h in rows[3]],
            rows[4],
            spaces,
            "".join([w + s for w, s in zip(texts, spaces, strict=True)]),
            rows[6],
            doc.vocab,
        )

    def has_feature(self, i: int, field: str, value: str) -> bool:
        """``value in doc[i].morph.get(field)``, answered once per morphology and question: a
        rule that asks it of every word of a clause made a Token and a MorphAnalysis per word."""
        key = (self.morphs[i], field, value)
        answer = _features.get(key)
        if answer is None:
            if len(_features) > _MAX_STRINGS:
                _features.clear()
            morph = MorphAnalysis.from_id(self.vocab, self.morphs[i])
            answer = _features[key] = value in morph.get(field)
        return answer

    def end_char(self, i: int) -> int:
        """Character offset just past token ``i`` (``Span.end_char`` of a span ending there)."""
        return self.offsets[i] + len(self.texts[i])


class _StringsByHash(dict[int, str]):
    """The strings of one StringStore by hash, decoded once: ``StringStore[h]`` decodes a new
    str on every call, ~4,000 per article for the table's four string columns. Hash 0 (no tag,
    no POS) is ""."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__({0: ""})
        self.strings = strings

    def __missing__(self, key: int) -> str:
        if len(self) > _MAX_STRINGS:  # new words of every article: bounded, made again after
            self.clear()
            self[0] = ""
        value = self[key] = self.strings[key]
        return value


_MAX_STRINGS = 50_000
# the answers of has_feature by (morphology hash, field, value): hashes of strings, the same
# in every vocabulary
_features: dict[tuple[int, str, str], bool] = {}
_by_store: _StringsByHash | None = None  # of the last store asked for (a process has one pipeline)


def _strings(strings: StringStore) -> Callable[[int], str]:
    """The string of a hash of ``strings`` (a vocabulary's store), from a cache kept per store."""
    global _by_store
    if _by_store is None or _by_store.strings is not strings:
        _by_store = _StringsByHash(strings)
    return _by_store.__getitem__


# The table of the last Doc asked for, with its words and tags when it was made: a component
# that re-tags the Doc (kz_event_verbs) makes the next caller read it again.
_last: tuple[weakref.ref[Doc], numpy.ndarray, TokenTable] | None = None


def token_table(doc: Doc) -> TokenTable:
    """``TokenTable.of(doc)``, made once for the components and the context of one article."""
    global _last
    key = doc.to_array([ORTH, TAG, POS])
    if _last is not None and _last[0]() is doc and numpy.array_equal(_last[1], key):
        return _last[2]
    table = TokenTable.of(doc)
    _last = (weakref.ref(doc), key, table)
    return table


class LazyTokens(Sequence[Token]):
    """``list(doc[start:end])`` whose Tokens are made when first read: a rule that reads a few
    words of a sentence or an article by position no longer makes a Token for each of its words.
    Indexes and slices behave as on that list (index 0 is token ``start``)."""

    def __init__(self, doc: Doc, start: int = 0, end: int | None = None) -> None:
        self.doc, self.start = doc, start
        self._made: list[Token | None] = [None] * ((len(doc) if end is None else end) - start)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return [self._token(j) for j in range(*k.indices(len(self._made)))]
        if k < 0:
            k += len(self._made)
        if not 0 <= k < len(self._made):
            raise IndexError("token index out of range")
        return self._token(k)

    def __iter__(self) -> Iterator[Token]:
        return (self._token(j) for j in range(len(self._made)))

    def _token(self, j: int) -> Token:
        tok = self._made[j]
        if tok is None:
            tok = self._made[j] = self.doc[self.start + j]
        return tok
