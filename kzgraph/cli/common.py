"""Shared pieces of the command line: exit codes, diagnostics on stderr."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import click

from kzgraph.resources import DEFAULT_STORE

# Documented in the README; pySHACL-style.
EXIT_OK = 0
EXIT_VIOLATIONS = 1  # finished, but the graph does not conform to the shapes
EXIT_ERROR = 2  # usage error, unreadable input (in --on-error fail mode), unwritable output ...


def warn(message: str) -> None:
    click.echo(message, err=True)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    click.echo(f"kzgraph: error: {message}", err=True)
    raise SystemExit(code)


def store_option(default: Path | None = None):  # noqa: ANN201 - click decorator
    return click.option(
        "--store",
        "store_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=default,
        help=f"Embedded Oxigraph store directory (default location: {DEFAULT_STORE}).",
    )
