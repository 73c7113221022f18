"""Graph building: stable IRIs, one node per person, named graphs, compared as graphs."""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF, RDFS

from kzgraph.graph import iris
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.resolve.registry import PersonRegistry
from tests.factories import sample_article, sample_facts


def _graph(article_id: str = "a1") -> Graph:
    facts = sample_facts(article_id)
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(sample_article(article_id), facts, registry, "hash")


def test_same_input_same_graph() -> None:
    assert isomorphic(_graph(), _graph())
    # No blank nodes: the IRIs themselves are stable, not just the shape.
    assert set(_graph()) == set(_graph())


def test_turtle_round_trip_is_isomorphic() -> None:
    graph = _graph()
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert to_isomorphic(graph) == to_isomorphic(again)


def test_persons_are_shared_nodes_across_articles() -> None:
    one, two = _graph("a1"), _graph("a2")
    node = iris.person_iri("Maria Beispiel")
    assert (node, RDF.type, KZ.Person) in one and (node, RDF.type, KZ.Person) in two
    assert (node, RDFS.label, Literal("Maria Beispiel")) in one
    # Events belong to their article.
    assert not set(one.subjects(RDF.type, KZ.Dismissal)) & set(two.subjects(RDF.type, KZ.Dismissal))


def test_every_event_has_evidence_in_its_article() -> None:
    graph = _graph()
    for cls in (KZ.Dismissal, KZ.Appointment, KZ.Replacement, KZ.Arrest, KZ.Statement):
        events = list(graph.subjects(RDF.type, cls))
        assert events, cls
        for event in events:
            evidence = graph.value(event, KZ.evidence)
            assert graph.value(evidence, KZ.inArticle) == iris.article_iri("a1")
            assert (
                graph.value(evidence, KZ.beginIndex).toPython()
                < graph.value(evidence, KZ.endIndex).toPython()
            )


def test_replacement_states_replaces() -> None:
    graph = _graph()
    assert (iris.person_iri("Jana Probe"), KZ.replaces, iris.person_iri("Karl Muster")) in graph


def test_count_is_a_reported_figure() -> None:
    graph = _graph()
    figures = list(graph.subjects(RDF.type, KZ.ReportedFigure))
    assert len(figures) == 1
    assert graph.value(figures[0], KZ.value).toPython() == 120
    assert str(graph.value(figures[0], KZ.countQualifier)) == "mehr als"


def test_registry_merges_surname_into_full_name() -> None:
    registry = PersonRegistry()
    for name in ("Tokarew", "Iwan Tokarew", "Tokarews"):
        registry.add(name)
    assert registry.canonical("Tokarew") == "Iwan Tokarew"
    assert registry.canonical("Tokarews") == "Iwan Tokarew"


def test_registry_keeps_ambiguous_surname_apart() -> None:
    registry = PersonRegistry()
    for name in ("Thomas Müller", "Gerd Müller", "Müller"):
        registry.add(name)
    assert registry.canonical("Müller") == "Müller"
    assert registry.canonical("Gerd Müller") == "Gerd Müller"


def test_every_term_used_is_defined_in_the_ontology() -> None:
    from kzgraph.resources import ONTOLOGY_FILE

    ontology = Graph().parse(ONTOLOGY_FILE)
    defined = set(ontology.subjects(RDF.type, None))
    graph = _graph()
    used = {p for p in graph.predicates() if str(p).startswith(str(KZ))}
    used |= {o for o in graph.objects(None, RDF.type) if str(o).startswith(str(KZ))}
    assert used and used <= defined, used - defined


def test_two_names_the_corpus_knows_as_one_person_make_one_mention() -> None:
    # bug: "Beispiel" and "Maria Beispiel" as two mentions of one article resolve to one person;
    # both were written to one mention node, which then had two evidences' offsets and failed SHACL
    from kzgraph.extract.facts import ArticleFacts, PersonMention
    from kzgraph.validate import validate_graph
    from tests.factories import evidence, person

    art = sample_article()
    facts = ArticleFacts(
        article_id="a1",
        persons=[
            PersonMention(
                evidence(
                    "a1", "Präsidentin Maria Beispiel entließ am Montag Innenminister Karl Muster.", "r"
                ),
                person("Maria Beispiel"),
            ),
            PersonMention(
                evidence("a1", "„Wir haben die Lage unter Kontrolle“, sagte Beispiel.", "r"),
                person("Beispiel"),
            ),
        ],
    )
    registry = PersonRegistry()
    register_persons(registry, facts)
    graph = article_graph(art, facts, registry)
    assert len(set(graph.subjects(RDF.type, KZ.Mention))) == 1
    assert validate_graph(graph).conforms
