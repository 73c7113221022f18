"""One counted group out of several phrases: "zwei Männer und eine Frau", "zwölf Demonstranten
und drei Journalisten" (joined by "und"/"sowie", counted together) and "zwischen 20 und 40
Menschen" (a range: its upper bound, qualified by the lower one)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kzgraph.extract.facts import Count
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.kinds.arrests.groups import after_preposition, count_of, count_re, open_head

# nominative and accusative indefinite articles: one person joined to a counted group
_NOMINATIVE = closed_class().words("nominative_articles")
_SUBJECT_OR_OBJECT_ARTICLES = _NOMINATIVE | closed_class().words("accusative_articles")
_INDEFINITE = frozenset(w for w in _SUBJECT_OR_OBJECT_ARTICLES if w.startswith("ein"))


def joined_group(sent: Span, group: tuple[Count, str]) -> tuple[Count, str]:
    """ "Zwei Männer und eine Frau wurden festgenommen": a counted group joined by "und"/"sowie" to
    another count or one person makes one group of them all, counted together; the count's text
    is then the whole phrase, with no noun apart."""
    count, noun = group
    text = sent.text
    phrase = f"{count.text} {noun}"
    at = text.find(phrase)
    if at < 0 and noun:
        # the label left out an age the text gives between count and noun ("drei 19-jährige Frauen")
        aged = (f"{count.text} {age.group()} {noun}" for age in _AGE_WORD.finditer(text))
        found = next((p for p in aged if p in text), None)
        at, phrase = (text.find(found), found) if found else (at, phrase)
    ranged = _range_before(text, at, count, len(phrase)) if at > 0 else None
    if ranged is not None:
        return ranged
    before = _joined_before(text, at) if at > 0 else None
    if before is not None:
        # "Zwölf Demonstranten und drei Journalisten wurden festgenommen": the verb's closest
        # count is the second of the two; the group starts with the first
        joined = joined_group(sent, before)
        if joined is not before:
            return joined
    joined_at = _joined_after(text, at + len(phrase)) if at >= 0 else None
    if joined_at is None:
        return group
    after = text[joined_at:]
    words = after.split()
    other = count_re().match(after)
    if other is not None and other.start() == 0 and (c := count_of(other)) is not None:
        value, rest = c.value, after[other.end() :]
    elif words and words[0].lower() in _INDEFINITE:
        value, rest = 1, after[len(words[0]) :]
    else:
        return group
    head = open_head(rest)
    if head is None:
        return group
    end = joined_at + (len(after) - len(rest)) + len(" ".join(rest.split()[: head + 1])) + 1
    whole = text[at:end].strip(" ,.;:")
    return Count(value=count.value + value, text=whole, qualifier=count.qualifier), ""


_NOT_IN_PHRASE = frozenset(",;:()")
_RANGE_OPENERS = closed_class().words("range_openers")
_RANGE_JOINERS = closed_class().words("range_joiners")


def _range_before(text: str, at: int, count: Count, length: int) -> tuple[Count, str] | None:
    """ "zwischen 20 und 40 Menschen", "zwischen 20 Menschen und 40 Menschen": a range, not two
    groups. The figure kept is the upper bound, its qualifier names the lower one, and the label is
    the whole phrase."""
    previous = [m for m in count_re().finditer(text[:at])]
    if not previous or count.qualifier:
        return None
    low = previous[-1]
    words = text[low.end() : at].split()
    if not words or words[-1] not in _RANGE_JOINERS or len(words) > 3:
        return None
    if any(_NOT_IN_PHRASE & set(w) for w in words):
        return None
    opener = text[: low.start()].split()[-1:]
    if not opener or opener[0].lower() not in _RANGE_OPENERS or low["q"]:
        return None
    bound = count_of(low)
    if bound is None or bound.value >= count.value:
        return None
    start = low.start() - len(opener[0]) - 1
    end = at + length
    qualifier = f"{opener[0].lower()} {bound.text} {words[-1]}"
    return Count(value=count.value, text=text[start:end].strip(" ,.;:"), qualifier=qualifier), ""


_AGE_WORD = re.compile(r"\b\d{1,3}-jährige\b")
# an age given to a counted group ("drei Frauen im Alter von 31 Jahren und ein Mann"): no part of
# the list, no count of people
_AGE_ADJUNCT = re.compile(
    r" im Alter (?:von|zwischen) \d{1,3}(?: (?:und|bis) \d{1,3})? Jahren(?= (?:und|sowie) )"
)


def _joined_before(text: str, at: int) -> tuple[Count, str] | None:
    """The counted group joined by "und"/"sowie" right before char ``at`` ("Zwölf Demonstranten
    und | drei Journalisten"), as (count, the words naming them), else None."""
    age = _AGE_ADJUNCT.search(text[:at])
    if age is not None and text[age.end() : at].split()[:-1] == []:
        return _joined_before(text[: age.start()] + text[age.end() : at], at - (age.end() - age.start()))
    previous = [m for m in count_re().finditer(text[:at])]
    if not previous:
        return None
    m = previous[-1]
    between = text[m.end() : at]
    words = between.split()
    if not (between[:1].isspace() and between[-1:].isspace()) or not 2 <= len(words) <= 5:
        return None
    if words[-1] not in COORDINATORS or any(_NOT_IN_PHRASE & set(w) for w in words[:-1]):
        return None
    # the first group ends in its noun ("Zwölf Demonstranten und"), and a count in an adjunct
    # names no one ("in drei Städten zugeschlagen und vier Verdächtige festgenommen")
    if not words[-2][:1].isupper() or after_preposition(text[: m.start()]):
        return None
    count, noun = count_of(m), " ".join(words[:-1])
    if count is None or open_head(noun) is None:
        return None
    return count, noun


def _joined_after(text: str, k: int) -> int | None:
    """Where the words after "und"/"sowie" begin when that word follows char ``k``, else None."""
    age = _AGE_ADJUNCT.match(text, k)
    k = age.end() if age is not None else k
    rest = text[k:]
    parts = rest.split(maxsplit=1)
    if len(parts) < 2 or parts[0] not in COORDINATORS or not rest[:1].isspace():
        return None
    return len(text) - len(parts[1])
