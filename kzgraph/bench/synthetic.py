"""Synthetic articles and their facts for the graph-scale benchmarks: hand-made-looking
persons, offices, dismissals, appointments, replacements, arrests with reported figures and
statements, put through the real graph builder (:func:`kzgraph.graph.build.article_graph`,
hence the real IRI minting), so the triples are exactly what a build would write. Persons
come from a fixed pool with a skewed choice, so a few persons appear in many articles (as in
news) and most in few. Article ``i`` depends only on ``(seed, i)``."""


from __future__ import annotations

import random
from dataclasses import dataclass

from rdflib import Graph

from kzgraph.extract.facts import (
    Agent,
    AgentKind,
    Appointment,
    Arrest,
    ArticleFacts,
    Count,
    Dismissal,
    Evidence,
    FactDate,
    OfficeHolding,
    PersonMention,
    Replacement,
    Statement,
)
from kzgraph.graph import iris
from kzgraph.graph.build import article_graph
from kzgraph.reading.article import Article, ArticleDate

GIVEN = [
    "Anna",
    "Bernd",
    "Clara",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hamit",
    "Irina",
    "Jonas",
    "Karina",
    "Lukas",
    "Marat",
    "Nadja",
    "Oleg",
    "Paula",
    "Ruslan",
    "Sabina",
    "Timur",
    "Ulla",
    "Viktor",
    "Wera",
    "Yerlan",
    "Zarina",
    "Askar",
    "Dana",
    "Nurlan",
    "Aigerim",
    "Kairat",
    "Saule",
]
SURNAMES = [
    "Abenow",
    "Bekowa",
    "Dossajew",
    "Ermekow",
    "Fischer",
    "Gruber",
    "Hartmann",
    "Iskakowa",
    "Jussupow",
    "Kaiser",
    "Lehmann",
    "Mamin",
    "Nasarbajew",
    "Omarowa",
    "Peters",
    "Roth",
    "Sagintajew",
    "Tokajew",
    "Urazow",
    "Vogel",
    "Wagner",
    "Zhakupowa",
    "Baimenow",
    "Kulibajew",
    "Massimow",
    "Smailow",
    "Tasmagambetow",
    "Utemissow",
    "Weber",
    "Zimmermann",
]
OFFICES = [
    "Innenminister",
    "Außenministerin",
    "Justizminister",
    "Premierminister",
    "Präsident",
    "Geheimdienstchef",
    "Bürgermeisterin",
    "Verteidigungsminister",
    "Sprecherin",
    "Finanzminister",
    "Gouverneur",
    "Generalstaatsanwalt",
    "Botschafterin",
    "Parlamentspräsident",
]
ORGS = [
    "das Innenministerium",
    "die Staatsanwaltschaft",
    "Khabar 24",
    "die Nachrichtenagentur Interfax",
    "das Präsidialamt",
    "die Polizei",
    "die Regierung",
    "der Sicherheitsrat",
]
GROUPS = ["Demonstranten", "Menschen", "Journalisten", "Aktivisten", "Ausländer", "Polizisten"]
CHARGES = ["Hochverrat", "Anstiftung zu Unruhen", "Korruption", "Machtmissbrauch", None, None]
QUOTES = [
    "Wir haben die Lage unter Kontrolle",
    "Die Ordnung ist wiederhergestellt",
    "Es gibt keine Verhandlungen mit Terroristen",
    "Die Regierung tritt zurück",
    "Die Vorwürfe sind haltlos",
    "Wir fordern freie Wahlen",
    "Das Land braucht Reformen",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

DEFAULT_PERSONS = 5000


def person_name(index: int) -> str:
    """The pool's person ``index``: distinct names for every index (numbered beyond the grid)."""
    given, rest = GIVEN[index % len(GIVEN)], index // len(GIVEN)
    surname, round_ = SURNAMES[rest % len(SURNAMES)], rest // len(SURNAMES)
    return f"{given} {surname}" if round_ == 0 else f"{given} {surname}-{round_}"


def sample_person_name(rank: int = 10) -> str:
    """A person that exists in every generated dataset (low ranks are frequent)."""
    return person_name(rank)


class _FixedRegistry:
    """Synthetic names are already canonical; the real registry's alias lookup scans all
    names per call (fine for a corpus, quadratic for 100 000 synthetic articles)."""

    def canonical(self, name: str) -> str:
        return name

    def aliases(self, canonical: str) -> set[str]:
        return set()


@dataclass
class _Writer:
    """Sentences of a synthetic text, with offsets, so evidence points into ``text``."""

    parts: list[str]
    length: int = 0

    def sentence(self, text: str) -> tuple[str, int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text) + 1
        return text, start, start + len(text)


@dataclass
class _Draw:
    """One synthetic article's random choices; the order of the draws fixes the dataset (seeded)."""

    rng: random.Random
    article_id: str
    persons: int
    writer: _Writer

    def person(self) -> Agent:
        # Squared uniform: a skewed choice, low indices (the "prominent" persons) are frequent.
        name = person_name(int(self.persons * self.rng.random() ** 2))
        return Agent(AgentKind.PERSON, name, name, (name.split()[-1],))

    def evidence(self, text: str, rule: str) -> Evidence:
        sentence, start, end = self.writer.sentence(text)
        return Evidence(self.article_id, sentence, start, end, rule, round(self.rng.uniform(0.5, 1.0), 3))

    def date(self) -> FactDate | None:
        roll = self.rng.random()
        day = self.rng.randint(1, 28)
        if roll < 0.4:
            return FactDate(f"am {day}. Januar", iso=f"2022-01-{day:02d}")
        if roll < 0.6:
            return FactDate(f"am {WEEKDAYS[day % 7]}", year_month="2022-01", weekday=WEEKDAYS[day % 7])
        return None  # the builder falls back to the article date

    def people(self) -> list[Agent]:
        # One mention per person and article, as the extractors deliver (a repeated person would
        # give one mention node two evidences).
        people = list({p.name: p for p in (self.person() for _ in range(self.rng.randint(3, 8)))}.values())
        while len(people) < 2:
            people = list({p.name: p for p in (*people, self.person())}.values())
        return people


def _persons_and_offices(draw: _Draw, facts: ArticleFacts, people: list[Agent]) -> None:
    rng = draw.rng
    for p in people:
        ev = draw.evidence(f"{p.name} äußerte sich am Abend.", "person.ner")
        facts.persons.append(PersonMention(ev, p))
    for p in rng.sample(people, rng.randint(1, min(4, len(people)))):
        office = rng.choice(OFFICES)
        ev = draw.evidence(f"{office} {p.name} reiste ab.", "office.title")
        facts.offices.append(OfficeHolding(ev, p, office, former=rng.random() < 0.2))


def _personnel_events(draw: _Draw, facts: ArticleFacts, people: list[Agent]) -> None:
    rng = draw.rng
    for _ in range(rng.randint(0, 2)):
        a, b, office = rng.choice(people), rng.choice(people), rng.choice(OFFICES)
        ev = draw.evidence(f"{a.name} entließ {office} {b.name}.", "dismissal.verb")
        facts.dismissals.append(Dismissal(ev, b, a, office, draw.date()))
    for _ in range(rng.randint(0, 2)):
        a, b, office = rng.choice(people), rng.choice(people), rng.choice(OFFICES)
        ev = draw.evidence(f"{a.name} ernannte {b.name} zum {office}.", "appointment.verb")
        facts.appointments.append(Appointment(ev, b, a, office, draw.date()))
    if rng.random() < 0.5:
        (a, b), office = rng.sample(people, 2), rng.choice(OFFICES)  # nobody replaces themselves
        ev = draw.evidence(f"{a.name} folgt auf {b.name}.", "replacement.verb")
        facts.replacements.append(Replacement(ev, a, b, office, None, draw.date()))


def _arrests(draw: _Draw, facts: ArticleFacts, people: list[Agent]) -> None:
    rng = draw.rng
    for _ in range(rng.randint(0, 2)):
        reporter = Agent(AgentKind.ORGANIZATION, (org := rng.choice(ORGS)), org)
        if rng.random() < 0.5:
            value = rng.randint(10, 9000)
            group = Agent(AgentKind.GROUP, f"{value} {rng.choice(GROUPS)}")
            ev = draw.evidence(f"Mehr als {value} {group.label} wurden festgenommen.", "arrest.group.count")
            count = Count(value, f"mehr als {value}", "mehr als")
            facts.arrests.append(Arrest(ev, group, count, None, reporter, draw.date()))
        else:
            who, charge = rng.choice(people), rng.choice(CHARGES)
            ev = draw.evidence(f"{who.name} wurde festgenommen.", "arrest.person")
            facts.arrests.append(Arrest(ev, who, None, charge, reporter, draw.date()))


def _statements(draw: _Draw, facts: ArticleFacts, people: list[Agent]) -> None:
    rng = draw.rng
    for _ in range(rng.randint(1, 4)):
        speaker, quote = rng.choice(people), rng.choice(QUOTES)
        ev = draw.evidence(f"„{quote}“, sagte {speaker.name}.", "statement.direct")
        facts.statements.append(Statement(ev, speaker, quote, "direct", draw.date()))


def synthetic_article(seed: int, index: int, persons: int = DEFAULT_PERSONS) -> tuple[Article, ArticleFacts]:
    article_id = f"synthetic-{index:08d}"
    draw = _Draw(random.Random(f"{seed}:{index}"), article_id, persons, _Writer([]))
    people = draw.people()
    facts = ArticleFacts(article_id=article_id)
    for add in (_persons_and_offices, _personnel_events, _arrests, _statements):
        add(draw, facts, people)
    article = Article(
        id=article_id,
        text=" ".join(draw.writer.parts),
        date=ArticleDate(2022, 1, draw.rng.randint(1, 28)),
        title=f"Synthetischer Artikel {index}",
        source="kzgraph-bench",
    )
    return article, facts


def synthetic_graph(seed: int, index: int, persons: int = DEFAULT_PERSONS) -> Graph:
    """The named-graph content of synthetic article ``index``, as the build would write it."""
    article, facts = synthetic_article(seed, index, persons)
    return article_graph(article, facts, _FixedRegistry(), content_hash=iris.digest(article.text, length=16))
