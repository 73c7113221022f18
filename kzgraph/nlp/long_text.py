"""Texts longer than the pipeline's ``max_length`` are parsed in parts and joined into one Doc.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters; error E088) because its
models need memory in proportion to the text. A transcript or a live blog can be longer, and
its facts must not be lost. Such a text is cut into parts of at most ``max_length`` characters,
at a paragraph break if the part has one, else after a sentence's final punctuation, else at a
space; each part goes through the whole pipeline; ``Doc.from_docs`` joins the parts without
adding characters, so the joined Doc's text is the article's text and every token offset,
sentence and entity refers to the whole article. Components that must see the whole article
(the extraction's segments, persons and dates: listed in ``nlp.meta["kzgraph_article_components"]``)
are left out of the parts and run once on the joined Doc. Extraction then runs on the joined Doc.

``allow_long_texts(nlp)`` makes ``nlp(text)`` do this for every caller.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# A paragraph break, and the end of a sentence: a cut goes right after the whitespace.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'“”«»)]?\s+")
_SPACE = re.compile(r"\s+")
# the meta key listing the components that read the whole article (run after the parts are joined)
ARTICLE_COMPONENTS = "kzgraph_article_components"


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the part of ``text`` that starts at ``start`` and has at most ``limit`` chars."""
    end = start + limit
    if end >= len(text):
        return len(text)
    # Search only the last half of the window, so a part is never needlessly small.
    lower = start + limit // 2
    for boundary in (_PARAGRAPH_BREAK, _SENTENCE_END, _SPACE):
        last = None
        for m in boundary.finditer(text, lower, end):
            last = m
        if last is not None and last.end() > start:
            return last.end()
    return end  # one word of half a million characters: cut inside it


def split_parts(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans covering ``text`` exactly, each at most ``limit`` chars."""
    if limit < 2:
        raise ValueError("limit must be at least 2 characters")
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, limit)
        spans.append((start, end))
        start = end
    return spans


def parse_in_parts(nlp: Language, text: str, limit: int | None = None, **kwargs: Any) -> Doc:
    """``nlp(text)`` for a text of any length: its parts parsed one by one, then joined."""
    limit = limit or nlp.max_length
    call = super(_PartsParser, nlp).__call__ if isinstance(nlp, _PartsParser) else nlp.__call__
    whole = [n for n in nlp.meta.get(ARTICLE_COMPONENTS, ()) if n in nlp.pipe_names]
    disable = [*kwargs.pop("disable", ()), *whole]
    docs = [call(text[a:b], disable=disable, **kwargs) for a, b in split_parts(text, limit)]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text  # from_docs adds nothing between the parts
    for name in whole:
        doc = nlp.get_pipe(name)(doc)
    return doc


class _PartsParser:
    """Mixed into the pipeline's own class by ``allow_long_texts``."""

    max_length: int

    def __call__(self, text: str | Doc, **kwargs: Any) -> Doc:
        if isinstance(text, str) and len(text) > self.max_length:
            return parse_in_parts(self, text, **kwargs)  # type: ignore[arg-type]
        return super().__call__(text, **kwargs)  # type: ignore[misc]


_CLASSES: dict[type, type] = {}


def allow_long_texts(nlp: Language) -> Language:
    """Let ``nlp(text)`` take texts longer than ``nlp.max_length`` (parsed in parts).

    The pipeline object stays the same (components, vocab, meta, ``to_disk``); only its class
    gains the ``__call__`` above, so every caller of ``nlp(text)`` gets it.
    """
    base = type(nlp)
    if not issubclass(base, _PartsParser):
        if base not in _CLASSES:
            _CLASSES[base] = type(base.__name__, (_PartsParser, base), {"__module__": base.__module__})
        nlp.__class__ = _CLASSES[base]
    return nlp
