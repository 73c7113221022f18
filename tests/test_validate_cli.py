"""``kzgraph validate``: files and stores, grouped report, report graph, exit codes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kzgraph.cli import main
from kzgraph.graph.iris import KZ
from kzgraph.store.embedded import replace_article_graph
from tests.test_shapes import one, sample_graph


def _broken() -> Graph:
    graph = sample_graph()
    graph.remove((one(graph, KZ.Dismissal), KZ.dismissed, None))
    return graph


@pytest.fixture
def trig(tmp_path: Path) -> Path:
    # As the build exports it: one named graph per article plus the shared graph.
    store = ox.Store()
    replace_article_graph(store, "a1", sample_graph())
    replace_article_graph(store, "a2", _broken())
    path = tmp_path / "graph.trig"
    store.dump(str(path), format=ox.RdfFormat.TRIG)
    return path


def run(*args: str):  # noqa: ANN201 - click Result
    return CliRunner().invoke(main, ["validate", *args])


def test_conforming_turtle_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "a1.ttl"
    sample_graph().serialize(path, format="turtle")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "1 graph(s) validated: 1 conform" in result.stdout


def test_trig_is_validated_per_named_graph_and_grouped_by_shape(trig: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.ttl"
    result = run(str(trig), "--report", str(report))
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "2 graph(s) validated: 1 conform, 1 do not; 1 violation(s)" in out
    assert "[Violation] shapes:Dismissal-dismissed (1)" in out
    assert "A dismissal has exactly one dismissed party" in out
    assert "[kzd:graph/a2]" in out and "[kzd:graph/a1]" not in out
    assert "sentence: Präsidentin Maria Beispiel entließ am Montag Innenminister Karl Muster." in out
    graph = Graph().parse(report, format="turtle")
    [node] = graph.subjects(RDF.type, SH.ValidationReport)
    assert len(list(graph.objects(node, SH.result))) == 1


def test_messages_in_german(trig: Path) -> None:
    result = run(str(trig), "--lang", "de")
    assert result.exit_code == 1
    assert "Eine Entlassung hat genau einen Entlassenen" in result.stdout


def test_store_named_graphs_without_the_union(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    replace_article_graph(store, "a1", sample_graph())
    replace_article_graph(store, "a2", _broken())
    # An earlier version's union copy in the default graph must not be validated.
    store.extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store])
    del store  # release the lock
    result = run("--store", str(tmp_path / "store"))
    assert result.exit_code == 1, result.output
    assert "2 graph(s) validated: 1 conform, 1 do not; 1 violation(s)" in result.stdout


@pytest.mark.parametrize(
    "case", ["missing-file", "unparseable", "no-store", "not-a-store", "both", "neither"]
)
def test_errors_exit_2(case: str, tmp_path: Path, trig: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> .", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    args = {
        "missing-file": [str(tmp_path / "nope.ttl")],
        "unparseable": [str(bad)],
        "no-store": ["--store", str(tmp_path / "nostore")],
        "not-a-store": ["--store", str(tmp_path / "empty")],
        "both": [str(trig), "--store", str(tmp_path / "empty")],
        "neither": [],
    }[case]
    with CliRunner().isolated_filesystem(temp_dir=tmp_path):  # "neither": no default store here
        result = run(*args)
    assert result.exit_code == 2, result.output
    assert "kzgraph: error:" in result.stderr


def test_an_unknown_suffix_is_read_as_turtle_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a1.graph"
    sample_graph().serialize(path, format="turtle")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "unknown suffix, reading it as Turtle" in result.stderr
    assert "1 graph(s) validated: 1 conform" in result.stdout


def test_a_missing_file_is_an_error_without_a_suffix_warning(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.graph"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "unknown suffix" not in result.stderr
