"""The ontology: every term labelled and defined in German and English; header metadata;
and (slow, needs Java) HermiT finds ontology + sample graph consistent and draws the
inferences the ontology promises."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kzgraph.graph import iris
from kzgraph.graph.iris import KZ, ONTOLOGY, SEM
from kzgraph.resources import ONTOLOGY_FILE
from tests.test_shapes import one, sample_graph

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def own_terms(graph: Graph) -> list[URIRef]:
    terms = {t for kind in KINDS for t in graph.subjects(RDF.type, kind)}
    return sorted(t for t in terms if isinstance(t, URIRef) and str(t).startswith(str(KZ)))


def test_every_term_has_labels_and_definitions_in_german_and_english(ontology: Graph) -> None:
    terms = own_terms(ontology)
    assert len(terms) > 40
    for term in terms:
        for prop in (RDFS.label, SKOS.definition):
            values = [v for v in ontology.objects(term, prop) if isinstance(v, Literal)]
            assert sorted(v.language for v in values) == ["de", "en"], (term, prop)
            assert all(str(v).strip() for v in values), (term, prop)


def test_header_has_title_licence_and_version(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    titles = {t.language for t in ontology.objects(ONTOLOGY, DCTERMS.title)}
    assert {"de", "en"} <= titles
    assert ontology.value(ONTOLOGY, DCTERMS.license) is not None
    assert ontology.value(ONTOLOGY, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY, OWL.versionIRI) is not None


def test_replaces_has_its_inverse(ontology: Graph) -> None:
    assert (KZ.replaces, OWL.inverseOf, KZ.replacedBy) in ontology


# -- HermiT ---------------------------------------------------------------------------------

needs_java = pytest.mark.skipif(
    shutil.which("java") is None, reason="java not on PATH: owlready2 runs HermiT in Java"
)


def _reason(graph: Graph, tmp_path: Path):  # noqa: ANN202 - an owlready2 World
    import owlready2

    # owlready2 reads N-Triples most reliably (its Turtle support is partial).
    path = tmp_path / "kzgraph-sample.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()  # a private quadstore: no state leaks into other tests
    world.get_ontology(path.as_uri()).load()
    # Raises OwlReadyInconsistentOntologyError if ontology + data are inconsistent.
    # HermiT handles only the OWL 2 datatype map, which lacks xsd:date and xsd:gYearMonth
    # (ranges of kz:date, kz:yearMonth): it skips those; the SHACL shapes check them.
    owlready2.sync_reasoner_hermit(
        world, infer_property_values=True, debug=0, ignore_unsupported_datatypes=True
    )
    return world


# ~1.5 s of HermiT plus JVM start: fast enough to run by default, so not marked slow.
@needs_java
def test_hermit_consistent_and_infers_events_and_replaced_by(ontology: Graph, tmp_path: Path) -> None:
    data = sample_graph()
    started = time.perf_counter()
    world = _reason(ontology + data, tmp_path)
    print(f"HermiT: {time.perf_counter() - started:.1f} s")  # visible with pytest -s

    dismissal = world[str(one(data, KZ.Dismissal))]
    ancestors = {c.iri for c in dismissal.INDIRECT_is_a if hasattr(c, "iri")}
    assert {str(KZ.Event), str(SEM.Event), str(KZ.Dismissal)} <= ancestors, ancestors

    muster = world[str(iris.person_iri("Karl Muster"))]
    replaced_by = world[str(KZ.replacedBy)]
    assert [p.iri for p in replaced_by[muster]] == [str(iris.person_iri("Jana Probe"))]


@needs_java
def test_hermit_finds_a_person_that_is_an_organization_inconsistent(ontology: Graph, tmp_path: Path) -> None:
    import owlready2

    data = sample_graph()
    data.add((iris.person_iri("Karl Muster"), RDF.type, KZ.Organization))  # disjoint classes
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(ontology + data, tmp_path)
