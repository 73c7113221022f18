"""Facts -> triples: one rdflib Graph per article, under the kzgraph ontology.

Each article's facts go into their own named graph (kzgraph.graph.iris.article_graph_iri),
so that an article can be replaced or removed without touching the others. Named persons
are shared nodes: their type, label and aliases are repeated in every article graph that
mentions them, so each named graph is self-contained and the union merges them.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kzgraph.extract.facts import (
    BEFORE_THE_REPORT,
    Agent,
    AgentKind,
    Appointment,
    Arrest,
    ArticleFacts,
    Dismissal,
    Evidence,
    FactDate,
    OfficeHolding,
    Replacement,
    Resignation,
    Statement,
)
from kzgraph.graph import iris
from kzgraph.graph.iris import KZ
from kzgraph.graph.names import add_name_keys
from kzgraph.reading.article import Article
from kzgraph.resolve.registry import PersonRegistry

_AGENT_CLASS = {
    AgentKind.PERSON: KZ.Person,
    AgentKind.ORGANIZATION: KZ.Organization,
    AgentKind.GROUP: KZ.Group,
    AgentKind.PLACE: KZ.State,
}
_AGENT_KEY = {
    AgentKind.PERSON: "person",
    AgentKind.ORGANIZATION: "org",
    AgentKind.GROUP: "group",
    AgentKind.PLACE: "state",
}


class ArticleGraphBuilder:
    """Writes one article's facts as triples into a fresh graph."""

    def __init__(self, article: Article, persons: PersonRegistry, content_hash: str | None = None) -> None:
        self.article = article
        self.persons = persons
        self.graph = iris.new_graph()
        self.article_node = iris.article_iri(article.id)
        self._add_article(content_hash)

    # -- nodes ---------------------------------------------------------------------------

    def _add_article(self, content_hash: str | None) -> None:
        g, node, art = self.graph, self.article_node, self.article
        g.add((node, RDF.type, KZ.Article))
        g.add((node, KZ.articleId, Literal(art.id)))
        g.add((node, KZ.characterCount, Literal(len(art.text), datatype=XSD.nonNegativeInteger)))
        if art.date is not None:
            datatype = XSD.date if art.date.is_full else XSD.gYearMonth
            g.add((node, KZ.datePublished, Literal(art.date.isoformat(), datatype=datatype)))
        if art.title:
            g.add((node, KZ["title"], Literal(art.title)))
        if art.url:
            g.add((node, KZ.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.source:
            g.add((node, KZ.source, Literal(art.source)))
        if content_hash:
            g.add((node, KZ.contentHash, Literal(content_hash)))

    def agent(self, agent: Agent) -> URIRef:
        g = self.graph
        if agent.kind is AgentKind.PERSON and agent.name:
            name = self.persons.canonical(agent.name)
            node = iris.person_iri(name)
            g.add((node, RDFS.label, Literal(name)))
            aliases = sorted({*agent.aliases, agent.name, *self.persons.aliases(name)} - {name})
            for alias in aliases:
                g.add((node, KZ.alias, Literal(alias)))
            add_name_keys(g, node, [name, *aliases])
        elif agent.name and agent.kind in (AgentKind.ORGANIZATION, AgentKind.PLACE):
            node = iris.named_agent_iri(_AGENT_KEY[agent.kind], agent.name)
            g.add((node, RDFS.label, Literal(agent.name)))
            if agent.label != agent.name:
                g.add((node, KZ.alias, Literal(agent.label)))
        else:
            node = iris.local_agent_iri(self.article.id, _AGENT_KEY[agent.kind], agent.label)
            g.add((node, RDFS.label, Literal(agent.label)))
            if agent.kind is AgentKind.PERSON:
                add_name_keys(g, node, [agent.label])
        g.add((node, RDF.type, _AGENT_CLASS[agent.kind]))
        g.add((node, KZ.mentionedIn, self.article_node))
        return node

    def post(self, office: str) -> URIRef:
        node = iris.post_iri(office)
        self.graph.add((node, RDF.type, KZ.Post))
        self.graph.add((node, RDFS.label, Literal(office)))
        return node

    def evidence(self, fact: URIRef, evidence: Evidence) -> URIRef:
        g = self.graph
        node = iris.evidence_iri(fact)
        g.add((fact, KZ.evidence, node))
        g.add((node, RDF.type, KZ.Evidence))
        g.add((node, KZ.inArticle, self.article_node))
        g.add((node, KZ.sentenceText, Literal(evidence.sentence)))
        g.add((node, KZ.beginIndex, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        g.add((node, KZ.endIndex, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
        g.add((node, KZ.rule, Literal(evidence.rule)))
        confidence = Decimal(str(round(evidence.confidence, 3)))
        g.add((node, KZ.confidence, Literal(confidence, datatype=XSD.decimal)))
        return node

    def date(self, node: URIRef, date: FactDate | None) -> None:
        """The event's date as precisely as known; the article date when the text names none."""
        g = self.graph
        if date == BEFORE_THE_REPORT:
            return  # told as earlier than the report, without saying when
        if date is None:
            if self.article.date is None:
                return
            date = FactDate(
                text="",
                iso=self.article.date.isoformat() if self.article.date.is_full else None,
                year_month=None if self.article.date.is_full else self.article.date.isoformat(),
            )
        if date.iso:
            g.add((node, KZ.date, Literal(date.iso, datatype=XSD.date)))
        elif date.year_month:
            g.add((node, KZ.yearMonth, Literal(date.year_month, datatype=XSD.gYearMonth)))
        elif date.year:
            g.add((node, KZ.year, Literal(date.year, datatype=XSD.gYear)))
        if date.weekday and not date.iso:
            g.add((node, KZ.weekday, Literal(date.weekday)))
        if date.text:
            g.add((node, KZ.dateText, Literal(date.text)))

    def _event(self, kind: str, cls: URIRef, evidence: Evidence, *key: object) -> URIRef:
        node = iris.fact_iri(self.article.id, kind, evidence.start, *key)
        self.graph.add((node, RDF.type, cls))
        self.graph.add((node, KZ.reportedIn, self.article_node))
        self.evidence(node, evidence)
        return node

    # -- facts ---------------------------------------------------------------------------

    def add_facts(self, facts: ArticleFacts) -> Graph:
        seen: set[URIRef] = set()
        for mention in facts.persons:
            person = self.agent(mention.person)
            node = iris.fact_iri(self.article.id, "mention", person)
            if node in seen:
                continue  # two names of the article that the corpus knows as one person: one mention
            seen.add(node)
            self.graph.add((node, RDF.type, KZ.Mention))
            self.graph.add((node, KZ.mentions, person))
            self.evidence(node, mention.evidence)
        for holding in facts.offices:
            self.add_office(holding)
        for dismissal in facts.dismissals:
            self.add_dismissal(dismissal)
        for resignation in facts.resignations:
            self.add_resignation(resignation)
        for appointment in facts.appointments:
            self.add_appointment(appointment)
        for replacement in facts.replacements:
            self.add_replacement(replacement)
        for arrest in facts.arrests:
            self.add_arrest(arrest)
        for statement in facts.statements:
            self.add_statement(statement)
        return self.graph

    def add_office(self, holding: OfficeHolding) -> None:
        holder, post = self.agent(holding.holder), self.post(holding.office)
        node = iris.fact_iri(self.article.id, "office", holder, post)
        g = self.graph
        g.add((node, RDF.type, KZ.OfficeHolding))
        g.add((node, KZ.holder, holder))
        g.add((node, KZ.post, post))
        g.add((node, KZ.former, Literal(holding.former)))
        g.add((holder, KZ.holdsPost, post))
        self.evidence(node, holding.evidence)

    def _agent_and_post(self, node: URIRef, agent: Agent | None, office: str | None) -> None:
        if agent is not None:
            self.graph.add((node, KZ.agent, self.agent(agent)))
        if office:
            self.graph.add((node, KZ.post, self.post(office)))

    def add_dismissal(self, fact: Dismissal) -> None:
        dismissed = self.agent(fact.dismissed)
        node = self._event("dismissal", KZ.Dismissal, fact.evidence, dismissed, fact.office)
        self.graph.add((node, KZ.dismissed, dismissed))
        self._agent_and_post(node, fact.agent, fact.office)
        self.date(node, fact.date)

    def add_resignation(self, fact: Resignation) -> None:
        resigned = self.agent(fact.resigned)
        node = self._event("resignation", KZ.Resignation, fact.evidence, resigned, fact.office)
        self.graph.add((node, KZ.resigned, resigned))
        self._agent_and_post(node, None, fact.office)
        self.date(node, fact.date)

    def add_appointment(self, fact: Appointment) -> None:
        appointee = self.agent(fact.appointee)
        node = self._event("appointment", KZ.Appointment, fact.evidence, appointee, fact.office)
        self.graph.add((node, KZ.appointee, appointee))
        self._agent_and_post(node, fact.agent, fact.office)
        self.date(node, fact.date)

    def add_replacement(self, fact: Replacement) -> None:
        successor, predecessor = self.agent(fact.successor), self.agent(fact.predecessor)
        node = self._event("replacement", KZ.Replacement, fact.evidence, successor, predecessor, fact.office)
        self.graph.add((node, KZ.successor, successor))
        self.graph.add((node, KZ.predecessor, predecessor))
        self.graph.add((successor, KZ.replaces, predecessor))
        self._agent_and_post(node, fact.agent, fact.office)
        self.date(node, fact.date)

    def add_arrest(self, fact: Arrest) -> None:
        g = self.graph
        arrested = self.agent(fact.arrested) if fact.arrested is not None else None
        count = fact.count.value if fact.count else None
        node = self._event("arrest", KZ.Arrest, fact.evidence, arrested, count, fact.charge)
        if arrested is not None:
            g.add((node, KZ.arrested, arrested))
        if fact.charge:
            g.add((node, KZ.charge, Literal(fact.charge)))
        reporter = self.agent(fact.reported_by) if fact.reported_by is not None else None
        if reporter is not None:
            g.add((node, KZ.reportedBy, reporter))
        self.date(node, fact.date)
        if fact.count is None:
            return
        g.add((node, KZ["count"], Literal(fact.count.value, datatype=XSD.nonNegativeInteger)))
        g.add((node, KZ.countText, Literal(fact.count.text)))
        if fact.count.qualifier:
            g.add((node, KZ.countQualifier, Literal(fact.count.qualifier)))
        # The count as a claim of its own: conflicting figures from other sources coexist.
        figure = iris.fact_iri(self.article.id, "figure", node)
        g.add((node, KZ.figure, figure))
        g.add((figure, RDF.type, KZ.ReportedFigure))
        g.add((figure, KZ.value, Literal(fact.count.value, datatype=XSD.nonNegativeInteger)))
        g.add((figure, KZ.countText, Literal(fact.count.text)))
        if fact.count.qualifier:
            g.add((figure, KZ.countQualifier, Literal(fact.count.qualifier)))
        g.add((figure, KZ.sourceArticle, self.article_node))
        if reporter is not None:
            g.add((figure, KZ.reportedBy, reporter))
        # a figure is a claim dated by the text or else by its report (the article date)
        self.date(figure, None if fact.date == BEFORE_THE_REPORT else fact.date)
        self.evidence(figure, fact.evidence)

    def add_statement(self, fact: Statement) -> None:
        speaker = self.agent(fact.speaker)
        node = self._event("statement", KZ.Statement, fact.evidence, speaker, fact.quote)
        self.graph.add((node, KZ.speaker, speaker))
        self.graph.add((node, KZ.quote, Literal(fact.quote)))
        self.graph.add((node, KZ.mode, Literal(fact.mode)))
        self.date(node, fact.date)


def article_graph(
    article: Article, facts: ArticleFacts, persons: PersonRegistry, content_hash: str | None = None
) -> Graph:
    """The named-graph content for one article."""
    return ArticleGraphBuilder(article, persons, content_hash).add_facts(facts)


def register_persons(registry: PersonRegistry, facts: ArticleFacts) -> None:
    """Feed every person name an article's facts use into the corpus-wide registry."""
    for fact in facts.all_facts():
        for value in vars(fact).values():
            if isinstance(value, Agent) and value.kind is AgentKind.PERSON and value.name:
                registry.add(value.name, value.aliases)
