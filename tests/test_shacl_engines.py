"""rudof against pySHACL on the same shapes: the verdicts agree on every broken-graph case of
tests/test_shapes_cases.py and on conforming graphs, so the build may let rudof decide the
conforming graphs (kzgraph.validate.engine)."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF, SH

from kzgraph.bench.synthetic import synthetic_graph
from kzgraph.graph.iris import SHAPES
from kzgraph.validate import engine, rudof_engine
from kzgraph.validate.run import conforms_text as pyshacl_conforms_text
from kzgraph.validate.run import run_shacl
from tests.test_shapes import sample_graph
from tests.test_shapes_cases import CASES, Mutation

pytestmark = pytest.mark.skipif(not rudof_engine.available(), reason="pyrudof is not installed")


def pyshacl_conforms(graph) -> bool:  # noqa: ANN001
    report = run_shacl(graph)
    return not any((r, SH.resultSeverity, SH.Violation) in report
                   for r in report.subjects(RDF.type, SH.ValidationResult))


@pytest.mark.parametrize(("mutation", "shape"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_both_engines_catch_each_broken_graph(mutation: Mutation, shape: str) -> None:
    graph = sample_graph()
    mutation(graph)
    found = rudof_engine.results(graph)
    assert str(SHAPES[shape]) in {r.shape for r in found}, sorted({r.shape for r in found})
    assert rudof_engine.conforms(graph) == pyshacl_conforms(graph)


def test_both_engines_pass_conforming_graphs() -> None:
    graphs = [sample_graph(), *(synthetic_graph(7, i) for i in range(5))]
    for graph in graphs:
        assert rudof_engine.results(graph) == []
        assert pyshacl_conforms(graph)


def test_min_inclusive_is_kept_for_plain_integers() -> None:
    # The rewrite for rudof keeps the bound where it matters: a negative xsd:integer count.
    shapes = rudof_engine.rudof_shapes()
    assert (SHAPES["Article-characterCount"], SH.minInclusive, None) not in shapes
    assert len(list(shapes.triples((None, SH.minInclusive, None)))) >= 5


def test_build_verdict_and_report_come_from_pyshacl_when_rudof_finds_a_violation() -> None:
    graph = sample_graph()
    CASES[0][1](graph)  # agent without a label
    assert engine.conforms_text(graph, "rudof") == pyshacl_conforms_text(graph)
    assert engine.conforms_text(graph, "rudof")[0] is False
    assert engine.conforms_text(sample_graph(), "rudof") == (True, "")


def test_engine_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.ENV, "pyshacl")
    assert engine.chosen_engine() == "pyshacl"
    monkeypatch.setenv(engine.ENV, "fast")
    with pytest.raises(engine.EngineError, match="known engines"):
        engine.chosen_engine()
    monkeypatch.delenv(engine.ENV)
    assert engine.chosen_engine() == "rudof"
