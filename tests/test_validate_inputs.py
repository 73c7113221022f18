"""``kzgraph validate`` on bad input (issue 27, defect 11): empty, truncated and ill-typed files
are errors (exit 2) with a message naming the file, no traceback and no Python repr."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from tests.test_shapes import sample_graph

PREFIXES = ("@prefix kz: <https://w3id.org/kzgraph/ontology#> .\n"
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")


def run(*args: str):  # noqa: ANN201 - click Result
    return CliRunner().invoke(main, ["validate", *args])


def assert_clean_error(result, path: Path) -> None:  # noqa: ANN001
    assert result.exit_code == 2, result.output
    assert str(path) in result.output
    assert "Traceback" not in result.output
    assert "b'" not in result.output and 'b"' not in result.output


@pytest.mark.parametrize("content", ["", "\n\n", PREFIXES, "# only a comment\n"])
def test_a_file_without_triples_is_rejected(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.ttl"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))
    assert_clean_error(result, path)
    assert "no triples" in result.output
    assert "conform" not in result.output


def test_an_empty_trig_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.trig"
    path.write_text("", encoding="utf-8")
    assert_clean_error(run(str(path)), path)


@pytest.mark.parametrize(("value", "datatype"), [("abc", "integer"), ("soon", "date"), ("ja", "boolean"),
                                                   ("1,5", "decimal")])
def test_an_ill_typed_literal_is_an_error_with_its_line(tmp_path: Path, value: str, datatype: str,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ill.ttl"
    path.write_text(PREFIXES + f'<http://example.org/a> a kz:Article ;\n    kz:articleId "a" ;\n'
                    f'    kz:characterCount "{value}"^^xsd:{datatype} .\n', encoding="utf-8")
    result = run(str(path))
    assert_clean_error(result, path)
    assert f'"{value}"' in result.output and "ill-typed" in result.output
    assert "line 5" in result.output
    assert "Traceback" not in caplog.text  # rdflib's logged cast failure is silenced


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_a_truncated_file_names_its_line_without_python_reprs(tmp_path: Path, cut: float) -> None:
    text = sample_graph().serialize(format="turtle")
    path = tmp_path / "cut.ttl"
    # cut just after an opening quotation mark: an unterminated string, an unfinished statement
    end = text.index('"', int(len(text) * cut)) + 1
    path.write_bytes(text[:end].encode("utf-8"))
    result = run(str(path))
    assert_clean_error(result, path)
    assert "line " in result.output
