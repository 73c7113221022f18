"""The event verbs of the lexicon (events.yaml) by form: finite and non-finite forms per section,
and the re-tagging of finite forms the tagger misreads. No extraction context needed: the article
context re-tags a Doc with it before anything reads the tags."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from kzgraph.extract.grammar.lexicon import load


@cache
def verb_forms(section: str, key: str = "verbs") -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    finite: dict[str, list[dict]] = {}
    nonfinite: dict[str, list[dict]] = {}
    data = load("events")
    node = data
    for part in section.split("."):
        node = node[part]
    for v in node[key]:
        for f in v.get("finite", []):
            finite.setdefault(f, []).append(v)
        for f in v.get("nonfinite", []):
            nonfinite.setdefault(f.split()[-1], []).append(v)
    for v in node[key]:
        # at the end of a subordinate clause the particle is joined to the finite verb
        # ("…, weil die Polizei X festnahm", "nachdem der Rat ihn absetzte")
        part = v.get("particle")
        for f in v.get("finite", []) if part else ():
            if part + f not in nonfinite:
                finite.setdefault(part + f, []).append({**v, "particle": None, "fused": True})
    return finite, nonfinite


def _retagged_lists() -> list[tuple[str, str]]:
    """The verb lists whose finite forms are re-tagged ("dismissal.verbs", ...: events.yaml)."""
    return [tuple(entry.rsplit(".", 1)) for entry in load("events")["retagged_verb_lists"]]  # type: ignore[misc]


@cache
def _finite_only_forms() -> frozenset[str]:
    """Finite forms of the event verbs that are no infinitive or participle too ("enthob",
    not "enthoben")."""
    finite: set[str] = set()
    nonfinite: set[str] = set()
    for section, key in _retagged_lists():
        f, n = verb_forms(section, key)
        finite.update(f)
        nonfinite.update(n)
    return frozenset(finite - nonfinite)


@cache
def _finite_only_hashes() -> numpy.ndarray:
    """The forms as spaCy's string hashes (what ``Doc.to_array(LOWER)`` holds)."""
    return numpy.array(sorted(hash_string(f) for f in _finite_only_forms()), dtype=numpy.uint64)


def _listed(hashes: numpy.ndarray, listed: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(hashes, listed)`` for a sorted ``listed``: a binary search per word instead
    of sorting the article's words with the list on every call."""
    at = numpy.searchsorted(listed, hashes)
    at[at == len(listed)] = 0
    return listed[at] == hashes if len(listed) else numpy.zeros(len(hashes), dtype=bool)


def retag_event_verbs(doc: Doc) -> None:
    """The tagger does not know rarer strong forms ("enthob" came out NE, "Das Gericht enthob"
    ADV); a lower-case word inside a sentence that the lexicon lists as a finite event verb is one.
    Subjects and objects are read off the finite verb, so the tag matters downstream."""
    forms = _finite_only_forms()
    # only the tokens whose lower-case form is listed are looked at (one array lookup for the Doc)
    listed = _listed(doc.to_array(LOWER), _finite_only_hashes())
    for i in numpy.flatnonzero(listed):
        tok = doc[int(i)]
        misread = not tok.tag_.startswith("V") and not tok.is_sent_start
        if misread and tok.lower_ in forms and tok.text.islower():
            tok.tag_, tok.pos_ = "VVFIN", "VERB"


@lru_cache(maxsize=1)
def events_lexicon() -> dict[str, Any]:
    return load("events")
