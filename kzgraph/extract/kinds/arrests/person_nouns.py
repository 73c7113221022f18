"""Person nouns of arrests, word by word: whether a word is a person noun of the events lexicon
(listed, or open by its ending), its plural, a thing or an arresting noun; a count as it reads in a
label. ``people`` reads whole phrases with these."""

from __future__ import annotations

import re
from functools import lru_cache

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon

_WORDS = closed_class()

@lru_cache(maxsize=1)
def _suffixes(key: str) -> tuple[str, ...]:
    words = events_lexicon()["arrest"][key]
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


def is_lexicon_noun(word: str, key: str) -> bool:
    """A lexicon noun or a compound ending in one ("Tatverdächtige" ends in "verdächtige")."""
    low = word.lower()
    return word[:1].isupper() and any(low.endswith(s) for s in _suffixes(key))


def person_plural(word: str) -> str | None:
    """The nominative plural of a head counted in an arrest, or None when it names no people.

    Dative "Tatverdächtigen"/"Männern" and genitive "Verdächtiger" lose their ending; weak nouns
    ("Demonstranten") keep it, because the stripped form is no lexicon noun.
    """
    word = word.strip(",.;:()")
    if _AGE_PLURAL_RE.match(word):
        return word.rstrip("n")  # "zwei 30-Jährige", "von drei 17-Jährigen": an age noun counts people
    if word[-1:] in ("n", "r") and is_lexicon_noun(word[:-1], "count_heads"):
        return word[:-1]
    return word if is_lexicon_noun(word, "count_heads") else None


_AGE_PLURAL_RE = re.compile(r"^\d{1,3}-Jährigen?$")
_NOUN_RE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)*$")


@lru_cache(maxsize=4096)
def thing_noun(word: str) -> bool:
    """A noun of the closed list of what is no person or group ("Euro", "Jahre", "Autos"); compounds
    match by their end when the listed word is long enough to be one ("Kleinwagen")."""
    low = word.lower()
    return any(low == s or len(s) >= 5 and low.endswith(s) for s in _suffixes("not_people"))


def open_person_noun(word: str) -> bool:
    """Any plain noun that is no thing: the participant of an arrest verb is a person or group
    whatever its noun ("Mönche", "Angehörige", "ein Belgier"), unless it clearly is no person."""
    word = word.strip(",.;:()")
    return bool(_NOUN_RE.match(word)) and not thing_noun(word)


def listed_person_noun(word: str) -> bool:
    """A person noun of the lexicon, singular or counted plural ("Mörder", "Drogenhändler"): what
    a verb with other senses ("gefasst", "geschnappt") may take without an article."""
    word = word.strip(",.;:()")
    return is_lexicon_noun(word, "person_nouns") or person_plural(word) is not None


def arresting_noun(word: str) -> bool:
    """Police and soldiers: in active voice they make the arrest ("zwei Beamte nahmen ... fest")."""
    return is_lexicon_noun(word.strip(",.;:"), "agent_nouns")


def nominative_number(text: str) -> str:
    """ "zweier" -> "zwei", "Mehr als 200" -> "mehr als 200": a count as it reads inside a label."""
    words = text.split()
    if words and words[-1].lower() in _WORDS.words("genitive_numerals"):
        words[-1] = words[-1][:-2]
    label = " ".join(words)
    return label[:1].lower() + label[1:]
