"""A saved query may project variables beside its columns (the fact queries project the rule
and confidence of their evidence for `kzgraph report`): `kzgraph query` rows stay distinct on
the columns, and the report gets those variables for each row."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kzgraph.query import SavedQuery, find_query, run_query

EX = "http://example.org/"
QUERY = """# title: sayings
# columns: speaker, sentence
# optional: person (a name)
SELECT DISTINCT ?speaker ?sentence ?rule ?personKey WHERE {
  ?fact <http://example.org/speaker> ?speaker ; <http://example.org/sentence> ?sentence ;
        <http://example.org/rule> ?rule .
}
"""


def _store() -> ox.Store:
    store = ox.Store()
    # Two facts with the same columns, read by two rules, and one other fact.
    graph = ox.NamedNode(EX + "g")
    for fact, speaker, rule in (("f1", "Maria", "rule.a"), ("f2", "Maria", "rule.b"),
                                ("f3", "Karl", "rule.a")):
        node = ox.NamedNode(EX + fact)
        for prop, value in (("speaker", speaker), ("sentence", "Ein Satz."), ("rule", rule)):
            store.add(ox.Quad(node, ox.NamedNode(EX + prop), ox.Literal(value), graph))
    return store


def _query(tmp_path: Path) -> SavedQuery:
    path = tmp_path / "sayings.rq"
    path.write_text(QUERY, encoding="utf-8")
    return SavedQuery.from_file(path)


def test_rows_stay_distinct_on_the_columns(tmp_path: Path) -> None:
    result = run_query(_store(), _query(tmp_path))
    assert result.columns == ["speaker", "sentence"]
    assert sorted(r["speaker"] for r in result.rows) == ["Karl", "Maria"]
    assert all(set(r) == {"speaker", "sentence"} for r in result.rows)


def test_hidden_variables_are_returned_when_asked_for(tmp_path: Path) -> None:
    rows = run_query(_store(), _query(tmp_path), extra=("rule", "missing")).rows
    assert len(rows) == 2
    maria = next(r for r in rows if r["speaker"] == "Maria")
    assert maria["rule"] in {"rule.a", "rule.b"} and "missing" not in maria


def test_paging_counts_distinct_rows(tmp_path: Path) -> None:
    first = run_query(_store(), _query(tmp_path), limit=1)
    second = run_query(_store(), _query(tmp_path), limit=1, offset=1)
    assert first.more and not second.more
    assert {first.rows[0]["speaker"], second.rows[0]["speaker"]} == {"Karl", "Maria"}


def test_fact_queries_project_rule_and_confidence_beside_their_columns() -> None:
    for name in ("dismissals", "appointments", "who-replaced-whom", "arrests", "statements",
                 "arrest-figures"):
        query = find_query(name)
        assert "rule" not in query.columns and "?rule ?confidence" in query.text
