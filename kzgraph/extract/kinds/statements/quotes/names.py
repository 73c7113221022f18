"""Names a speaker phrase holds that the tagger does not read as nouns: a name in quotation
marks right after an article ("die „Süddeutsche Zeitung“", "die „Bild“-Zeitung"), and a surname
that is also an adjective or adverb ("betonte Still" after "Hanna Still" was named)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_OPENING_QUOTES = frozenset('„»"«')  # marks that open a quoted name after an article
_CLOSING_QUOTES = frozenset('“«"»')
_MAX_NAME_WORDS = 4


def person_name_words(doc: Doc) -> frozenset[str]:
    """The words of the person names the recogniser found in the article (three letters or more)."""
    return frozenset(t.text for e in doc.ents if e.label_ == "PER" for t in e if len(t.text) > 2)


def known_surname(t: Token, name_words: frozenset[str]) -> bool:
    """A capitalised adjective or adverb inside a sentence that is a word of a person name
    found elsewhere in the article ("Hanna Still … betonte Still")."""
    return (
        t.text in name_words
        and t.pos_ in ("ADJ", "ADV")
        and not t.is_sent_start
        and t.i > 0
        and not t.doc[t.i - 1].is_punct
    )


def quoted_name_end(
    doc: Doc, j: int, limit: int, quote_chars: frozenset[str], is_noun: Callable[[Token], bool]
) -> int:
    """End of a name in quotation marks starting at ``j`` (after an article): capitalised
    words only, at most four; -1 when there is none."""
    if j >= limit or doc[j].text not in _OPENING_QUOTES:
        return -1
    for k in range(j + 1, min(j + _MAX_NAME_WORDS + 2, limit)):
        text = doc[k].text
        if text in quote_chars:
            return k + 1 if k > j + 1 else -1
        if not text[:1].isupper():
            return -1
        if any(c in text for c in _CLOSING_QUOTES) and "-" in text and is_noun(doc[k]):
            return k + 1  # the closing mark inside a compound: "Bild“-Zeitung"
    return -1
