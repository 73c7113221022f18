"""A click group whose subcommands are imported when one is run, not when the program starts.

Importing every command module made each `kzgraph` run pay for all of them: `kzgraph build`
imported pySHACL and rdflib's SPARQL engine (for `validate`), the report and the loaders
before its first article. This is click's documented lazy-loading pattern: the group knows
each command's name and ``module:attribute`` and imports only the one asked for (`--help`
imports them all, to show their help lines).
"""

from __future__ import annotations

import importlib

import click


class LazyGroup(click.Group):
    def __init__(self, *args: object, lazy_subcommands: dict[str, str] | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_subcommands = dict(lazy_subcommands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_subcommands:
            return self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def _load(self, cmd_name: str) -> click.Command:
        module_name, attribute = self.lazy_subcommands[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):  # a wrong table entry, not a user error
            raise TypeError(f"{module_name}:{attribute} is not a click command")
        return command
