"""The kzgraph command line: one click group assembled from per-command modules."""

from __future__ import annotations

import importlib

import click

from kzgraph import __version__

# (module, attribute) of each command; a module that a stage has not delivered yet is skipped.
_COMMANDS = [
    ("kzgraph.cli.build", "build_command"),
    ("kzgraph.cli.query", "query_command"),
    ("kzgraph.cli.query", "queries_command"),
    ("kzgraph.cli.validate", "validate_command"),
    ("kzgraph.cli.load", "load_command"),
    ("kzgraph.cli.nlp", "info_command"),
    ("kzgraph.cli.nlp", "nlp_group"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def main() -> None:
    """kzgraph: knowledge graphs from German news.

    Extracts dismissals, appointments, replacements, arrests and statements from German
    articles and writes them as RDF, each fact with the sentence it came from.
    """


for _module, _attribute in _COMMANDS:
    try:
        main.add_command(getattr(importlib.import_module(_module), _attribute))
    except ModuleNotFoundError as _err:  # pragma: no cover - only while a stage is missing
        if _err.name != _module:
            raise
