"""`kzgraph query` and `kzgraph queries`: run and list the saved SPARQL queries."""

from __future__ import annotations

from pathlib import Path

import click

from kzgraph.cli.common import fail, store_option
from kzgraph.query import QueryError, find_query, list_queries, run_query
from kzgraph.query.output import FORMATTERS as OUTPUT_FORMATS
from kzgraph.query.output import pick_columns
from kzgraph.query.saved import QueryNotFoundError
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import StoreError, load_file, open_read_only


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not name=value", param_hint="--param")
        params[name.strip()] = text
    return params


@click.command("query")
@click.argument("name_or_file")
@click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) to query.")
@store_option()
@click.option("--format", "fmt", type=click.Choice(sorted(OUTPUT_FORMATS)), default="table",
              show_default=True)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter, bound as a SPARQL value (repeatable).")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="At most this many rows (a page), in the query's order.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many rows first (with --limit: the next page).")
@click.option("--columns", metavar="A,B,...", default=None,
              help="Only these columns, in this order (see `kzgraph queries`).")
@click.option("--since", metavar="DATE", default=None,
              help="Only facts dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; listings and person).")
@click.option("--until", metavar="DATE", default=None,
              help="Only facts dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--person", metavar="NAME", default=None,
              help="Only facts the person (name or alias; case, accents ignored) takes part in (listings).")
def query_command(name_or_file: str, graph_file: Path | None, store_dir: Path | None, fmt: str,
                  params: tuple[str, ...], limit: int | None, offset: int, columns: str | None,
                  since: str | None, until: str | None, person: str | None) -> None:
    """Run a saved query (by name, see `kzgraph queries`) or a .rq file over a graph or store.

    Queries see the union of all graphs (article graphs and the shared graph). --since,
    --until and --person filter a listing; like --param they are bound as SPARQL values.
    """
    try:
        query = find_query(name_or_file)
    except QueryNotFoundError as err:
        fail(str(err))
    if graph_file is not None and store_dir is not None:
        fail("give either --graph or --store, not both")
    try:
        if graph_file is not None:
            store = load_file(graph_file)
        else:
            store_dir = store_dir or DEFAULT_STORE
            if not store_dir.exists():
                fail(f"no store at {store_dir}: build one with `kzgraph build CORPUS --store {store_dir}` "
                     "or give --graph FILE")
            store = open_read_only(store_dir)  # no lock: a query may run while a build writes
        filters = {k: v for k, v in (("since", since), ("until", until), ("person", person)) if v is not None}
        result = run_query(store, query, {**_parse_params(params), **filters}, limit=limit, offset=offset)
        if columns is not None:
            result = pick_columns(result, [c.strip() for c in columns.split(",") if c.strip()])
    except (QueryError, StoreError) as err:
        fail(str(err))
    click.echo(OUTPUT_FORMATS[fmt](result), nl=False)


@click.command("queries")
def queries_command() -> None:
    """List the saved queries with their descriptions and parameters."""
    for query in list_queries():
        params = f"  [--param {' '.join(p + '=...' for p in query.parameters)}]" if query.parameters else ""
        click.echo(f"{query.name}{params}")
        click.echo(f"    {query.description}")
        click.echo(f"    columns: {', '.join(query.columns)}")
        if query.options:
            click.echo(f"    filters: {' '.join('--' + o for o in query.options)}")
