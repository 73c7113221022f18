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


def synthetic_article(seed: int, index: int, persons: int = DEFAULT_PERSONS) -> tuple[Article, ArticleFacts]:
    rng = random.Random(f"{seed}:{index}")
    article_id = f"synthetic-{index:08d}"
    writer = _Writer([])

    def person() -> Agent:
        # Squared uniform: a skewed choice, low indices (the "prominent" persons) are frequent.
        name = person_name(int(persons * rng.random() ** 2))
        return Agent(AgentKind.PERSON, name, name, (name.split()[-1],))

    def evidence(text: str, rule: str) -> Evidence:
        sentence, start, end = writer.sentence(text)
        return Evidence(article_id, sentence, start, end, rule, round(rng.uniform(0.5, 1.0), 3))

    def date() -> FactDate | None:
        roll = rng.random()
        day = rng.randint(1, 28)
        if roll < 0.4:
            return FactDate(f"am {day}. Januar", iso=f"2022-01-{day:02d}")
        if roll < 0.6:
            return FactDate(f"am {WEEKDAYS[day % 7]}", year_month="2022-01", weekday=WEEKDAYS[day % 7])
        return None  # the builder falls back to the article date

    # One mention per person and article, as the extractors deliver (a repeated person would
    # give one mention node two evidences).
    people = list({p.name: p for p in (person() for _ in range(rng.randint(3, 8)))}.values())
    while len(people) < 2:
        people = list({p.name: p for p in (*people, person())}.values())
    facts = ArticleFacts(article_id=article_id)
    for p in people:
        facts.persons.append(PersonMention(evidence(f"{p.name} äußerte sich am Abend.", "person.ner"), p))
    for p in rng.sample(people, rng.randint(1, min(4, len(people)))):
        office = rng.choice(OFFICES)
        facts.offices.append(
            OfficeHolding(
                evidence(f"{office} {p.name} reiste ab.", "office.title"),
                p,
                office,
                former=rng.random() < 0.2,
            )
        )
    for _ in range(rng.randint(0, 2)):
        a, b, office = rng.choice(people), rng.choice(people), rng.choice(OFFICES)
        facts.dismissals.append(
            Dismissal(
                evidence(f"{a.name} entließ {office} {b.name}.", "dismissal.verb"), b, a, office, date()
            )
        )
    for _ in range(rng.randint(0, 2)):
        a, b, office = rng.choice(people), rng.choice(people), rng.choice(OFFICES)
        facts.appointments.append(
            Appointment(
                evidence(f"{a.name} ernannte {b.name} zum {office}.", "appointment.verb"),
                b,
                a,
                office,
                date(),
            )
        )
    if rng.random() < 0.5:
        (a, b), office = rng.sample(people, 2), rng.choice(OFFICES)  # nobody replaces themselves
        facts.replacements.append(
            Replacement(
                evidence(f"{a.name} folgt auf {b.name}.", "replacement.verb"), a, b, office, None, date()
            )
        )
    for _ in range(rng.randint(0, 2)):
        reporter = Agent(AgentKind.ORGANIZATION, (org := rng.choice(ORGS)), org)
        if rng.random() < 0.5:
            value = rng.randint(10, 9000)
            group = Agent(AgentKind.GROUP, f"{value} {rng.choice(GROUPS)}")
            ev = evidence(f"Mehr als {value} {group.label} wurden festgenommen.", "arrest.group.count")
            facts.arrests.append(
                Arrest(ev, group, Count(value, f"mehr als {value}", "mehr als"), None, reporter, date())
            )
        else:
            who, charge = rng.choice(people), rng.choice(CHARGES)
            ev = evidence(f"{who.name} wurde festgenommen.", "arrest.person")
            facts.arrests.append(Arrest(ev, who, None, charge, reporter, date()))
    for _ in range(rng.randint(1, 4)):
        speaker, quote = rng.choice(people), rng.choice(QUOTES)
        facts.statements.append(
            Statement(
                evidence(f"„{quote}“, sagte {speaker.name}.", "statement.direct"),
                speaker,
                quote,
                "direct",
                date(),
            )
        )
    article = Article(
        id=article_id,
        text=" ".join(writer.parts),
        date=ArticleDate(2022, 1, rng.randint(1, 28)),
        title=f"Synthetischer Artikel {index}",
        source="kzgraph-bench",
    )
    return article, facts


def synthetic_graph(seed: int, index: int, persons: int = DEFAULT_PERSONS) -> Graph:
    """The named-graph content of synthetic article ``index``, as the build would write it."""
    article, facts = synthetic_article(seed, index, persons)
    return article_graph(article, facts, _FixedRegistry(), content_hash=iris.digest(article.text, length=16))
