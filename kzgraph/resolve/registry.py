"""Entity resolution across articles: one node per named person.

Within an article the extractors already resolve pronouns, titles and descriptions to a
named person (kzgraph.extract.core.context). Here the names of all articles are merged: "Tokajew"
in one article and "Kassym-Schomart Tokajew" in another are the same person when the
surname agrees and the first names do not contradict each other. A bare surname shared by
two different full names stays on its own rather than being guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_GENITIVE = re.compile(r"(?<=[a-zäöüß])s$|'$|’$")


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold().replace("ß", "ss"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def name_parts(name: str) -> tuple[tuple[str, ...], str]:
    """Split a name into folded given names and surname ("von der Leyen" stays whole)."""
    tokens = name.split()
    if not tokens:
        return (), ""
    # Nobiliary particles belong to the surname: "Ursula von der Leyen" -> "von der leyen".
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1].lower() in {"von", "van", "der", "de", "zu", "den", "del", "la", "al"}:
        cut -= 1
    return tuple(_fold(t) for t in tokens[:cut]), _fold(" ".join(tokens[cut:]))


def _compatible(given_a: tuple[str, ...], given_b: tuple[str, ...]) -> bool:
    if not given_a or not given_b:
        return True
    first_a, first_b = given_a[0].rstrip("."), given_b[0].rstrip(".")
    return first_a.startswith(first_b) or first_b.startswith(first_a)


@dataclass
class PersonRegistry:
    """Collects the person names of a corpus and maps each to one canonical name."""

    _counts: Counter[str] = field(default_factory=Counter)
    _aliases: dict[str, set[str]] = field(default_factory=dict)
    # Derived from the names above on first use, and dropped by add().
    _canonical: dict[str, str] | None = None
    _alias_index: dict[str, frozenset[str]] | None = None

    def add(self, name: str, aliases: Iterable[str] = ()) -> None:
        self._counts[name] += 1
        self._aliases.setdefault(name, set()).update(a for a in aliases if a and a != name)
        self._canonical = self._alias_index = None

    def canonical(self, name: str) -> str:
        return self._resolved()[0].get(name, name)

    def aliases(self, canonical: str) -> frozenset[str]:
        """Every other form under which the canonical person was seen."""
        return self._resolved()[1].get(canonical, frozenset())

    def _resolved(self) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
        if self._canonical is None or self._alias_index is None:
            self._canonical = self._merge()
            # One pass over the corpus names, so each lookup while writing triples is O(1).
            found: dict[str, set[str]] = {}
            for name, target in self._canonical.items():
                forms = found.setdefault(target, set())
                forms.update(self._aliases.get(name, ()))
                forms.add(name)
            self._alias_index = {t: frozenset(f - {t}) for t, f in found.items()}
        return self._canonical, self._alias_index

    def _merge(self) -> dict[str, str]:
        full_names = [n for n in self._counts if name_parts(n)[0]]
        # Longest full name first: it becomes the canonical form. Ties go by the name itself,
        # never by counts or order seen: the merge depends only on the set of names, so a
        # resumed or incremental build merges as an uninterrupted one.
        full_names.sort(key=lambda n: (-len(n.split()), -len(n), n))
        by_surname: dict[str, list[str]] = {}
        by_first: dict[str, list[str]] = {}
        for name in full_names:
            given, surname = name_parts(name)
            by_surname.setdefault(surname, []).append(name)
            by_first.setdefault(given[0], []).append(name)  # for surname-first names ("Xi Jinping")
        mapping: dict[str, str] = {}
        for name in self._counts:
            given, surname = name_parts(name)
            if given:
                candidates = [f for f in by_surname.get(surname, []) if _compatible(given, name_parts(f)[0])]
            else:
                keys = {surname, _GENITIVE.sub("", surname)}
                candidates = [f for k in keys for f in by_surname.get(k, [])]
                if not candidates:
                    candidates = [f for k in keys for f in by_first.get(k, []) if len(f.split()) == 2]
            mapping[name] = self._pick(name, candidates)
        return mapping

    @staticmethod
    def _pick(name: str, candidates: list[str]) -> str:
        """The canonical name among candidates, or the name itself when they disagree."""
        if not candidates:
            return name
        best = candidates[0]
        best_given = name_parts(best)[0]
        if all(_compatible(best_given, name_parts(c)[0]) for c in candidates):
            return best
        return name  # two different people share the surname: do not guess
