"""Saved queries are `.rq` files whose comment header names title, description, columns and
parameters:

    # title: dismissals
    # description: Who dismissed whom ...
    # columns: agent, dismissed, office, date, article, sentence
    # parameters: name (the person's name ...)
    # optional: since (...), until (...), person (...)

Required parameters must be given; optional ones, when not given, stay unbound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kzgraph.resources import QUERIES_DIR

_HEADER = re.compile(r"^#\s*(title|description|columns|parameters|optional)\s*:\s*(.*)$")


class QueryNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str
    description: str
    columns: tuple[str, ...]
    parameters: tuple[str, ...]
    options: tuple[str, ...] = ()  # optional parameters

    @classmethod
    def from_file(cls, path: Path) -> SavedQuery:
        text = path.read_text(encoding="utf-8")
        header: dict[str, str] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            if m := _HEADER.match(line):
                header[m[1]] = m[2].strip()
        parameters = _names(header.get("parameters", ""))
        columns = tuple(c.strip() for c in header.get("columns", "").split(",") if c.strip())
        return cls(
            name=path.stem,
            path=path,
            text=text,
            title=header.get("title", path.stem),
            description=header.get("description", ""),
            columns=columns,
            parameters=parameters,
            options=_names(header.get("optional", "")),
        )


def _names(declared: str) -> tuple[str, ...]:
    """"name (the person's name, ...), other (...)": the names outside the parentheses."""
    outside = re.sub(r"\([^)]*\)", "", declared)
    return tuple(m[1] for m in re.finditer(r"(?:^|,)\s*([A-Za-z_]\w*)", outside) if outside.strip())


def list_queries(directory: Path = QUERIES_DIR) -> list[SavedQuery]:
    return [SavedQuery.from_file(p) for p in sorted(directory.glob("*.rq"))]


def find_query(name_or_file: str, directory: Path = QUERIES_DIR) -> SavedQuery:
    """A saved query by name ("dismissals") or a path to any `.rq` file."""
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.is_file():
        return SavedQuery.from_file(path)
    candidate = directory / f"{name_or_file}.rq"
    if candidate.is_file():
        return SavedQuery.from_file(candidate)
    known = ", ".join(q.name for q in list_queries(directory))
    raise QueryNotFoundError(f"no saved query {name_or_file!r} (known: {known})")
