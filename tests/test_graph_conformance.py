"""Every article graph conforms to the shapes, also when one article names a fact twice.

Constructions (own sentences, look-alikes of real news):
- one person named twice with one office, once as holder and once as former holder, so two
  office holdings share holder and post (issue 27, defect 2);
- one person written two ways that one IRI key folds together: hyphen or space in a name,
  accents or none (issue 27, defect 12);
- two different facts that happen to share their identifying key.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kzgraph.extract import extract_article
from kzgraph.extract.facts import Agent, AgentKind, ArticleFacts, Evidence, OfficeHolding, PersonMention
from kzgraph.graph import iris
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.reading.article import Article, ArticleDate
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import SHARED_GRAPH, replace_article_graph
from kzgraph.validate import conforms_text
from kzgraph.validate.verdicts import stored_article_graph
from tests.extract_helpers import nlp


def built(text: str, article_id: str = "t") -> Graph:
    """The article graph the build writes for ``text`` (real pipeline, real extraction)."""
    article = Article(id=article_id, text=text, date=ArticleDate.parse("2022-01-08"))
    facts = extract_article(nlp()(text), article)
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(article, facts, registry, "hash")


def assert_conforms(graph: Graph) -> None:
    conforms, text = conforms_text(graph)
    assert conforms, text


# -- one office, named twice ---------------------------------------------------------------

TWICE_WITH_OFFICE = [
    "Ministerpräsident Holger Brandtner besuchte am Montag die Hafenstadt. Gegen den früheren "
    "Ministerpräsidenten Holger Brandtner wird seit Jahren ermittelt, sagte ein Sprecher.",
    "Die ehemalige Bürgermeisterin Vera Lindqvist wurde am Dienstag festgenommen. "
    "Bürgermeisterin Vera Lindqvist hatte die Vorwürfe stets bestritten.",
]


@pytest.mark.parametrize("text", TWICE_WITH_OFFICE)
def test_an_office_named_twice_gives_two_complete_holdings(text: str) -> None:
    graph = built(text)
    assert_conforms(graph)
    holdings = set(graph.subjects(RDF.type, KZ.OfficeHolding))
    assert len(holdings) >= 2
    for holding in holdings:  # each with exactly one evidence and one tense
        assert len(set(graph.objects(holding, KZ.evidence))) == 1
        assert len(set(graph.objects(holding, KZ.former))) == 1


def _evidence(text: str, sentence: str, rule: str = "office.title.name") -> Evidence:
    start = text.index(sentence)
    return Evidence("h", sentence, start, start + len(sentence), rule, 0.9)


def test_two_holdings_with_one_key_keep_their_own_evidence() -> None:
    # Same holder, post, tense and sentence but another rule: still two facts, two nodes.
    text = "Präsident Otto Falk traf Präsident Otto Falk."
    holder = Agent(AgentKind.PERSON, "Otto Falk", "Otto Falk")
    first = OfficeHolding(_evidence(text, text), holder, "Präsident")
    second = OfficeHolding(_evidence(text, text, "office.copula"), holder, "Präsident")
    facts = ArticleFacts("h", persons=[PersonMention(_evidence(text, text), holder)], offices=[first, second])
    registry = PersonRegistry()
    register_persons(registry, facts)
    graph = article_graph(Article(id="h", text=text), facts, registry)
    assert_conforms(graph)
    assert len(set(graph.subjects(RDF.type, KZ.OfficeHolding))) == 2


def test_the_same_fact_twice_is_one_node() -> None:
    text = "Präsident Otto Falk sprach."
    holder = Agent(AgentKind.PERSON, "Otto Falk", "Otto Falk")
    holding = OfficeHolding(_evidence(text, text), holder, "Präsident")
    facts = ArticleFacts("h", offices=[holding, holding])
    graph = article_graph(Article(id="h", text=text), facts, PersonRegistry())
    assert len(set(graph.subjects(RDF.type, KZ.OfficeHolding))) == 1


# -- one person, two spellings --------------------------------------------------------------

TWO_SPELLINGS = [
    # a hyphen or a space in a given name: one IRI key, two strings
    ("Der Machthaber Ri Sung-chol ließ am Montag drei Offiziere festnehmen. Ri Sung Chol sagte, "
     "sie hätten einen Putsch geplant.", "person/ri-sung-chol"),
    # a surname with and without its diacritics
    ("Der Prediger Gündoğan lebt seit Jahren im Exil. Gundogan sagte am Montag, er sei unschuldig.",
     "person/gundogan"),
]


@pytest.mark.parametrize(("text", "key"), TWO_SPELLINGS)
def test_a_person_written_two_ways_has_one_label(text: str, key: str) -> None:
    graph = built(text)
    assert_conforms(graph)
    node = iris.DATA[key]
    labels = set(graph.objects(node, RDFS.label))
    aliases = {str(a) for a in graph.objects(node, KZ.alias)}
    assert len(labels) == 1
    assert len(aliases | {str(next(iter(labels)))}) >= 2  # the other spelling is kept as an alias


def test_two_organization_and_post_spellings_have_one_label_each() -> None:
    text = "Der Aussenminister sprach für das Aussenamt."
    ev = _evidence(text, text)
    facts = ArticleFacts("h", offices=[
        OfficeHolding(ev, Agent(AgentKind.ORGANIZATION, "Außenamt", "Außenamt"), "Außenminister"),
        OfficeHolding(ev, Agent(AgentKind.ORGANIZATION, "Aussenamt", "Aussenamt"), "Aussenminister"),
    ])
    graph = article_graph(Article(id="h", text=text), facts, PersonRegistry())
    for node in (iris.named_agent_iri("org", "Außenamt"), iris.post_iri("Außenminister")):
        assert isinstance(node, URIRef)
        assert len(set(graph.objects(node, RDFS.label))) == 1


# -- one node, two spellings in two articles: one label in the store ------------------------

def _spelled(article_id: str, spelling: str) -> Graph:
    text = f"{spelling} sprach."
    person = Agent(AgentKind.PERSON, spelling, spelling)
    mention = PersonMention(Evidence(article_id, text, 0, len(text), "p", 0.9), person)
    facts = ArticleFacts(article_id, persons=[mention])
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(Article(id=article_id, text=text), facts, registry, "hash")


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_the_store_keeps_one_label_whatever_the_order(order: tuple[str, str]) -> None:
    spellings = {"a": "Ri Sung-chol", "b": "Ri Sung Chol"}
    store = ox.Store()
    for article_id in order:
        replace_article_graph(store, article_id, _spelled(article_id, spellings[article_id]))
    node = ox.NamedNode(str(iris.DATA["person/ri-sung-chol"]))
    labels = {q.object.value for q in store.quads_for_pattern(node, ox.NamedNode(str(RDFS.label)), None,
                                                              SHARED_GRAPH)}
    aliases = {q.object.value for q in store.quads_for_pattern(node, ox.NamedNode(str(KZ.alias)), None,
                                                               SHARED_GRAPH)}
    assert labels == {"Ri Sung Chol"} and "Ri Sung-chol" in aliases  # the smaller spelling, any order
    for article_id in order:  # each stored article graph, with its shared descriptions, conforms
        assert_conforms(stored_article_graph(store, article_id))
