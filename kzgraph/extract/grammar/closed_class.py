"""Closed-class words (possessives, personal pronouns) from the grammar data file
(lexicons/grammar.yaml), typed, loaded once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from kzgraph.extract.grammar.lexicon import LEXICON_DIR, load


class GrammarDataError(ValueError):
    """The grammar data file is malformed (names the file and the entry)."""


@dataclass(frozen=True)
class Possessive:
    form: str
    possessor: str  # "m" or "f": the gender of whom it refers to
    cases: frozenset[str]  # of the possessed noun: nom, acc, dat, gen


@dataclass(frozen=True)
class ClosedClass:
    possessives: Mapping[str, Possessive]
    subject_pronouns: Mapping[str, str]  # "er" -> "m"
    object_pronouns: Mapping[str, str]  # "ihn" -> "m"
    relational_nouns: frozenset[str] = frozenset()  # "Nachfolge": a genitive name follows inside its phrase
    collective_actions: tuple[str, ...] = ()  # "putsch": "durch einen Militärputsch" names those who acted

    def possessor_gender(self, form: str) -> str | None:
        """ "seine" -> "m", "ihrer" -> "f"; None for a word that is no possessive."""
        found = self.possessives.get(form)
        return found.possessor if found is not None else None

    @property
    def determiners(self) -> frozenset[str]:
        """Possessives that cannot be genitive ("sein", "ihren"; not "seiner", "seines"): before a
        noun they are its determiner, not a genitive of someone else's noun."""
        return frozenset(f for f, p in self.possessives.items() if "gen" not in p.cases)

    @property
    def own(self) -> frozenset[str]:
        """Possessives of someone's own post ("sein Amt", "seines Amtes"): all but "seiner"/"ihrer",
        which are also the genitive of a pronoun ("ihrer gedenken")."""
        return self.determiners | frozenset(f for f, p in self.possessives.items() if p.cases == {"gen"})


_FILE = LEXICON_DIR / "grammar.yaml"


@cache
def closed_class() -> ClosedClass:
    data = load("grammar")
    possessives = {}
    for form, entry in data["possessives"].items():
        if not isinstance(entry, dict) or entry.get("possessor") not in ("m", "f") or not entry.get("cases"):
            raise GrammarDataError(f"{_FILE}: possessive {form!r} needs a possessor (m or f) and cases")
        possessives[form] = Possessive(form, entry["possessor"], frozenset(entry["cases"]))
    pronouns = data["personal_pronouns"]
    relational = data.get("relational_nouns", [])
    if not isinstance(relational, list) or not all(isinstance(w, str) for w in relational):
        raise GrammarDataError(f"{_FILE}: relational_nouns must be a list of nouns")
    actions = data.get("collective_actions", [])
    if not isinstance(actions, list) or not all(isinstance(w, str) for w in actions):
        raise GrammarDataError(f"{_FILE}: collective_actions must be a list of noun endings")
    subject, obj = dict(pronouns["subject"]), dict(pronouns["object"])
    return ClosedClass(possessives, subject, obj, frozenset(relational), tuple(a.lower() for a in actions))
