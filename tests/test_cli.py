"""The command line, driven as a user would: saved queries over a graph file, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.query import list_queries
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import export, open_store, replace_article_graph
from tests.factories import sample_article, sample_facts

SCORER_COLUMNS = {
    "persons": ["person", "name"],
    "offices": ["name", "office", "article"],
    "dismissals": ["agent", "dismissed", "office", "date", "article", "sentence"],
    "resignations": ["resigned", "office", "date", "article", "sentence"],
    "appointments": ["agent", "appointee", "office", "date", "article", "sentence"],
    # status: "done" or "announced" (the scorers read columns by name)
    "who-replaced-whom": ["successor", "predecessor", "office", "status", "date", "article", "sentence"],
    "arrests": ["arrested", "count", "charge", "date", "article", "sentence"],
    "statements": ["speaker", "quote", "date", "article", "sentence"],
}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = open_store(None)
    registry = PersonRegistry()
    facts = {aid: sample_facts(aid) for aid in ("a1", "a2")}
    for f in facts.values():
        register_persons(registry, f)
    for aid, f in facts.items():
        replace_article_graph(store, aid, article_graph(sample_article(aid), f, registry))
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    export(store, path, "turtle")
    return path


def _csv(result) -> list[dict[str, str]]:  # noqa: ANN001
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.mark.parametrize("name", sorted(SCORER_COLUMNS))
def test_saved_queries_have_the_scorer_columns(graph_file: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["query", name, "--graph", str(graph_file), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split(",") == SCORER_COLUMNS[name]


def test_dismissal_row(graph_file: Path) -> None:
    args = ["query", "dismissals", "--graph", str(graph_file), "--format", "csv"]
    rows = _csv(CliRunner().invoke(main, args))
    assert {(r["agent"], r["dismissed"], r["office"], r["date"], r["article"]) for r in rows} == {
        ("Maria Beispiel", "Karl Muster", "Innenminister", "2022-01-03", "a1"),
        ("Maria Beispiel", "Karl Muster", "Innenminister", "2022-01-03", "a2"),
    }


def test_resignation_row(graph_file: Path) -> None:
    args = ["query", "resignations", "--graph", str(graph_file), "--format", "csv"]
    rows = _csv(CliRunner().invoke(main, args))
    assert {(r["resigned"], r["office"], r["date"], r["article"]) for r in rows} == {
        ("Paul Rang", "Staatssekretär", "2022-01-03", "a1"),
        ("Paul Rang", "Staatssekretär", "2022-01-03", "a2"),
    }
    person = ["query", "person", "--graph", str(graph_file), "--format", "csv", "--param", "name=rang"]
    assert {(r["role"], r["fact"], r["detail"]) for r in _csv(CliRunner().invoke(main, person))} == {
        ("resigned", "resignation", "Staatssekretär")
    }


def test_persons_are_one_row_each(graph_file: Path) -> None:
    args = ["query", "persons", "--graph", str(graph_file), "--format", "csv"]
    rows = _csv(CliRunner().invoke(main, args))
    assert sorted(r["name"] for r in rows) == ["Jana Probe", "Karl Muster", "Maria Beispiel"]


def test_person_query_takes_the_name_as_a_binding(graph_file: Path) -> None:
    runner = CliRunner()
    rows = _csv(runner.invoke(main, ["query", "person", "--graph", str(graph_file), "--format", "csv",
                                     "--param", "name=muster"]))
    assert {r["fact"] for r in rows} >= {"office", "dismissal", "replacement"}
    assert {r["person"] for r in rows} == {"Karl Muster"}
    # An injection attempt is just a name that matches nobody.
    evil = runner.invoke(main, ["query", "person", "--graph", str(graph_file), "--format", "csv",
                                "--param", 'name=x") || true || ("'])
    assert _csv(evil) == []


def test_arrest_figures_oldest_first(graph_file: Path) -> None:
    args = ["query", "arrest-figures", "--graph", str(graph_file), "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [r["count"] for r in data["rows"]] == ["120", "120"]
    assert data["rows"][0]["qualifier"] == "mehr als"
    assert data["rows"][0]["reported_by"] == "das Innenministerium"


def test_table_format(graph_file: Path) -> None:
    result = CliRunner().invoke(main, ["query", "statements", "--graph", str(graph_file)])
    assert result.exit_code == 0
    assert "Wir haben" in result.output and "(2 rows)" in result.output


def test_queries_lists_every_saved_query() -> None:
    result = CliRunner().invoke(main, ["queries"])
    assert result.exit_code == 0
    for query in list_queries():
        assert query.name in result.output and query.description
    assert {q.name for q in list_queries()} >= set(SCORER_COLUMNS) | {"arrest-figures", "person"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "no-such-query"], "no saved query"),
        (["query", "person"], "needs --param name="),
        (["query", "persons", "--param", "name=x"], "takes no parameter"),
        (["query", "persons", "--param", "novalue"], "is not name=value"),
    ],
)
def test_query_errors_exit_2(graph_file: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, [*args, "--graph", str(graph_file)])
    assert result.exit_code == 2
    assert message in result.output


def test_query_on_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle .", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "persons", "--graph", str(broken)])
    assert result.exit_code == 2
    assert "broken.ttl" in result.output and "Traceback" not in result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "kzgraph" in result.output


def test_saved_queries_return_no_duplicate_rows(graph_file: Path) -> None:
    # Regression: person nodes are repeated in every article graph; a union of quads used to
    # repeat each row once per graph that holds the person's label.
    from kzgraph.query import find_query, run_query
    from kzgraph.store.embedded import load_file

    trig = graph_file.with_suffix(".trig")
    store = load_file(graph_file)
    export(store, trig, "trig")
    for name in SCORER_COLUMNS:
        rows = run_query(load_file(trig), find_query(name)).rows
        assert len(rows) == len({tuple(r.items()) for r in rows}), name


def test_build_reports_each_bad_file_once_and_keeps_the_good(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gut.txt").write_text(" date 2022-01-08 Die Regierung tagte am Montag.", encoding="utf-8")
    (corpus / "leer.txt").write_text("", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(corpus), "--output", str(out), "-q", "--store",
                                       str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    # Regression: every problem used to be printed twice (summary, then a "skipped:" line).
    assert result.output.count("leer.txt") == 1
    assert "1 article read, 1 skipped" in result.output
    assert out.exists()


def test_query_pages_with_limit_and_offset(graph_file: Path) -> None:
    runner = CliRunner()
    base = ["query", "statements", "--graph", str(graph_file), "--format", "csv"]
    every = _csv(runner.invoke(main, base))
    assert len(every) >= 2
    first = _csv(runner.invoke(main, [*base, "--limit", "1"]))
    rest = _csv(runner.invoke(main, [*base, "--limit", str(len(every)), "--offset", "1"]))
    # Pages follow the query's order and together give every row exactly once.
    assert first + rest == every
    table = runner.invoke(main, ["query", "statements", "--graph", str(graph_file), "--limit", "1"])
    assert table.exit_code == 0 and "next page: --offset 1" in table.output
    assert runner.invoke(main, [*base, "--limit", "-1"]).exit_code == 2
