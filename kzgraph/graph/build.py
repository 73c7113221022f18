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

from kzgraph.extract.core.registry import fact_types
from kzgraph.extract.facts import BEFORE_THE_REPORT, Agent, AgentKind, ArticleFacts, Evidence, Fact, FactDate
from kzgraph.graph import iris
from kzgraph.graph.extractor_digest import extractor_digest
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
        # Each fact node and the fact written under it: two different facts never share a node
        # (their evidence and values would merge and break the shapes' "exactly one").
        self._facts: dict[URIRef, object] = {}
        # The one rdfs:label of each shared node: names that differ only in what an IRI key
        # drops ("Al-Sisi" / "al-Sisi", "O'Brien" / "O’Brien") share a node, and the shapes
        # allow an agent or post one label; the other spellings become aliases.
        self._labels: dict[URIRef, str] = {}
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
        if content_hash:  # written by a build, which compares both on the next run
            g.add((node, KZ.contentHash, Literal(content_hash)))
            g.add((node, KZ.extractorDigest, Literal(extractor_digest())))

    def agent(self, agent: Agent) -> URIRef:
        g = self.graph
        if agent.kind is AgentKind.PERSON and agent.name:
            name = self.persons.canonical(agent.name)
            node = iris.person_iri(name)
            label = self._label(node, name)
            aliases = sorted({*agent.aliases, agent.name, name, *self.persons.aliases(name)} - {label})
            for alias in aliases:
                g.add((node, KZ.alias, Literal(alias)))
            add_name_keys(g, node, [name, *aliases])
        elif agent.name and agent.kind in (AgentKind.ORGANIZATION, AgentKind.PLACE):
            node = iris.named_agent_iri(_AGENT_KEY[agent.kind], agent.name)
            label = self._label(node, agent.name)
            for alias in sorted({agent.name, agent.label} - {label}):
                g.add((node, KZ.alias, Literal(alias)))
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
        self._label(node, office)  # "Außenminister" / "Aussenminister": one post, its first label
        return node

    def _label(self, node: URIRef, text: str) -> str:
        """Give ``node`` its label once per article graph: the first text wins."""
        label = self._labels.setdefault(node, text)
        self.graph.add((node, RDFS.label, Literal(label)))
        return label

    def fact_node(self, kind: str, fact: object, *key: object) -> URIRef:
        """The node of one fact: keyed by what identifies it; a different fact that happens to
        have the same key ("Präsident X" and "der frühere Präsident X" in one sentence, or two
        names of one person) gets a node of its own instead of merging into the first."""
        node = iris.fact_iri(self.article.id, kind, *key)
        variant = 1
        while self._facts.setdefault(node, fact) != fact:
            variant += 1
            node = iris.fact_iri(self.article.id, kind, *key, variant)
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

    def event(self, kind: str, cls: URIRef, fact: Fact, *key: object) -> URIRef:
        node = self.fact_node(kind, fact, fact.evidence.start, *key)
        self.graph.add((node, RDF.type, cls))
        self.graph.add((node, KZ.reportedIn, self.article_node))
        self.evidence(node, fact.evidence)
        return node

    # -- facts ---------------------------------------------------------------------------

    def add_facts(self, facts: ArticleFacts) -> Graph:
        """Every fact, each written by its fact type's writer (kzgraph.extract.kinds)."""
        for fact_type in fact_types():
            for fact in facts.by_type[fact_type.name]:
                fact_type.write(self, fact)
        return self.graph

    def agent_and_post(self, node: URIRef, agent: Agent | None, office: str | None) -> None:
        if agent is not None:
            self.graph.add((node, KZ.agent, self.agent(agent)))
        if office:
            self.graph.add((node, KZ.post, self.post(office)))


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
