"""Load the versioned YAML lexicons once and precompile what the extractors match with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Token

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.resources import LEXICON_DIR
from kzgraph.yaml_data import load_yaml

# A person described by age: "der 68-Jährige", "die 58-Jährige", "eines 34-Jährigen".
AGE_NOUN = re.compile(r"^\d{1,3}-[Jj]ährige[nr]?$")
_WORDS = closed_class()
# The d-words that open a relative clause after a comma ("…, der X bedroht hatte"); also articles.
RELATIVE_D_WORDS = _WORDS.words("relative_d_words")
# Conjunctions that open a verb-final subordinate clause ("nachdem", "weil" ...).
SUBORDINATING_CONJUNCTIONS = _WORDS.words("subordinating_conjunctions")
# Copulas that give a subject a post: "X war Innenminister", "X wird Kanzler".
COPULAS = _WORDS.words("copulas")
# Words joining list members or clauses ("A und B", "hat X entlassen und Y ernannt").
COORDINATORS = _WORDS.words("coordinators")
# STTS tags of the words that open a subordinate clause (conjunctions, "um … zu"), a relative
# clause (relative pronouns) or an indirect question (w-words).
_CLAUSE_OPENING_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})


def opens_dependent_clause(tok: Token) -> bool:
    """Whether ``tok``, after a comma, opens a subordinate or relative clause: by its tag, or as
    a d-word, which the tagger often reads as an article ("…, die X gedroht haben soll")."""
    return opens_dependent_clause_word(tok.tag_, tok.lower_)


def opens_dependent_clause_word(tag: str, lower: str) -> bool:
    """``opens_dependent_clause`` of a token's tag and lower-cased word."""
    return tag in _CLAUSE_OPENING_TAGS or lower in RELATIVE_D_WORDS


@cache
def load(name: str) -> dict[str, Any]:
    """One lexicon file as a dict; every file carries a ``version`` key."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        data = load_yaml(fh)
    if "version" not in data:
        raise ValueError(f"lexicon {name} has no version key")
    return data


def _suffix_re(suffixes: list[str], endings: list[str] | None = None) -> re.Pattern[str]:
    # Longest first so "generalsekretär" wins over "sekretär" when we report the match.
    # "^emir": a whole word or after a hyphen only ("Ex-Emir"), so surnames like "Özdemir" stay names
    alts = "|".join(
        rf"(?:^|-){re.escape(s[1:])}" if s.startswith("^") else re.escape(s)
        for s in sorted(set(suffixes), key=len, reverse=True)
    )
    ends = "|".join(re.escape(e) for e in sorted(set(endings or [""]), key=len, reverse=True) if e)
    tail = f"(?:{ends})?" if ends else ""
    return re.compile(rf"(?:{alts}){tail}$")


@dataclass(frozen=True)
class Lexicons:
    title_re: re.Pattern[str]
    person_noun_re: re.Pattern[str]
    not_titles: frozenset[str]
    former_prefixes: tuple[str, ...]
    former_adjectives: frozenset[str]
    office_adjectives: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    gender_of: dict[str, str]  # first name -> "m" | "f", for pronouns only (never starts a name)
    particles: frozenset[str]
    noun_end_re: re.Pattern[str]
    female_surname_re: re.Pattern[str]
    surname_re: re.Pattern[str]
    not_name: frozenset[str]
    org_re: re.Pattern[str]
    group_re: re.Pattern[str]
    org_over_group: frozenset[str]
    person_re: re.Pattern[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]

    def __post_init__(self) -> None:
        # Each word's answers, kept across articles: every test below is a regex search over a
        # whole suffix list, asked of every capitalised word several times per article. Bounded.
        object.__setattr__(self, "_titles", {})
        object.__setattr__(self, "_roles", {})

    def is_title(self, word: str) -> bool:
        """An office title, also inside compounds ("US-Außenminister", "Ex-Geheimdienstchef")."""
        known: dict[str, bool] = self._titles  # type: ignore[attr-defined]
        answer = known.get(word)
        if answer is None:
            low = word.lower()
            answer = word[:1].isupper() and low not in self.not_titles and bool(self.title_re.search(low))
            _remember(known, word, answer)
        return answer

    def is_role(self, word: str) -> bool:
        """A title or a person noun that can introduce a name ("FDP-Politiker")."""
        known: dict[str, bool] = self._roles  # type: ignore[attr-defined]
        answer = known.get(word)
        if answer is None:
            answer = self.is_title(word) or (
                word[:1].isupper() and bool(self.person_noun_re.search(word.lower()))
            )
            _remember(known, word, answer)
        return answer

    def is_former(self, word: str) -> bool:
        low = word.lower()
        return (
            any(low.startswith(p) for p in self.former_prefixes if p.endswith("-"))
            or low in self.former_adjectives
        )


# words whose answers a Lexicons keeps per test (about 10 MB at most): past that, it starts over
_REMEMBERED_WORDS = 50_000


def _remember(known: dict[str, bool], word: str, answer: bool) -> None:
    if len(known) >= _REMEMBERED_WORDS:
        known.clear()
    known[word] = answer


def first_name_genders() -> dict[str, str]:
    """``lexicons/first_names_gender.tsv`` (built by ``kzgraph.devtools.first_names_build``)."""
    out: dict[str, str] = {}
    with open(LEXICON_DIR / "first_names_gender.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                name, gender = line.rstrip("\n").split("\t")
                out[name] = gender
    return out


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    off = load("offices")
    nam = load("names")
    ag = load("agents")
    return Lexicons(
        title_re=_suffix_re(off["suffixes"], off["endings"]),
        person_noun_re=_suffix_re(off["person_nouns_suffixes"], off["endings"]),
        not_titles=frozenset(off["not_titles"]),
        former_prefixes=tuple(off["former_prefixes"]),
        former_adjectives=frozenset(off["former_adjectives"]),
        office_adjectives=frozenset(off["office_adjectives"]),
        male=frozenset(nam["first_names_male"]),
        female=frozenset(nam["first_names_female"]),
        gender_of=first_name_genders(),
        particles=frozenset(nam["particles"]),
        noun_end_re=_suffix_re(nam["noun_endings"]),
        female_surname_re=_suffix_re(nam["female_surname_endings"]),
        surname_re=_suffix_re(nam["surname_endings"]),
        not_name=frozenset(nam["not_name_words"]),
        org_re=_suffix_re(ag["organization_suffixes"]),
        group_re=_suffix_re(ag["group_suffixes"]),
        org_over_group=frozenset(ag["organization_over_group"]),
        person_re=_suffix_re(ag["person_suffixes"]),
        determiners=frozenset(ag["determiners"]),
        prepositions=frozenset(ag["prepositions"]),
    )
