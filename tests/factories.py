"""Hand-made facts for tests of the graph, queries, shapes and stores (no NLP involved)."""

from __future__ import annotations

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
    Resignation,
    Statement,
)
from kzgraph.extract.kinds.indictments import Indictment
from kzgraph.reading.article import Article, ArticleDate

TEXT = (
    "Präsidentin Maria Beispiel entließ am Montag Innenminister Karl Muster. "
    "Sein Nachfolger wird Jana Probe. "
    "Mehr als 120 Menschen wurden festgenommen, teilte das Innenministerium mit. "
    "„Wir haben die Lage unter Kontrolle“, sagte Beispiel. "
    "Staatssekretär Paul Rang trat zurück. "
    "Die Staatsanwaltschaft erhob Anklage gegen drei Männer wegen Untreue."
)


def sentence(text: str, fragment: str) -> tuple[str, int, int]:
    start = text.index(fragment)
    return fragment, start, start + len(fragment)


def evidence(article_id: str, fragment: str, rule: str, text: str = TEXT) -> Evidence:
    s, start, end = sentence(text, fragment)
    return Evidence(article_id, s, start, end, rule, 0.9)


def person(name: str) -> Agent:
    return Agent(AgentKind.PERSON, name, name, (name.split()[-1],))


def sample_article(article_id: str = "a1", day: int | None = 3) -> Article:
    return Article(id=article_id, text=TEXT, date=ArticleDate(2022, 1, day), title="Beispiel")


def sample_facts(article_id: str = "a1") -> ArticleFacts:
    s1 = "Präsidentin Maria Beispiel entließ am Montag Innenminister Karl Muster."
    s2 = "Sein Nachfolger wird Jana Probe."
    s3 = "Mehr als 120 Menschen wurden festgenommen, teilte das Innenministerium mit."
    s4 = "„Wir haben die Lage unter Kontrolle“, sagte Beispiel."
    s5 = "Staatssekretär Paul Rang trat zurück."
    s6 = "Die Staatsanwaltschaft erhob Anklage gegen drei Männer wegen Untreue."
    beispiel, muster, probe = person("Maria Beispiel"), person("Karl Muster"), person("Jana Probe")
    rang = person("Paul Rang")
    ministry = Agent(AgentKind.ORGANIZATION, "das Innenministerium")
    # who arrested: hand-made (the sentence leaves it out), so that every saved query has rows
    police = Agent(AgentKind.ORGANIZATION, "die Polizei")
    prosecution = Agent(AgentKind.ORGANIZATION, "die Staatsanwaltschaft")
    three = Agent(AgentKind.GROUP, "drei Männer")
    monday = FactDate("am Montag", iso="2022-01-03", weekday="Montag")
    return ArticleFacts(
        article_id=article_id,
        persons=[PersonMention(evidence(article_id, s1, "person.ner"), p) for p in (beispiel, muster)]
        + [PersonMention(evidence(article_id, s2, "person.ner"), probe)],
        offices=[
            OfficeHolding(evidence(article_id, s1, "office.title"), beispiel, "Präsidentin"),
            OfficeHolding(evidence(article_id, s1, "office.title"), muster, "Innenminister"),
        ],
        dismissals=[
            Dismissal(evidence(article_id, s1, "dismissal.verb"), muster, beispiel, "Innenminister", monday)
        ],
        resignations=[
            Resignation(evidence(article_id, s5, "resignation.verb.zurücktreten"), rang, "Staatssekretär")
        ],
        appointments=[
            Appointment(evidence(article_id, s2, "appointment.successor"), probe, None, "Innenminister")
        ],
        replacements=[
            Replacement(evidence(article_id, s2, "replacement.possessive"), probe, muster, "Innenminister")
        ],
        arrests=[
            Arrest(
                evidence(article_id, s3, "arrest.group.count"),
                Agent(AgentKind.GROUP, "120 Menschen"),
                Count(120, "Mehr als 120", "mehr als"),
                None,
                ministry,
                agent=police,
            )
        ],
        statements=[
            Statement(
                evidence(article_id, s4, "statement.direct.inverted"),
                beispiel,
                "Wir haben die Lage unter Kontrolle",
                "direct",
            )
        ],
        indictments=[
            Indictment(evidence(article_id, s6, "indictment.noun.raised"), three, prosecution, "Untreue")
        ],
    )
