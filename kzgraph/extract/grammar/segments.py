"""The article's sentences as the extractors read them: the pipeline's sentences re-cut so that
an opening quotation mark stays with its sentence, a headline without a final stop is a
sentence of its own, and an agency dateline ("Berlin (dpa) - ") is a segment before the
sentence it opens."""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.nlp.sentences import dateline_end

QUOTES = set("\"'„“”‚‘’«»‹›")
_END = {".", "!", "?", "…"}


def article_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the sentences, leading whitespace skipped, empty ones dropped."""
    bounds = ((_skip_space(doc, a, b), b) for a, b in _split_sentences(doc))
    return [(a, b) for a, b in bounds if a < b]


def _split_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Own segmentation: end punctuation plus closing quotes, next token capitalized or opening quote.

    The sentencizer leaves opening quotes at the end of the previous sentence; statements
    need the quote inside its sentence.
    """
    bounds: list[tuple[int, int]] = []
    n = len(doc)
    start = 0
    i = 0
    while i < n:
        # "… von mehr als 100. Unter …", "… auf X. Regierungschef …": a number or letter with its
        # full stop ends a sentence where the pipeline's splitter says so
        pipeline_end = (
            len(doc[i].text) > 1 and doc[i].text.endswith(".") and i + 1 < n and doc[i + 1].is_sent_start
        )
        if doc[i].text in _END or (doc[i].text.endswith(("?", "!")) and len(doc[i].text) > 1) or pipeline_end:
            j = i + 1
            while j < n and (
                doc[j].text in _END or (doc[j].text in QUOTES | {")", "]"} and not doc[j - 1].whitespace_)
            ):
                j += 1
            if j >= n:
                break
            nxt = doc[j].text
            if (
                nxt[:1].isupper()
                or nxt[:1].isdigit()
                or nxt[:1] in QUOTES
                or "\n" in doc[j - 1].whitespace_ + nxt
            ):
                bounds.append((start, j))
                start = j
            i = j
            continue
        if "\n" in doc[i].text and i > start:  # paragraph break: headlines have no final stop
            bounds.append((start, i))
            start = i + 1
        i += 1
    if start < n:
        bounds.append((start, n))
    return [(a, b) for a, b in _split_datelines(doc, bounds) if any(not t.is_space for t in doc[a:b])]


def _split_datelines(doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Berlin (dpa) - Kanzler X hat …": the agency dateline is a segment of its own, so
    the sentence starts with its subject (the same rule as the offline splitter's)."""
    result: list[tuple[int, int]] = []
    for a, b in bounds:
        cut = dateline_end(doc, _skip_space(doc, a, b))
        if cut is not None and cut < b:
            result.extend([(a, cut), (cut, b)])
        else:
            result.append((a, b))
    return result


def _skip_space(doc: Doc, a: int, b: int) -> int:
    while a < b and doc[a].is_space:
        a += 1
    return a
