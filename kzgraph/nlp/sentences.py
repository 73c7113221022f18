"""Rule-based sentence splitter for German news (registered as ``kz_sentences``).

Works on spaCy tokens, so it relies on the tokenizer having kept abbreviations ("Dr.",
"z.B.") and ordinals ("12.") together and split full stops off words ("unterstützen.In").
Besides punctuation, two general cues end a sentence: a capitalised closed-class word right
after a word on the same line (a headline or byline without a full stop, "… in Almaty Der
Präsident …"), and a lowercase word after a lone full stop. An agency dateline at the start
of a paragraph ("Berlin (dpa) - ", "Moskau/Almaty (AFP) – ") is a segment of its own, so
the sentence after it starts with its real first word (the subject, often). A statistical senter would need
training data we lack (UD GSD train is not available), and rules are faster.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kzgraph.nlp.lexicon import word_list

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.\.\.+)$")
# Emoticons end sentences in reader comments and social-media quotes.
_EMOTICON = re.compile(r"^[:;]-?[()DPp]$")
# An initial or one-letter name ("Ahmad M.", "Onlinedienst X."): ends a sentence only before a
# sentence opener, not before a surname or "und".
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# Ordinal-looking number ("12.", "3."): inside a sentence far more often than at its end.
_ORDINAL = re.compile(r"^[0-9]{1,3}\.$")
# Typographic, ASCII and LaTeX-style ("``...''", common in older corpora) quotation marks.
_QUOTES = frozenset("\"'„“”‚‘’«»‹›`") | frozenset({"''", "``", ",,"})
_CLOSERS = _QUOTES | frozenset(")]}")
_OPENERS = _QUOTES | frozenset("([{-–—")
_DASHES = frozenset({"-", "–", "—"})
# a line ending in one of these goes on on the next line; prepositions that are also separable
# verb particles ("an", "auf", "durch", "um") end headlines ("Minister tritt zurück", "führt an")
_LINE_GOES_ON = frozenset(
    "der die das den dem des ein eine einen einem einer eines und oder sowie aber dass als wie "
    "mit von vom für zum zur im am ins beim gegen ohne in seit bis wegen trotz während zwischen laut".split()
)
# Place part of a dateline: "Berlin", "BERLIN", "Moskau/Almaty", "Frankfurt/Main".
_DATELINE_PLACE = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’-]*|/|,|[0-9]{1,2}\.)$")
_DATELINE_MAX_PLACE = 6
_PLACE_PARTICLES = frozenset({"am", "an", "der", "im", "ob", "bei", "in", "auf", "de", "del", "la"})
_DATELINE_MAX_SOURCE = 4
# agency abbreviations: lower case or capitals, optionally joined ("dpa", "AFP", "dpa-AFX"), or Reuters
_AGENCY = re.compile(r"^(?:(?:[a-z]{2,5}|[A-Z]{2,5})(?:[-/](?:[a-z]{2,5}|[A-Z]{2,5}))*|Reuters)$")


def _starts_like_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


class SentenceSplitter:
    def __init__(self) -> None:
        self.starters = word_list("sentence_starters.txt")
        self.months = word_list("months.txt")
        self.final_abbreviations = word_list("sentence_final_abbreviations.txt")
        self.break_openers = word_list("unpunctuated_break_openers.txt")
        self.title_nouns = word_list("title_nouns.txt")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        i = 0
        while i < n:
            token = doc[i]
            text = token.text
            if token.is_space:
                # A blank line separates paragraphs/headlines: always a boundary.
                if text.count("\n") >= 2:
                    self._mark_next(doc, i + 1, starts)
                i += 1
                continue
            kind = self._end_kind(text)
            if kind is None:
                if self._unpunctuated_break(doc, i):
                    starts[i + 1] = True
                i += 1
                continue
            # Absorb runs of terminal punctuation and closing quotes/brackets written
            # directly after it: „... Macht.“ keeps the closing mark in this sentence.
            j = i + 1
            while j < n and (
                _TERMINAL.match(doc[j].text) or (doc[j].text in _CLOSERS and not doc[j - 1].whitespace_)
            ):
                j += 1
            k = j
            while k < n and doc[k].is_space:
                k += 1
            if k < n and self._opens_sentence(kind, doc, k):
                starts[k] = True
            i = j
        if not _hard_wrapped(doc):
            _headline_lines(doc, starts)
        for k in range(n):
            if starts[k]:
                end = dateline_end(doc, k)
                if end is not None and end < n:
                    starts[end] = True
        # One array, not token.is_sent_start = ...: that setter scans the whole Doc for a parse
        # each time (Doc.has_annotation("DEP")), quadratic in the article's length.
        values = numpy.array([1 if start else -1 for start in starts], dtype="int32")
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
        return doc

    def _end_kind(self, text: str) -> str | None:
        """Classify a token that may end a sentence: 'hard', 'ordinal', 'abbr' or None."""
        if _TERMINAL.match(text) or _EMOTICON.match(text):
            return "hard"
        if _ORDINAL.match(text):
            return "ordinal"
        if text in self.final_abbreviations or _INITIAL.match(text):
            return "abbr"  # "Ahmad M. Der Mann …", "im Onlinedienst X. Nach Angaben …"
        return None

    def _opens_sentence(self, kind: str, doc: Doc, k: int) -> bool:
        text = doc[k].text
        if kind == "hard":
            return _starts_like_sentence(text) or self._lowercase_after_full_stop(doc, k)
        # After "12." or "usw." only an unmistakable sentence opener counts; a month or a
        # capitalised noun ("am 3. Januar", "der 2. Weltkrieg") continues the sentence.
        return text in self.starters and text not in self.months

    @staticmethod
    def _lowercase_after_full_stop(doc: Doc, k: int) -> bool:
        """A lone full stop after a full word, then a lowercase word: a sentence end whose
        next sentence starts lowercase (web text, or a word the writer did not capitalise).

        The tokenizer keeps abbreviations ("Abs.", "bzw.") and ordinals together, so a
        separate "." follows a complete word; an ellipsis or "!"/"?" before a lowercase word
        ("„Hilfe!“ rief er") continues the sentence and is not matched.
        """
        stop, before, word = doc[k - 1], doc[k - 2] if k >= 2 else None, doc[k]
        return (
            stop.text == "."
            and before is not None
            and before.is_alpha
            and len(before) >= 4
            and word.is_alpha
            and word.is_lower
        )

    def _unpunctuated_break(self, doc: Doc, i: int) -> bool:
        """A sentence that ends without punctuation (a headline, a byline) before the next.

        Seen when a word is directly followed, on the same line, by a capitalised closed-class
        word ("… in Südafrika Der Präsident …"): German capitalises those mid-sentence only
        in names and titles ("die Partei Die Linke", "das Magazin Der Spiegel"), which a
        title noun or a function word before them rules out.
        """
        if i + 1 >= len(doc):
            return False
        word, following = doc[i], doc[i + 1]
        return (
            following.text in self.break_openers
            and word.whitespace_ == " "
            and word.is_alpha
            and not word.is_stop
            and word.text not in self.title_nouns
            and not (i + 2 < len(doc) and doc[i + 2].text == "-")
        )

    @staticmethod
    def _mark_next(doc: Doc, k: int, starts: list[bool]) -> None:
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc):
            starts[k] = True


def _hard_wrapped(doc: Doc) -> bool:
    """Text wrapped at a fixed width: some line goes on with a lowercase word."""
    return any(
        "\n" in t.text_with_ws and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].islower()
        for t in doc
        if not t.is_space or t.i + 1 < len(doc) and not doc[t.i + 1].is_space
    )


def _headline_lines(doc: Doc, starts: list[bool]) -> None:
    """A line that opens a sentence and ends without punctuation before a line break is a
    sentence of its own, a headline, a list entry or a label ("Minister X entlassen", "Name:
    Thema", "Anwesend:"), when the next line starts like a sentence. A line ending in a comma, a
    dash, an article or a preposition goes on ("… mit dem\nVorsitzenden"). Not for hard-wrapped
    text (``_hard_wrapped``)."""
    n, line_start = len(doc), 0
    for t in doc:
        if "\n" not in t.text_with_ws[len(t.text) :] and not (t.is_space and "\n" in t.text):
            continue
        last = t.i - 1 if t.is_space else t.i
        nxt = t.i + 1
        while nxt < n and doc[nxt].is_space:
            nxt += 1
        if (
            last >= line_start
            and starts[line_start]
            and nxt < n
            and _starts_like_sentence(doc[nxt].text)
            and (doc[last].text[-1:].isalnum() or doc[last].text[-1:] in ".:" or doc[last].text in _CLOSERS)
            and doc[last].lower_ not in _LINE_GOES_ON
        ):
            starts[nxt] = True
        line_start = nxt


def dateline_end(doc: Doc, k: int) -> int | None:
    """Index of the first token after an agency dateline starting at ``k``, else None.

    A dateline is a place (a few capitalised words, "/" or ",", no article) then a source
    written as one word in parentheses ("(dpa)", "(AFP)", "(dpa-AFX)") then a dash and a
    capitalised word, all on one line. "Die SPD (Partei) – kurz gesagt – …" has an article
    first; "(siehe unten)" has a space inside.
    """
    n, i = len(doc), k
    if k >= n:  # a segment of trailing whitespace only
        return None
    # a place may open with an article ("Den Haag", "La Paz"), then the source must look like an
    # agency ("(dpa)", "(AFP)"), not a word ("Die SPD (Partei) - …")
    article_first = doc[k].is_stop
    while i < n and i - k < _DATELINE_MAX_PLACE and (
        _DATELINE_PLACE.match(doc[i].text)
        # "Frankfurt am Main", "Mülheim an der Ruhr", "Freiburg im Breisgau"
        or i > k
        and doc[i].lower_ in _PLACE_PARTICLES
        and i + 1 < n
        and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in _PLACE_PARTICLES)
    ):
        i += 1
    if i == k or i >= n or doc[i].text != "(":
        return None
    close = i + 1
    while close < n and close - i <= _DATELINE_MAX_SOURCE and doc[close].text != ")":
        if doc[close].whitespace_:
            return None
        close += 1
    if close >= n or doc[close].text != ")" or not any(c.isalpha() for c in doc[i + 1 : close].text):
        return None  # "Tokajew (68) - …" gives an age, not a source
    if article_first and not _AGENCY.match(doc[i + 1 : close].text):
        return None
    dash = close + 1
    if dash >= n or doc[dash].text not in _DASHES:
        return None
    after = dash + 1
    while after < n and doc[after].is_space and "\n" not in doc[after].text:
        after += 1
    return after if after < n and _starts_like_sentence(doc[after].text) else None


@Language.factory("kz_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()
