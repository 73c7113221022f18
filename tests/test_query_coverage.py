"""The saved queries that list every kind of fact (article, person, fact-evidence) name no fact
class or role by hand: every registered type's class and roles show up in their rows. Generated
from the registry: each type's own writer writes the sample facts of that type, and what it
wrote (the fact's class, the labelled nodes it links to) must come back from the queries, so a
new type that needs a query edit fails here."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from kzgraph.extract.core.registry import FactType, fact_types
from kzgraph.graph.build import ArticleGraphBuilder, article_graph
from kzgraph.graph.iris import KZ
from kzgraph.query import find_query, run_query
from kzgraph.resolve.registry import PersonRegistry
from tests.factories import sample_article, sample_facts

ARTICLE = "a1"
# links from a fact that are no participant: its post (a labelled node of its own)
NOT_A_PARTICIPANT = {KZ.post}
# roles the person query leaves out: a mere mention, and who reported a figure
NOT_A_PERSON_ROLE = {KZ.mentions, KZ.reportedBy}


def _local(iri: URIRef) -> str:
    return str(iri).rpartition("#")[2]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    graph = article_graph(sample_article(ARTICLE), sample_facts(ARTICLE), PersonRegistry())
    store = ox.Store()
    triples = graph.serialize(format="nt").encode()
    store.load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:g"))
    return store


def _written_by(fact_type: FactType) -> Graph:
    """The triples ``fact_type``'s writer makes of the sample facts of that type."""
    facts = sample_facts(ARTICLE).by_type[fact_type.name]
    assert facts, f"tests/factories.py has no sample fact of type {fact_type.name!r}"
    builder = ArticleGraphBuilder(sample_article(ARTICLE), PersonRegistry())
    for fact in facts:
        fact_type.write(builder, fact)
    return builder.graph


def _facts_and_roles(graph: Graph) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The classes of the fact nodes (nodes with evidence), and (class, role, label) of each
    labelled node a fact links to."""
    classes: set[str] = set()
    roles: set[tuple[str, str, str]] = set()
    for node in set(graph.subjects(KZ.evidence, None)):
        (cls,) = graph.objects(node, RDF.type)
        classes.add(_local(cls))
        for prop, other in graph.predicate_objects(node):
            label = graph.value(other, RDFS.label)
            if isinstance(other, URIRef) and label is not None and prop not in NOT_A_PARTICIPANT:
                roles.add((_local(cls), _local(prop), str(label)))
    return classes, roles


@pytest.mark.parametrize("fact_type", fact_types(), ids=lambda t: t.name)
def test_every_type_appears_in_the_article_query(store: ox.Store, fact_type: FactType) -> None:
    classes, roles = _facts_and_roles(_written_by(fact_type))
    rows = run_query(store, find_query("article"), {"id": ARTICLE}).rows
    assert {c.lower() for c in classes} <= {r["fact"] for r in rows}
    found = {(r["fact"], r["role"], r["agent"]) for r in rows}
    assert {(c.lower(), role, label) for c, role, label in roles} <= found


@pytest.mark.parametrize("fact_type", fact_types(), ids=lambda t: t.name)
def test_every_type_appears_in_the_fact_evidence_query(store: ox.Store, fact_type: FactType) -> None:
    classes, roles = _facts_and_roles(_written_by(fact_type))
    rows = run_query(store, find_query("fact-evidence")).rows
    assert (classes - {"Mention"}) <= {r["class"] for r in rows}  # mere mentions are no facts there
    expected = {(c, label) for c, _, label in roles if c != "Mention"}
    assert expected <= {(r["class"], r["participant"]) for r in rows}


@pytest.mark.parametrize("fact_type", fact_types(), ids=lambda t: t.name)
def test_every_person_role_appears_in_the_person_query(store: ox.Store, fact_type: FactType) -> None:
    graph = _written_by(fact_type)
    _, roles = _facts_and_roles(graph)
    persons = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, KZ.Person)}
    for cls, role, label in roles:
        if label not in persons or KZ[role] in NOT_A_PERSON_ROLE:
            continue
        rows = run_query(store, find_query("person"), {"name": label}).rows
        assert (role, label) in {(r["role"], r["person"]) for r in rows}, (cls, role, label)
