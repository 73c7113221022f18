"""The kzgraph command line: one click group assembled from per-command modules.

The command modules are imported when their command runs (:mod:`kzgraph.cli.lazy`), so
`kzgraph build` does not load pySHACL, the report or the loaders before its first article.
"""

from __future__ import annotations

import click

from kzgraph import __version__
from kzgraph.cli.lazy import LazyGroup
from kzgraph.spacy_cli import defer as _defer_spacy_cli

# The command line's processes never run a spaCy command: spaCy's own CLI (typer, weasel,
# jinja2 and ~450 modules) is imported when used, not with spaCy. Only here, in kzgraph's own
# processes, not on `import kzgraph` in someone else's program.
_defer_spacy_cli()

# command name -> "module:attribute" of its click command
COMMANDS = {
    "build": "kzgraph.cli.build:build_command",
    "query": "kzgraph.cli.query:query_command",
    "queries": "kzgraph.cli.query:queries_command",
    "validate": "kzgraph.cli.validate:validate_command",
    "load": "kzgraph.cli.load:load_command",
    "info": "kzgraph.cli.nlp:info_command",
    "nlp": "kzgraph.cli.nlp:nlp_group",
    "report": "kzgraph.cli.report:report_command",
    "rules": "kzgraph.cli.rules:rules_command",
}


@click.group(cls=LazyGroup, lazy_subcommands=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def main() -> None:
    """kzgraph: knowledge graphs from German news.

    Extracts dismissals, resignations, appointments, replacements, arrests, indictments and
    statements from German articles and writes them as RDF, each fact with the sentence it came
    from (`kzgraph rules` lists the rules that find them).
    """
