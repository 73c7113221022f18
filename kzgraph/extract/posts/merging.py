"""Merging the tellings of one event: an article often reports an event twice (headline and
text, or a stated and an inferred succession); users want it once, in its fullest form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, TypeVar

from kzgraph.extract.facts import Agent, AgentKind, Arrest, Evidence, FactDate, dated
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import load
from kzgraph.extract.posts.hierarchy import same_post


class _HasOffice(Protocol):
    @property
    def office(self) -> str | None: ...


_F = TypeVar("_F", bound=_HasOffice)


def prefer_with_office(facts: list[_F], parties: Callable[[_F], tuple[object, ...]]) -> list[_F]:
    """The same event told once with its office ("hat Finanzminister X entlassen") and once
    without (a headline, or a succession inferred elsewhere): keep only the tellings with it."""
    with_office = {parties(f) for f in facts if f.office}
    return [f for f in facts if f.office or parties(f) not in with_office]


class _Retold(Protocol):
    @property
    def evidence(self) -> Evidence: ...
    @property
    def office(self) -> str | None: ...
    @property
    def agent(self) -> Agent | None: ...
    @property
    def date(self) -> FactDate | None: ...


_R = TypeVar("_R", bound=_Retold)


_DEPUTY = tuple(load("offices")["deputy_markers"])


def _compatible_offices(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    if any(m in a for m in _DEPUTY) != any(m in b for m in _DEPUTY):
        return False  # "stellvertretender Generalvikar" is another post than "Generalvikar"
    # "Trainer" in the headline, "Cheftrainer" in the text; "Vorstandschefin (des Konzerns)"
    return a.endswith(b) or b.endswith(a) or a.startswith(f"{b} ") or b.startswith(f"{a} ") or same_post(a, b)


def _compatible_agents(a: Agent | None, b: Agent | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # "Hertha" in the headline, "Bundesligist Hertha BSC" in the text: the words of one in the other
    short, long = sorted((a.label.lower(), b.label.lower()), key=len)
    return a.kind == b.kind and f" {short} " in f" {long} "


def _same_person(a: Agent, b: Agent) -> bool:
    # the headline's "Schwarz" is the text's "Sandro Schwarz" (the article's persons merge later)
    return a == b or a.kind == b.kind == AgentKind.PERSON and (a.label in b.aliases or b.label in a.aliases)


def _richness(fact: _Retold) -> int:
    return len(fact.office or "") + len(fact.agent.label if fact.agent else "") + dated(fact.date)


def is_headline(fact: _Retold) -> bool:
    # a headline has no final punctuation ("Scholz entlässt Lindner - Ampel zerbricht")
    text = fact.evidence.sentence.rstrip()
    return bool(text) and text[-1] not in ".!?:;\"'“”«»)…"


def merge_retellings(facts: list[_R], person: Callable[[_R], Agent]) -> list[_R]:
    """One event told twice in an article, in the headline and in the text ("Hertha trennt sich
    von Trainer Schwarz" / "Hertha BSC hat Cheftrainer Sandro Schwarz freigestellt"): keep the
    fullest telling. Tellings merge only when person, office, agent and date all agree; a
    headline, which only sums up the text, also yields to any telling in the text about the
    same person ("Scholz entlässt Lindner" / "Steinmeier hat Lindner auf Vorschlag von Scholz
    entlassen")."""
    told = [f for f in facts if not is_headline(f)]
    # (a headline that names the post keeps it against a text telling that names none; the two
    # then merge as tellings do: "X neue Intendantin" / "X, die ihr Amt im Herbst antritt")
    facts = [f for f in facts if not is_headline(f) or not any(_outdoes(t, f, person) for t in told)]
    kept: list[_R] = []
    for fact in facts:
        twin = next(
            (
                k
                for k, other in enumerate(kept)
                if _same_person(person(other), person(fact))
                and _compatible_offices(other.office, fact.office)
                and _compatible_agents(other.agent, fact.agent)
                and (not dated(other.date) or not dated(fact.date) or other.date.iso == fact.date.iso)
            ),
            None,
        )
        if twin is None:
            kept.append(fact)
        elif _fuller(fact, kept[twin]):
            kept[twin] = fact
    return kept


def _fuller(fact: _R, other: _R) -> bool:
    """``fact`` is the fuller telling; against a headline the post told beats any length of the
    rest ("X neue Intendantin" / "X, die ihr Amt im Herbst antritt": the headline's post)."""
    if is_headline(fact) or is_headline(other):
        return (bool(fact.office), _richness(fact)) > (bool(other.office), _richness(other))
    return _richness(fact) > _richness(other)


def _outdoes(told: _R, headline: _R, person: Callable[[_R], Agent]) -> bool:
    """The text telling ``told`` is about the headline's person and names a post if it does."""
    return _same_person(person(told), person(headline)) and bool(told.office or not headline.office)


def headline_figures_yield(facts: list[Arrest]) -> list[Arrest]:
    """A headline's figure ("Razzia: Zwölf Festnahmen") sums up the text; when the text gives the
    same count ("hat zwölf Verdächtige festgenommen"), the text's fact is the one kept, with the
    headline's charge when the text gives none ("Drei Festnahmen wegen Terrorverdachts")."""
    headline_charges = {
        f.count.value: f.charge for f in facts if is_headline(f) and f.count is not None and f.charge
    }
    told = {f.count.value for f in facts if f.count is not None and not is_headline(f)}
    out = []
    for f in facts:
        if f.count is None or f.count.value not in told:
            out.append(f)
        elif not is_headline(f):
            out.append(f if f.charge else replace(f, charge=headline_charges.get(f.count.value)))
    return out


_ANOTHER = closed_class().words("another_words")


def _another_time(unnamed: FactDate | None, named: FactDate | None) -> bool:
    """The named arrest happened at another time: both dated differently, or only the named one
    dated, by month or year or as earlier than the report ("im Dezember 2022 ... verhaftet worden
    war"); a day ("am Dienstag") is how agencies go on about the same arrest."""
    if named is None:
        return False
    if unnamed is not None and unnamed.known and named.known:
        return unnamed != named
    return not (named.iso or named.weekday)


def unnamed_yields_to_named(facts: list[Arrest]) -> list[Arrest]:
    """ "... hat einen mutmaßlichen IS-Unterstützer festnehmen lassen. Der Syrer Ahmad M. sei am
    Dienstag verhaftet worden": agencies name the person in the next sentence; one arrest, the
    named one. A sentence that marks another person ("auch", "weitere") keeps both."""
    named = [f for f in facts if f.arrested is not None and f.arrested.is_named]
    out = []
    for f in facts:
        unnamed = f.arrested is not None and not f.arrested.is_named
        single = unnamed and f.count is not None and f.count.value == 1
        if single and any(
            0 < n.evidence.start - f.evidence.end <= 400
            and not any(w in _ANOTHER for w in n.evidence.sentence.lower().split())
            and not _another_time(f.date, n.date)
            for n in named
        ):
            continue
        out.append(f)
    return out
