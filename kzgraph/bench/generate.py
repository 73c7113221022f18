"""Synthetic knowledge graphs in the ontology's shape, for graph-scale benchmarks.

Each synthetic article gets hand-made-looking facts (persons, offices, dismissals,
appointments, replacements, arrests with reported figures, statements) which go through
the real graph builder (:func:`kzgraph.graph.build.article_graph`, hence the real IRI
minting of :mod:`kzgraph.graph.iris`), so the triples are exactly what a build would
write. Persons come from a fixed pool with a skewed choice, so a few persons appear in
many articles (as in news) and most in few. Layout "shared" (the default) writes the
descriptions of shared nodes once into the shared graph, as the build does; "repeated"
repeats them in every article graph, as earlier versions did (the benchmarks' baseline).

Article ``i`` depends only on ``(seed, i)``: a sample of articles can be regenerated on
its own (the validation benchmark does that) and the output is the same for any number
of worker processes.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
from collections import deque
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

import pyoxigraph as ox
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
from kzgraph.store.embedded import split_shared

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


# Layouts: "shared" writes as the build does now (shared node descriptions once, in the shared
# graph); "repeated" as earlier versions did (repeated in every article graph), the baseline.
LAYOUTS = ("shared", "repeated")


def _nquads(triples: list[ox.Triple], graph: str) -> list[bytes]:
    name = f" <{graph}> .\n".encode()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    # N-Triples escapes newlines inside literals, so " .\n" only ever ends a statement.
    return sorted(line[:-2] + name for line in data.split(b"\n") if line)  # sorted: identical reruns


def article_nquads(seed: int, index: int, persons: int = DEFAULT_PERSONS,
                   layout: str = "shared") -> tuple[bytes, list[bytes]]:
    """(the article graph's N-Quads, its shared-graph N-Quad lines, to be written once each)."""
    own, shared = split_shared(synthetic_graph(seed, index, persons))
    graph = str(iris.article_graph_iri(f"synthetic-{index:08d}"))
    if layout == "repeated":
        return b"".join(_nquads(own + shared, graph)), []
    return b"".join(_nquads(own, graph)), _nquads(shared, str(iris.SHARED_GRAPH))


def _chunk(args: tuple[int, int, int, int, str]) -> list[tuple[bytes, list[bytes]]]:
    seed, start, stop, persons, layout = args
    return [article_nquads(seed, i, persons, layout) for i in range(start, stop)]


@dataclass
class Generated:
    path: Path
    quads: int
    articles: int
    seconds: float


def _chunks(seed: int, persons: int, size: int, layout: str) -> Iterator[tuple[int, int, int, int, str]]:
    start = 0
    while True:
        yield seed, start, start + size, persons, layout
        start += size


def generate(
    path: Path,
    triples: int,
    seed: int = 42,
    persons: int = DEFAULT_PERSONS,
    jobs: int = 1,
    chunk: int | None = None,
    layout: str = "shared",
) -> Generated:
    """Write whole synthetic articles as N-Quads until at least ``triples`` quads are written."""
    began = time.perf_counter()
    # Articles have ~230 quads: small chunks for small sizes, so little is generated in vain.
    chunk = chunk or max(5, min(200, triples // 5000))
    quads = articles = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        chunks = _chunks(seed, persons, chunk, layout)
        pool = mp.get_context("fork").Pool(jobs) if jobs > 1 else None
        ordered = _in_order(pool, chunks, 2 * jobs) if pool is not None else None
        results: Iterator[list[tuple[bytes, list[bytes]]]] = ordered or map(_chunk, chunks)
        seen: set[bytes] = set()  # shared-graph lines already written: each goes in once
        try:
            for block in results:
                for data, shared in block:
                    if quads >= triples:
                        break
                    new = [line for line in shared if line not in seen]
                    seen.update(new)
                    out.write(data + b"".join(new))
                    quads += data.count(b"\n") + len(new)
                    articles += 1
                if quads >= triples:
                    break
        finally:
            if ordered is not None:
                ordered.close()  # waits for the few chunks in flight
            if pool is not None:
                pool.close()
                pool.join()
    return Generated(path, quads, articles, time.perf_counter() - began)


def _in_order(
    pool: Pool, chunks: Iterator[tuple[int, int, int, int, str]], window: int
) -> Generator[list[tuple[bytes, list[bytes]]], None, None]:
    """The chunks' results in order (so the file does not depend on the job count), with at
    most ``window`` in flight. Unlike ``Pool.imap`` over an endless task list, nothing is left
    queued when the caller stops, so the pool closes and joins instead of being terminated
    with its task feeder blocked on a full pipe (the test suite hung once in this generator)."""
    pending: deque[AsyncResult[list[tuple[bytes, list[bytes]]]]] = deque(
        pool.apply_async(_chunk, (task,)) for task in islice(chunks, window)
    )
    try:
        while pending:
            block = pending.popleft().get()
            pending.append(pool.apply_async(_chunk, (next(chunks),)))
            yield block
    finally:
        for result in pending:
            result.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzgraph.bench.generate", description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--persons", type=int, default=DEFAULT_PERSONS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--layout", choices=LAYOUTS, default="shared")
    args = parser.parse_args(argv)
    result = generate(args.output, args.triples, args.seed, args.persons, args.jobs, layout=args.layout)
    print(
        f"{result.quads} quads, {result.articles} articles, {result.seconds:.1f} s -> {result.path}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
