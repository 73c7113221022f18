"""The article's sentences as the extractors read them: the pipeline's sentences re-cut so that
an opening quotation mark stays with its sentence, a headline without a final stop is a
sentence of its own, and an agency dateline ("Berlin (dpa) - ") is a segment before the
sentence it opens."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

from kzgraph.extract.core.tokens import token_table
from kzgraph.nlp.sentences import dateline_end

QUOTES = set("\"'„“”‚‘’«»‹›")
_END = {".", "!", "?", "…"}
_CLOSING = QUOTES | {")", "]"}


class _Words(NamedTuple):
    """What the segmentation reads of each token, read once (a spaCy Token is made per access)."""

    text: list[str]
    space_after: list[str]
    sent_start: list[bool]
    is_space: list[bool]


def _words(doc: Doc) -> _Words:
    table = token_table(doc)  # made here once for the extraction of the article
    starts, spaces = doc.to_array([SENT_START, IS_SPACE]).T.tolist()
    return _Words(table.texts, list(table.spaces), [s == 1 for s in starts], [bool(s) for s in spaces])


def article_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the sentences, leading whitespace skipped, empty ones dropped."""
    words = _words(doc)
    bounds = ((_skip_space(words, a, b), b) for a, b in _split_sentences(doc, words))
    return [(a, b) for a, b in bounds if a < b]


def _sentence_end(words: _Words, i: int) -> bool:
    """Token ``i`` ends a sentence: final punctuation, or a number or letter with its full stop
    where the pipeline's splitter says so ("… von mehr als 100. Unter …", "… auf X. Regierungschef …")."""
    text, n = words.text[i], len(words.text)
    pipeline_end = len(text) > 1 and text.endswith(".") and i + 1 < n and words.sent_start[i + 1]
    return text in _END or (text.endswith(("?", "!")) and len(text) > 1) or pipeline_end


def _split_sentences(doc: Doc, words: _Words) -> list[tuple[int, int]]:
    """Own segmentation: end punctuation plus closing quotes, next token capitalized or opening quote.

    The sentencizer leaves opening quotes at the end of the previous sentence; statements
    need the quote inside its sentence.
    """
    text, space_after = words.text, words.space_after
    bounds: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    while i < n:
        if _sentence_end(words, i):
            j = i + 1
            while j < n and (text[j] in _END or (text[j] in _CLOSING and not space_after[j - 1])):
                j += 1
            if j >= n:
                break
            nxt = text[j]
            opens = nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in QUOTES
            if opens or "\n" in space_after[j - 1] + nxt:
                bounds.append((start, j))
                start = j
            i = j
            continue
        if "\n" in text[i] and i > start:  # paragraph break: headlines have no final stop
            bounds.append((start, i))
            start = i + 1
        i += 1
    if start < n:
        bounds.append((start, n))
    return [(a, b) for a, b in _split_datelines(doc, words, bounds) if not all(words.is_space[a:b])]


def _split_datelines(doc: Doc, words: _Words, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Berlin (dpa) - Kanzler X hat …": the agency dateline is a segment of its own, so
    the sentence starts with its subject (the same rule as the offline splitter's)."""
    result: list[tuple[int, int]] = []
    for a, b in bounds:
        cut = dateline_end(doc, _skip_space(words, a, b))
        if cut is not None and cut < b:
            result.extend([(a, cut), (cut, b)])
        else:
            result.append((a, b))
    return result


# the marks that open an item of a list ("• X wird neue Präsidentin …"): no word of its sentence
_BULLETS = frozenset({"•", "▪", "◦", "‣", "●", "·"})


def _skip_space(words: _Words, a: int, b: int) -> int:
    """Past the whitespace and a list item's bullet that open a sentence."""
    while a < b and (words.is_space[a] or words.text[a] in _BULLETS):
        a += 1
    return a
