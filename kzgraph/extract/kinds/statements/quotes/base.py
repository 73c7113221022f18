"""Shared pieces of the quotation frames: what a found statement looks like, common word sets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzgraph.extract.grammar.closed_class import closed_class

FIRST_PERSON = closed_class().words("first_person_words")
CLAUSE_END = frozenset({",", ";", ":"})
TRAIL = " \n\t,.;:"
IMPERSONAL = re.compile(r"\b(?:(?:hieß|heißt|hieße) es|es (?:hieß|heißt|hieße))\b", re.IGNORECASE)
WIE_BLOCK = closed_class().words("wie_blocking_pronouns")
# "(dpa, AFP)", "(Reuters)" after the last sentence. Words and separators alternate, so no
# character can be matched by two quantifiers: the old "(?:[A-Za-z]{2,6}[,/ ]*)+" (the same
# language) split a long parenthesis in exponentially many ways before failing. No leading \s*:
# callers trim the spaces before the match.
CREDIT = re.compile(r"\([A-Za-z]{2,}(?:[,/ ]+[A-Za-z]{2,})*[,/ ]*\)\s*$")


@dataclass(frozen=True)
class Found:
    start: int  # quote, character offsets into doc.text
    end: int
    mode: str  # "direct" | "indirect" | "reported"
    rule: str
    confidence: float
    speaker: tuple[int, int] | None  # token span of the speaker mention
    unit: tuple[int, int]  # token span of the evidence sentence(s)
    inherited: bool = False  # speaker carried over from the previous statement


_ORG_HINT = re.compile(
    r"(ministerium|amt|büro|regierung|behörde|verwaltung|polizei|sender|fernsehen|agentur|zeitung|portal|"
    r"medien|partei|verband|rat|ausschuss|kommission|gericht|organisation|bündnis|kreml|armee|militär|"
    r"dienst|konzern|unternehmen|bank|institut|stelle|union|gruppe|schaft|bahn|kreis|haus|fonds|verein|"
    r"klinik|universität|gemeinde|kirche)",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"\W")


def has_org_hint(word: str) -> bool:
    """An organisation word in the last part of ``word`` ("Innenministeriums", "ZDF-Sender"). Split
    in code: "(...)\\w*$" rescans the rest of a long word at every hint, quadratic time."""
    return _ORG_HINT.search(_NON_WORD.split(word)[-1]) is not None
