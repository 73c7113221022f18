"""SHACL shapes: meta-SHACL, coverage of the ontology, bilingual messages, and for each
shape a hand-made graph (the sample article graph, altered) that breaks it."""

from __future__ import annotations

from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kzgraph.graph import iris
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ, SHAPES
from kzgraph.reading.article import Article
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.resources import ONTOLOGY_FILE, SHAPES_DIR
from kzgraph.validate import conforms_text, load_shapes, validate_graph
from tests.factories import TEXT, sample_article, sample_facts

ARTICLE = iris.article_iri("a1")
MUSTER, PROBE, BEISPIEL = (iris.person_iri(n) for n in ("Karl Muster", "Jana Probe", "Maria Beispiel"))
POST = iris.post_iri("Innenminister")
NNI = XSD.nonNegativeInteger


def sample_graph(article: Article | None = None) -> Graph:
    facts = sample_facts()
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(article or sample_article(), facts, registry, "hash")


def one(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def evidence_of(graph: Graph, cls: URIRef) -> URIRef:
    return graph.value(one(graph, cls), KZ.evidence)


# -- the shapes graph itself ------------------------------------------------------------


def test_shapes_pass_meta_shacl() -> None:
    # meta_shacl=True raises ReportableRuntimeError when the shapes graph is not valid SHACL.
    conforms, _, text = validate(
        sample_graph(), shacl_graph=load_shapes(), meta_shacl=True, allow_warnings=True
    )
    assert conforms, text


def test_one_file_per_concern_each_with_a_header_comment() -> None:
    names = {p.name for p in SHAPES_DIR.glob("*.ttl")}
    assert {"agents.ttl", "articles.ttl", "events.ttl", "evidence.ttl", "figures.ttl"} <= names
    for path in SHAPES_DIR.glob("*.ttl"):
        assert path.read_text(encoding="utf-8").startswith("# kzgraph shapes: "), path


def named_shapes() -> list[URIRef]:
    shapes = load_shapes()
    found = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    return sorted(s for s in found if isinstance(s, URIRef))


def test_every_named_shape_has_a_german_and_an_english_message() -> None:
    shapes = load_shapes()
    for shape in named_shapes():
        assert str(shape).startswith(str(SHAPES)), shape
        messages = list(shapes.objects(shape, SH.message))
        assert sorted(m.language for m in messages) == ["de", "en"], shape
    for constraint in shapes.subjects(RDF.type, SH.SPARQLConstraint):
        assert sorted(m.language for m in shapes.objects(constraint, SH.message)) == ["de", "en"]


def test_every_ontology_class_is_a_target() -> None:
    ontology = Graph().parse(ONTOLOGY_FILE)
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KZ))}
    targets = set(load_shapes().objects(None, SH.targetClass))
    assert classes and classes <= targets, classes - targets


# -- graphs that conform ----------------------------------------------------------------


def test_sample_graph_conforms() -> None:
    assert conforms_text(sample_graph()) == (True, "")
    outcome = validate_graph(sample_graph())
    assert outcome.conforms and outcome.results == []


def test_month_only_article_conforms() -> None:
    assert validate_graph(sample_graph(sample_article(day=None))).conforms


def test_graph_read_back_from_the_store_conforms() -> None:
    # Oxigraph turns xsd:nonNegativeInteger into xsd:integer; the shapes accept both.
    import pyoxigraph as ox

    from kzgraph.store.embedded import replace_article_graph
    from kzgraph.validate.graphs import store_graphs

    store = ox.Store()
    replace_article_graph(store, "a1", sample_graph())
    [(name, graph)] = list(store_graphs(store))
    assert name == "kzd:graph/a1"
    assert graph.value(ARTICLE, KZ.characterCount).datatype == XSD.integer
    assert validate_graph(graph).conforms


def test_undated_article_gives_a_warning_not_a_violation() -> None:
    article = Article(id="a1", text=TEXT, date=None, title="Beispiel")
    outcome = validate_graph(sample_graph(article))
    assert outcome.conforms
    assert {(r.shape, r.severity) for r in outcome.results} == {(SHAPES.FigureUndatedShape, "Warning")}
    assert conforms_text(sample_graph(article))[0]


def test_conforms_text_summarises_in_english() -> None:
    graph = sample_graph()
    graph.remove((one(graph, KZ.Dismissal), KZ.dismissed, None))
    conforms, text = conforms_text(graph)
    assert not conforms
    assert text.startswith("1 violation(s), 0 warning(s): shapes:Dismissal-dismissed on kzd:article/a1/")
    assert "exactly one dismissed party" in text


def test_result_carries_label_and_evidence_sentence() -> None:
    graph = sample_graph()
    graph.remove((MUSTER, RDFS.label, None))
    graph.add((MUSTER, RDFS.label, Literal("")))
    [result] = validate_graph(graph, lang="de").results
    assert result.focus_node == MUSTER
    assert result.message.startswith("Ein Akteur hat genau eine")
    assert result.evidence == "Präsidentin Maria Beispiel entließ am Montag Innenminister Karl Muster."
