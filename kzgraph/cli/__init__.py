"""The kzgraph command line: one click group assembled from per-command modules."""

from __future__ import annotations

import click

from kzgraph import __version__
from kzgraph.cli.build import build_command
from kzgraph.cli.load import load_command
from kzgraph.cli.nlp import info_command, nlp_group
from kzgraph.cli.query import queries_command, query_command
from kzgraph.cli.report import report_command
from kzgraph.cli.rules import rules_command
from kzgraph.cli.validate import validate_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def main() -> None:
    """kzgraph: knowledge graphs from German news.

    Extracts dismissals, resignations, appointments, replacements, arrests, indictments and
    statements from German articles and writes them as RDF, each fact with the sentence it came
    from (`kzgraph rules` lists the rules that find them).
    """


for _command in (build_command, query_command, queries_command, validate_command, load_command,
                 info_command, nlp_group, report_command, rules_command):
    main.add_command(_command)
