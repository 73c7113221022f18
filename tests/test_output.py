"""What a user reads: the fitted table, --columns, `info` once, `validate` on the default store,
no library warnings."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.query.output import column_widths, to_table
from kzgraph.query.run import QueryResult
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import replace_article_graph
from tests.test_cli import graph_file
from tests.test_shapes import sample_graph

__all__ = ["graph_file"]  # fixture, imported for pytest

SENTENCE = ("Die Landrätin Petra Linde hat am Donnerstag überraschend den Kreiskämmerer Otto Ahorn "
            "entlassen, weil der Haushalt des Landkreises zum dritten Mal in Folge nicht genehmigt wurde.")


def _result() -> QueryResult:
    rows = [{"person": "Otto Ahorn", "date": "2023-05-04", "sentence": SENTENCE},
            {"person": "Ute Esche-Rüster", "date": "2023-05-06", "sentence": "Sie trat zurück."}]
    return QueryResult(columns=["person", "date", "sentence"], rows=rows)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_table_fits_the_width_and_wraps_the_sentence_whole(width: int) -> None:
    text = to_table(_result(), max_width=width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines), text
    # Wrapped, not cut: every word of the sentence is there, in order.
    body = " ".join(line.split(" | ")[-1].strip() for line in lines[2:-1] if "-+-" not in line)
    assert " ".join(SENTENCE.split()) in body
    assert "…" not in text
    # Names and dates are never broken when there is room for their longest word.
    assert "Otto Ahorn" in text and "2023-05-04" in text and "Esche-Rüster" in text
    assert lines[-1] == "(2 rows)"


def test_a_wide_terminal_keeps_one_line_per_row() -> None:
    lines = to_table(_result(), max_width=300).splitlines()
    assert len(lines) == 5  # header, rule, two rows, count


def test_column_widths() -> None:
    # Fits: natural widths. Does not fit: short columns keep their width, the long one shrinks.
    assert column_widths([5, 10], [5, 10], 100) == [5, 10]
    widths = column_widths([10, 10, 200], [10, 10, 15], 80)
    assert widths[:2] == [10, 10] and sum(widths) <= 80
    # Not even the longest words fit: the long text's words break first, an id stays whole.
    assert column_widths([200, 20], [30, 20], 40) == [20, 20]
    # Then every column gives way, none below 12 characters.
    assert column_widths([200, 20], [30, 20], 20) == [12, 12]


def test_columns_picks_and_orders(graph_file: Path) -> None:
    args = ["query", "dismissals", "--graph", str(graph_file), "--format", "csv",
            "--columns", "date, dismissed"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "date,dismissed"
    assert "Karl Muster" in result.output


def test_unknown_column_is_a_clear_error(graph_file: Path) -> None:
    args = ["query", "dismissals", "--graph", str(graph_file), "--columns", "dismissed,persn"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "unknown column(s) persn" in result.stderr
    assert "agent, dismissed, office, date, article, sentence" in result.stderr
    assert "Traceback" not in result.output


def test_info_prints_its_report_once() -> None:
    plain = CliRunner().invoke(main, ["info"])
    assert plain.exit_code == 0, plain.output
    assert plain.output.count("pipeline:") == 1 and "{" not in plain.output
    as_json = CliRunner().invoke(main, ["info", "--json"])
    assert as_json.exit_code == 0, as_json.output
    info = json.loads(as_json.output)  # nothing but the JSON object
    assert info["components"] and info["name"]


def _store_at(directory: Path) -> None:
    directory.mkdir(parents=True)
    store = ox.Store(str(directory))
    replace_article_graph(store, "a1", sample_graph())
    store.flush()
    del store


def test_validate_without_arguments_checks_the_default_store(tmp_path: Path) -> None:
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path):
        missing = runner.invoke(main, ["validate"])
        assert missing.exit_code == 2
        assert f"no store at {DEFAULT_STORE}" in missing.stderr
        _store_at(Path(os.getcwd()) / DEFAULT_STORE)
        result = runner.invoke(main, ["validate"])
        assert result.exit_code == 0, result.output
        assert "1 graph(s) validated: 1 conform" in result.stdout


def test_validating_trig_logs_no_rdflib_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Regression: the default graph's key was URIRef("default graph"), and rdflib warned
    # "default graph does not look like a valid URI" on every TriG file.
    store = ox.Store()
    replace_article_graph(store, "a1", sample_graph())
    trig = tmp_path / "g.trig"
    store.dump(str(trig), format=ox.RdfFormat.TRIG)
    with caplog.at_level(logging.WARNING):
        result = CliRunner().invoke(main, ["validate", str(trig)])
    assert result.exit_code == 0, result.output
    assert [r.getMessage() for r in caplog.records if r.name.startswith("rdflib")] == []
    assert "valid URI" not in result.output


def test_one_row_is_counted_in_the_singular() -> None:
    from kzgraph.query.output import to_table
    from kzgraph.query.run import QueryResult

    assert to_table(QueryResult(columns=["a"], rows=[{"a": "x"}])).splitlines()[-1] == "(1 row)"
    page = QueryResult(columns=["a"], rows=[{"a": "x"}], offset=1, more=True)
    assert to_table(page).splitlines()[-1] == "(1 row from row 2; next page: --offset 2)"
