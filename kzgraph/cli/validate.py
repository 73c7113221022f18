"""``kzgraph validate FILE | --store DIR``: check article graphs against the SHACL shapes.

Each article's named graph is validated on its own (the shapes hold per article graph,
and cost stays linear), together with the shared graph's description of the nodes it uses
(kzgraph.validate.graphs); a Turtle / N-Triples / JSON-LD file is one graph.
Exit codes: 0 conforms (warnings allowed), 1 violations, 2 error.
"""

from __future__ import annotations

from pathlib import Path

import click

from kzgraph.cli.common import EXIT_OK, EXIT_VIOLATIONS, fail, warn
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import SUFFIXES, StoreError
from kzgraph.validate import ShapesError, ValidationOutcome, validate_graph
from kzgraph.validate.graphs import file_graphs, open_store_read_only, store_graphs
from kzgraph.validate.inputs import InputError, check_well_typed, ill_typed, quiet_literal_casts
from kzgraph.validate.report import combined_report, format_report


@click.command("validate")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Validate every named graph of this embedded Oxigraph store.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the SHACL validation report graph (Turtle) to this file.")
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True,
              help="Language of the messages.")
def validate_command(file: Path | None, store_dir: Path | None, report_file: Path | None, lang: str) -> None:
    """Check graphs against the kzgraph SHACL shapes.

    FILE in TriG or N-Quads is validated named graph by named graph (one per article);
    Turtle, N-Triples and JSON-LD as one graph. Without FILE or --store: the default store
    (.kzgraph/store), as for `kzgraph query`. Exit codes: 0 conforms (warnings allowed),
    1 violations, 2 error.
    """
    if file is not None and store_dir is not None:
        fail("give either FILE or --store DIR, not both")
    if file is None and store_dir is None:
        store_dir = DEFAULT_STORE
        if not store_dir.is_dir():
            fail(f"no store at {store_dir}: build one with `kzgraph build CORPUS`, "
                 "or give FILE or --store DIR")
    outcomes: list[tuple[str, ValidationOutcome]] = []
    try:
        with quiet_literal_casts():  # ill-typed literals are reported below, not logged by rdflib
            if file is not None and file.is_file() and file.suffix.lower() not in SUFFIXES:
                warn(f"kzgraph validate: {file}: unknown suffix, reading it as Turtle")
            graphs = file_graphs(file) if file is not None else store_graphs(open_store_read_only(store_dir))
            for name, graph in graphs:
                if file is None:  # a file's literals are checked as it is parsed
                    check_well_typed(f"{store_dir} [{name}]", ill_typed(graph))
                outcomes.append((name, validate_graph(graph, lang=lang)))
    except (StoreError, ShapesError, InputError, OSError) as err:
        fail(str(err))
    if not outcomes:
        warn("kzgraph validate: no triples to validate")
    click.echo(format_report(outcomes))
    if report_file is not None:
        try:
            combined_report(outcomes).serialize(destination=str(report_file), format="turtle")
        except OSError as err:
            fail(f"{report_file}: cannot write the report: {err}")
    conforms = all(o.conforms for _, o in outcomes)
    raise SystemExit(EXIT_OK if conforms else EXIT_VIOLATIONS)

