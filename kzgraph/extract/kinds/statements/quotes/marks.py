"""Find quoted passages in any quotation style: „…“ «…» "…" »…« ‚…‘ '…' “…”.

Pairing works on characters, so a quotation spanning several sentences (or a sentence
splitter confused by them) is still one passage. Only outermost quotations are returned;
nested ones stay part of their quotation's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> closers it accepts; the straight marks close themselves.
_PAIRS: dict[str, str] = {
    "„": '“”"',
    "«": "»",
    "»": "«",
    "“": "”",
    '"': '"',
    "‚": "‘’'",
    "‹": "›",
    "›": "‹",
    "'": "'",
}
_ANY = re.compile(r"[„«»“\"‚‹›']")
_PARAGRAPH = re.compile(r"\n\s*\n")
MAX_QUOTE = 3000  # characters; an unmatched opener must not swallow the article


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the first character inside the marks
    end: int  # offset of the closing mark
    open_char: str

    @property
    def outer_start(self) -> int:
        return self.start - 1

    @property
    def outer_end(self) -> int:
        return self.end + 1


def _opens(text: str, i: int) -> bool:
    """An ambiguous mark opens when it stands before a word and after a space or bracket."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "»«›‹":  # both orders occur; what follows decides
        return not after.isspace()
    return (before.isspace() or before in "([-–—:/") and not after.isspace()


def _closes(text: str, j: int) -> bool:
    before = text[j - 1] if j > 0 else " "
    after = text[j + 1] if j + 1 < len(text) else " "
    if text[j] == "'" and before.isalpha() and after.isalpha():
        return False  # an apostrophe inside a word
    return not before.isspace() and (after.isspace() or not after.isalnum() or text[j] in "“”«»‹›")


def find_quotations(text: str) -> list[Quotation]:
    paragraph_ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    found: list[Quotation] = []
    pos = 0
    while m := _ANY.search(text, pos):
        i = m.start()
        ch = text[i]
        pos = i + 1
        if ch in "“" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([":
            continue  # a German closing mark without its opener
        if ch in "\"'‚„" and ch not in "„‚" and not _opens(text, i):
            continue
        if ch in "»«›‹“" and not _opens(text, i):
            continue
        limit = min(next(p for p in paragraph_ends if p > i), i + MAX_QUOTE)
        closers = _PAIRS[ch]
        j = i + 1
        close = -1
        while j < limit:
            c = text[j]
            if c in closers and _closes(text, j):
                close = j
                break
            j += 1
        if close < 0 or close == i + 1:
            continue
        found.append(Quotation(i + 1, close, ch))
        pos = close + 1
    return found
