"""`kzgraph report`: a self-contained HTML report of a graph file or store."""

from __future__ import annotations

from pathlib import Path

import click

from kzgraph.cli.common import fail, store_option, warn
from kzgraph.resources import DEFAULT_STORE


def _date(end: bool):  # noqa: ANN202 - click callback factory
    def parse(_ctx: click.Context, _param: click.Parameter, value: str | None):  # noqa: ANN202
        from kzgraph.report.dates import parse_bound

        if value is None:
            return None
        try:
            return parse_bound(value, end=end)
        except ValueError as err:
            raise click.BadParameter(str(err)) from err
    return parse


@click.command("report")
@click.argument("graph_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option()
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--person", default=None, help="Only facts naming this person (name or alias, as "
              "`kzgraph query person` matches it).")
@click.option("--since", default=None, callback=_date(end=False), metavar="DATE",
              help="Only facts dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", default=None, callback=_date(end=True), metavar="DATE",
              help="Only facts dated on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--title", default="kzgraph report", show_default=True, help="The page's title.")
@click.option("--validate/--no-validate", "validate", default=None,
              help="Check the graph with the SHACL shapes for the summary (default: when it has at "
                   "most 1000 article graphs).")
@click.option("--row-limit", type=click.IntRange(min=1), default=None,
              help="At most this many rows per fact type in the page's tables (default: all).")
def report_command(graph_file: Path | None, store_dir: Path | None, output: Path, person: str | None,
                   since, until, title: str, validate: bool | None,  # noqa: ANN001
                   row_limit: int | None) -> None:
    """Write a self-contained HTML report (timeline, network, conflicting figures, fact tables)
    of GRAPH_FILE or of a store (--store, default .kzgraph/store), from the saved queries."""
    from kzgraph.report import Filters, ReportError, write_report
    from kzgraph.store.embedded import StoreError, load_file, open_store

    if graph_file is not None and store_dir is not None:
        fail("give either a graph FILE or --store, not both")
    if since and until and since > until:
        fail(f"--since {since} is after --until {until}")
    try:
        directory = None
        if graph_file is not None:
            store, source = load_file(graph_file), str(graph_file)
        else:
            store_dir = store_dir or DEFAULT_STORE
            if not store_dir.exists():
                fail(f"no store at {store_dir}: build one with `kzgraph build CORPUS --store {store_dir}` "
                     "or give a graph FILE")
            store, source, directory = open_store(store_dir), f"store {store_dir}", store_dir
        write_report(store, output, title=title, source=source, filters=Filters(person, since, until),
                     validate=validate, row_limit=row_limit, directory=directory)
    except (ReportError, StoreError) as err:
        fail(str(err))
    warn(f"wrote {output}")
