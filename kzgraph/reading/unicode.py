"""Strings that are not valid Unicode text: lone surrogates.

A JSON Lines line may be valid JSON and still hold a lone surrogate escape (``"a\\udc80b"``);
a file name with bytes that are not UTF-8 arrives as a str with surrogate escapes (Python's
``surrogateescape``). Neither can be encoded as UTF-8, so minting an IRI or writing the graph
would fail much later, far from the input. The reader replaces each lone surrogate by U+FFFD
(one character for one, so offsets into the text stay valid) and reports it as a note.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def replace_surrogates(text: str) -> tuple[str, int]:
    """(text with every lone surrogate replaced by U+FFFD, how many were replaced)."""
    return _SURROGATE.subn(REPLACEMENT, text)


def clean_json(value: Any) -> tuple[Any, int]:
    """A parsed JSON value with lone surrogates replaced in every string (keys too); the count."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        items = [clean_json(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        count = 0
        out: dict[str, Any] = {}
        for key, item in value.items():
            clean_key, n_key = replace_surrogates(key)
            clean_item, n_item = clean_json(item)
            count += n_key + n_item
            out.setdefault(clean_key, clean_item)
        return out, count
    return value, 0


def display_path(path: Path | str) -> str:
    """A path as printable text: bytes of a non-UTF-8 file name shown as ``\\udcXX`` escapes."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def path_id(path: Path) -> tuple[str, bool]:
    """The article id of a ``.txt`` file (its stem) and whether undecodable bytes were replaced."""
    stem = path.stem
    if not has_surrogates(stem):
        return stem, False
    return replace_surrogates(stem)[0], True
