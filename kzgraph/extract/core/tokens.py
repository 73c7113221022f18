"""The words of a Doc as plain lists, read once per article.

``doc[i]`` makes a new Python Token on every access, and a rule that scans each sentence token
by token for its cue words paid more for those Tokens than for its own tests. Rules that only
need a token's text, lower-cased form, tag or character offset read them from these lists.
The extraction components (segments, persons, dates) and the article context read the same
table (:func:`token_table`), made once per article.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LOWER, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenTable:
    texts: list[str]  # Token.text
    lowers: list[str]  # Token.lower_
    tags: list[str]  # Token.tag_ ("" on a Doc without tags)
    poses: list[str]  # Token.pos_ ("" on a Doc without them)
    offsets: list[int]  # Token.idx, the character offset in Doc.text
    spaces: tuple[str, ...]  # Token.whitespace_
    text: str  # Doc.text, which spaCy joins from a new Token per word on every access

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        # one array of the Doc's attributes (C), its strings looked up by hash: cheaper than
        # reading five properties of a Token made per word
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, TAG, POS, IDX, SPACY]).T.tolist()
        texts = [strings[h] for h in rows[0]]
        spaces = tuple(" " if s else "" for s in rows[5])
        return cls(
            texts,
            [strings[h] for h in rows[1]],
            [strings[h] if h else "" for h in rows[2]],
            [strings[h] if h else "" for h in rows[3]],
            rows[4],
            spaces,
            "".join([w + s for w, s in zip(texts, spaces, strict=True)]),
        )

    def end_char(self, i: int) -> int:
        """Character offset just past token ``i`` (``Span.end_char`` of a span ending there)."""
        return self.offsets[i] + len(self.texts[i])


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
