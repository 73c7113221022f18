"""The words of a Doc as plain lists, read once per article.

``doc[i]`` makes a new Python Token on every access, and a rule that scans each sentence token
by token for its cue words paid more for those Tokens than for its own tests. Rules that only
need a token's text, lower-cased form, tag or character offset read them from these lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenTable:
    texts: list[str]  # Token.text
    lowers: list[str]  # Token.lower_
    tags: list[str]  # Token.tag_ ("" on a Doc without tags)
    poses: list[str]  # Token.pos_ ("" on a Doc without them)
    offsets: list[int]  # Token.idx, the character offset in Doc.text
    text: str  # Doc.text, which spaCy joins from a new Token per word on every access

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        texts: list[str] = []
        lowers: list[str] = []
        tags: list[str] = []
        poses: list[str] = []
        offsets: list[int] = []
        spaced: list[str] = []
        for t in doc:
            texts.append(t.text)
            lowers.append(t.lower_)
            tags.append(t.tag_)
            poses.append(t.pos_)
            offsets.append(t.idx)
            spaced.append(t.text_with_ws)
        return cls(texts, lowers, tags, poses, offsets, "".join(spaced))

    def end_char(self, i: int) -> int:
        """Character offset just past token ``i`` (``Span.end_char`` of a span ending there)."""
        return self.offsets[i] + len(self.texts[i])
