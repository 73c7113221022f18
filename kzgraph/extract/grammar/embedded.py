"""A relative clause embedded in the middle field of a main clause: "A löst B, der seit 2010 im
Amt ist, als Präsident ab", "So gab A, der den Posten lange innehatte, den Stab an B ab". The main
clause resumes after the comma that closes the relative clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext

# relative pronouns that open the embedded clause (attributive tags of spaCy's German tagger)
_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
_CLOSING = frozenset({".", "!", "?", ";", ":"})


def embedded_relative_end(toks: Sequence[Token], comma: int) -> int | None:
    """The comma closing the relative clause that the comma at ``comma`` opens (", der … ist,"),
    its finite verb last before that comma; None when no relative clause opens there or it runs
    to the sentence end."""
    k = comma + 1
    if k < len(toks) and toks[k].tag_ == "APPR":
        k += 1  # ", bei dem …"
    if k >= len(toks) or toks[k].tag_ not in _RELATIVE_TAGS:
        return None
    for m in range(k + 1, len(toks)):
        if toks[m].text in _CLOSING:
            return None
        if toks[m].text == ",":
            last = toks[m - 1]
            return m if last.tag_.endswith("FIN") or last.tag_.startswith("V") else None
    return None


def resumed_clause(ctx: ArticleContext, sent: Span, cl: Span) -> Span:
    """``cl`` with the main clause's part after an embedded relative clause ("So gab A, der …,
    den Stab an B ab" -> up to "ab"); ``cl`` itself when no relative clause follows it."""
    toks = sent
    comma = cl.end - sent.start
    if cl.end >= sent.end or ctx.doc[cl.end].text != ",":
        return cl
    close = embedded_relative_end(toks, comma)
    if close is None:
        return cl
    end = close + 1
    while end < len(toks) and toks[end].text not in (",", *_CLOSING):
        end += 1
    return ctx.doc[cl.start : sent.start + end]
