"""Run a saved query against a pyoxigraph store, parameters going in as bindings.

Parameters are never formatted into the query text: they become SPARQL substitutions
(pyoxigraph) so user input cannot change the query.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from kzgraph.query.listing import indexed, read_listing
from kzgraph.query.params import ParameterError, bindings, variable_for
from kzgraph.query.saved import SavedQuery


class QueryError(Exception):
    pass


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, str]]
    offset: int = 0  # rows skipped before these (paging)
    more: bool = False  # a page was asked for and further rows follow it


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _distinct(rows: Iterator[tuple[str, ...]], shown: int) -> Iterator[tuple[str, ...]]:
    """The first row of each distinct value of its first ``shown`` columns, in stream order."""
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        key = row[:shown]
        if key not in seen:
            seen.add(key)
            yield row


def run_query(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None,
              limit: int | None = None, offset: int = 0, extra: tuple[str, ...] = (),
              use_index: bool = True) -> QueryResult:
    """Run ``query`` over the union of all graphs of ``store``.

    ``limit``/``offset`` page through the rows in the query's order. The page is cut from the
    solution stream (never by editing the query text), so it works for any saved query; a
    sorted query still evaluates its whole result, but only the page is turned into text.

    A query may project variables beyond its header's columns and parameters (the fact
    queries project ``rule`` and ``confidence`` for `kzgraph report`): the rows are then made
    distinct on the columns again, keeping each row's first values of those variables, so the
    rows are the same as without them. ``extra`` names such variables to return as well.

    A listing on a store with a current listing index (kzgraph.store.listings) is read from
    it, with the same rows; ``use_index=False`` evaluates the saved query all the same.
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("limit and offset must not be negative")
    params = dict(params or {})
    unknown = set(params) - set(query.parameters) - set(query.options)
    if unknown:
        raise QueryError(f"query {query.name!r} takes no parameter {', '.join(sorted(unknown))}")
    missing = set(query.parameters) - set(params)
    if missing:
        wanted = ", ".join(f"{m}=..." for m in sorted(missing))
        raise QueryError(f"query {query.name!r} needs --param {wanted}")
    try:
        bound = bindings(params, query.options)
    except ParameterError as err:
        raise QueryError(str(err)) from err
    layout = indexed(store, query) if use_index else None
    if layout is not None:
        returned, page, more = read_listing(store, layout, bound, limit, offset, extra)
        return QueryResult(columns=returned[:len(layout.columns)], offset=offset, more=more,
                           rows=[dict(zip(returned, row, strict=True)) for row in page])
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in bound.items()}
    try:
        # The union of the article graphs and the shared graph: shared nodes are stored once,
        # so no triple a saved query joins on is met more than once.
        solutions = store.query(query.text, use_default_graph_as_union=True, substitutions=substitutions)
    except SyntaxError as err:
        raise QueryError(f"{query.path}: {err}") from err
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"{query.path}: only SELECT queries are supported")
    projected = [v.value for v in solutions.variables]
    # Parameters must be projected to be substituted; the header says what the user sees.
    columns = [c for c in query.columns if c in projected] or projected
    returned = columns + [c for c in extra if c in projected and c not in columns]

    def texts(solution: ox.QuerySolution) -> tuple[str, ...]:
        return tuple(term_text(solution[c]) for c in returned)

    # One row past the page tells whether there is a next page.
    stop = None if limit is None else offset + limit + 1
    bound = {variable_for(p) for p in (*query.parameters, *query.options)}
    if set(projected) - set(columns) - bound:  # rows made distinct on the columns: all turned into text
        page = list(islice(_distinct(map(texts, solutions), len(columns)), offset, stop))
    else:  # only the page is turned into text
        page = [texts(solution) for solution in islice(solutions, offset, stop)]
    more = limit is not None and len(page) > limit
    rows = [dict(zip(returned, row, strict=True)) for row in page[:limit]]
    return QueryResult(columns=columns, rows=rows, offset=offset, more=more)
