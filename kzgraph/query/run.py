"""Run a saved query against a pyoxigraph store, parameters going in as bindings.

Parameters are never formatted into the query text: they become SPARQL substitutions
(pyoxigraph) so user input cannot change the query.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kzgraph.query.saved import SavedQuery


class QueryError(Exception):
    pass


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, str]]


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run_query(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None) -> QueryResult:
    """Run ``query`` over the union of all graphs of ``store``."""
    params = dict(params or {})
    unknown = set(params) - set(query.parameters)
    if unknown:
        raise QueryError(f"query {query.name!r} takes no parameter {', '.join(sorted(unknown))}")
    missing = set(query.parameters) - set(params)
    if missing:
        wanted = ", ".join(f"{m}=..." for m in sorted(missing))
        raise QueryError(f"query {query.name!r} needs --param {wanted}")
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
    try:
        solutions = store.query(query.text, use_default_graph_as_union=True, substitutions=substitutions)
    except SyntaxError as err:
        raise QueryError(f"{query.path}: {err}") from err
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"{query.path}: only SELECT queries are supported")
    projected = [v.value for v in solutions.variables]
    # Parameters must be projected to be substituted; the header says what the user sees.
    columns = [c for c in query.columns if c in projected] or projected
    rows = [{c: term_text(solution[c]) for c in columns} for solution in solutions]
    return QueryResult(columns=columns, rows=rows)
