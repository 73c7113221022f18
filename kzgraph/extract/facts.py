"""Facts: what the extractors find, before anything becomes a triple.

Data flows one way: text -> facts (this module) -> triples (kzgraph.graph). Every fact
keeps its evidence: the article, the sentence, its character offsets, the rule that
produced it and a confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kzgraph.extract.core.registry import type_names


class AgentKind(StrEnum):
    PERSON = "person"  # a named person, or an unnamed one ("eine Journalistin")
    ORGANIZATION = "organization"  # "das Innenministerium", "Tokajews Büro", "Khabar 24"
    GROUP = "group"  # a collective: "4400 Menschen", "die gesamte Regierung", "Demonstranten"
    PLACE = "place"  # a country speaking for its government ("Russland warf ihm vor")


@dataclass(frozen=True)
class Agent:
    """Who acts or is acted on.

    ``name`` is the canonical name of a *named* person or organization ("Kassym-Schomart
    Tokajew"); ``None`` for an unnamed one, whose ``label`` is its description
    ("eine kasachische Journalistin", "die gesamte Regierung").
    """

    kind: AgentKind
    label: str
    name: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def is_named(self) -> bool:
        return self.name is not None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence of the article, with offsets into ``Article.text``."""

    article_id: str
    sentence: str
    start: int
    end: int
    rule: str  # id of the rule that produced the fact, e.g. "dismissal.verb.entlassen"
    confidence: float  # 0..1


@dataclass(frozen=True)
class FactDate:
    """When an event happened, as precisely as the text and the article date allow.

    ``iso`` is an xsd:date ("2022-01-08") when it could be resolved to a day;
    ``year_month`` an xsd:gYearMonth ("2022-01") when only the month is known;
    ``weekday`` the German weekday the text names ("Samstag"), kept when no day can be
    computed; ``year`` an xsd:gYear ("2019") when only the year is named ("war 2019 ernannt
    worden"); ``text`` the words it came from ("am Samstag"). All empty (BEFORE_THE_REPORT): the
    text tells the event as earlier than the report without naming when.
    """

    text: str
    iso: str | None = None
    year_month: str | None = None
    weekday: str | None = None
    year: str | None = None

    @property
    def known(self) -> bool:
        """Whether it says when (a day, month, year or weekday), not only which words."""
        return bool(self.iso or self.year_month or self.year or self.weekday)

    def label(self) -> str:
        if self.iso:
            return self.iso
        parts = [p for p in (self.weekday, self.year_month or self.year) if p]
        return ", ".join(parts) if parts else self.text


# The text tells the event as earlier than the report (pluperfect) without saying when: the
# article's date is no date for it.
BEFORE_THE_REPORT = FactDate(text="")


def dated(date: FactDate | None) -> bool:
    """The event has a date of its own from the text: not None, not BEFORE_THE_REPORT."""
    return date is not None and date != BEFORE_THE_REPORT


def first_dated(date: FactDate | None, other: FactDate | None) -> FactDate | None:
    """``date`` if it is a date of the event's own, else ``other`` (else ``date`` as it is)."""
    return date if dated(date) else other or date


@dataclass(frozen=True)
class Fact:
    evidence: Evidence


@dataclass(frozen=True)
class PersonMention(Fact):
    """A named person mentioned in an article (one per person and article)."""

    person: Agent


@dataclass(frozen=True)
class OfficeHolding(Fact):
    """A person holds (or held) an office: "Justizminister Marco Buschmann"."""

    holder: Agent
    office: str  # the post as the text names it, normalized to its base form: "Justizminister"
    organization: str | None = None  # whose office: "Sicherheitsrat", "NATO"
    former: bool = False  # "Ex-Geheimdienstchef", "der frühere Innenminister"


@dataclass(frozen=True)
class Dismissal(Fact):
    dismissed: Agent
    agent: Agent | None = None
    office: str | None = None
    date: FactDate | None = None

    @property
    def departed(self) -> Agent:
        """Who left the post (a successor follows them)."""
        return self.dismissed


@dataclass(frozen=True)
class Resignation(Fact):
    """Someone gives up a post of their own accord: "X ist zurückgetreten", "legte sein Amt nieder"."""

    resigned: Agent
    office: str | None = None
    date: FactDate | None = None

    @property
    def departed(self) -> Agent:
        """Who left the post (a successor follows them)."""
        return self.resigned


@dataclass(frozen=True)
class Appointment(Fact):
    appointee: Agent
    agent: Agent | None = None
    office: str | None = None
    date: FactDate | None = None
    # told as taking the post over ("X übernahm das Amt"): how it was told, not who or what, so
    # it is no part of the fact's identity
    took_over: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Replacement(Fact):
    """``successor`` replaced ``predecessor`` (in ``office``, when named)."""

    successor: Agent
    predecessor: Agent
    office: str | None = None
    agent: Agent | None = None  # who made the change, when said
    date: FactDate | None = None
    # told by a succession noun ("Nachfolgerin wird X", "an Stelle von A"): how it was told, not
    # who or what, so it is no part of the fact's identity
    told_by_noun: bool = field(default=False, compare=False)
    # announced, not yet happened ("B soll A ablösen", "B wird A ablösen"): what the text states,
    # so part of the fact; written as kz:announced and shown in the listing's status column
    announced: bool = False


@dataclass(frozen=True)
class Count:
    """A reported figure: "mehr als 4400" -> value 4400, qualifier "mehr als"."""

    value: int
    text: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Arrest(Fact):
    """A named person arrested, or a group with its count."""

    arrested: Agent | None = None
    count: Count | None = None
    charge: str | None = None
    reported_by: Agent | None = None  # who reports it ("das Innenministerium")
    date: FactDate | None = None
    # put under house arrest: an event of its own beside an arrest of the same person
    house: bool = False
    agent: Agent | None = None  # who arrested ("die Polizei", "Beamte des SEK")


@dataclass(frozen=True)
class Statement(Fact):
    speaker: Agent
    quote: str
    mode: str = "direct"  # "direct" | "indirect" | "reported" ("laut X", "X zufolge")
    date: FactDate | None = None


class ArticleFacts:
    """Everything extracted from one article: a list of facts per registered fact type
    (:mod:`kzgraph.extract.core.registry`), each also an attribute (``facts.dismissals``)."""

    def __init__(self, article_id: str, **by_type: list[Fact]) -> None:
        names = type_names()
        unknown = sorted(set(by_type) - set(names))
        if unknown:
            raise TypeError(f"no fact type {', '.join(unknown)}; known: {', '.join(names)}")
        self.article_id = article_id
        self.by_type: dict[str, list[Fact]] = {name: list(by_type.get(name, ())) for name in names}

    def __getattr__(self, name: str) -> list[Fact]:
        by_type = self.__dict__.get("by_type", {})
        if name in by_type:
            return by_type[name]
        raise AttributeError(f"{type(self).__name__!r} has no fact type {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        if name in self.__dict__.get("by_type", {}):
            self.by_type[name] = value  # type: ignore[assignment]
        else:
            super().__setattr__(name, value)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, ArticleFacts)
            and (self.article_id, self.by_type) == (other.article_id, other.by_type)
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(facts)}" for name, facts in self.by_type.items())
        return f"ArticleFacts({self.article_id!r}, {counts})"

    def all_facts(self) -> list[Fact]:
        return [fact for facts in self.by_type.values() for fact in facts]
