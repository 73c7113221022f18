"""Checks on what `kzgraph validate` reads, before any shape runs.

A graph file that is empty, truncated or holds a literal its datatype does not allow is an
input error (exit 2) with a message in kzgraph's words naming the file (and the line where
it can be found), never a parser's repr or an rdflib traceback.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

_RDFLIB_TERM_LOGGER = "rdflib.term"


class InputError(Exception):
    """The input cannot be validated as it is (exit 2)."""


@contextmanager
def quiet_literal_casts() -> Iterator[None]:
    """Silence rdflib's logged traceback for each ill-typed literal: kzgraph reports them itself."""
    logger = logging.getLogger(_RDFLIB_TERM_LOGGER)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():  # "Parsing weird boolean ...": reported by kzgraph instead
            warnings.simplefilter("ignore", UserWarning)
            yield
    finally:
        logger.setLevel(level)


def parse_quads(path: Path, rdf_format: ox.RdfFormat, format_name: str) -> list[ox.Quad]:
    """Every quad of an RDF file, with a parse error as 'FILE: line L: what' (no Python repr)."""
    try:
        return list(ox.parse(path=str(path), format=rdf_format))
    except SyntaxError as err:
        # pyoxigraph's message says "Parser error at line L column C: what"
        raise InputError(f"{path}: not valid {format_name}: {(err.msg or str(err)).strip()}") from err
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read as {format_name}: {err}") from err


def check_not_empty(path: Path, triples: int) -> None:
    if triples == 0:
        raise InputError(f"{path}: no triples to validate (the file is empty or holds only prefixes)")


def ill_typed(graph: Graph) -> list[tuple[Node, Node, Literal]]:
    """Triples whose literal is not a valid value of its datatype ("abc"^^xsd:integer)."""
    return [(s, p, o) for s, p, o in graph if isinstance(o, Literal) and o.ill_typed]


def ill_typed_quads(quads: Iterable[ox.Quad]) -> list[tuple[Node, Node, Literal]]:
    """The same for parsed quads, keeping each literal's lexical form as written ("ja", not false)."""
    found = []
    for quad in quads:
        obj = quad.object
        if isinstance(obj, ox.Literal) and not obj.language:
            literal = Literal(obj.value, datatype=URIRef(obj.datatype.value), normalize=False)
            if literal.ill_typed:
                found.append((URIRef(str(quad.subject.value)), URIRef(quad.predicate.value), literal))
    return found


def check_well_typed(source: str, found: list[tuple[Node, Node, Literal]], path: Path | None = None,
                     limit: int = 5) -> None:
    """Raise an InputError listing the first ill-typed literals ``found`` (with their lines)."""
    if not found:
        return
    lines = [f"  {_shown(o)} as {p.n3()} of {s.n3()}{_line_of(path, o)}" for s, p, o in found[:limit]]
    if len(found) > limit:
        lines.append(f"  ... and {len(found) - limit} more")
    raise InputError(f"{source}: {len(found)} ill-typed literal(s), values their datatype does not allow:\n"
                     + "\n".join(lines))


def _shown(literal: Literal) -> str:
    return f'"{literal}"^^<{literal.datatype}>'


def _line_of(path: Path | None, literal: Literal) -> str:
    """' (line N)': the first line of the file holding the literal's text in quotes."""
    if path is None:
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if f'"{literal}"' in line:
                    return f" (line {number})"
    except OSError:
        pass
    return ""
