"""Many articles per .jsonl file: one JSON object per line.

Fields: ``id`` (string; an integer is accepted and turned into a string), ``text``
(string), optional ``date`` ("YYYY-MM" or "YYYY-MM-DD"), ``title``, ``url``, ``source``;
any other string field goes to ``Article.meta``. The file is read line by line, so a
large file is never held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .article import Article, ArticleDate
from .decoding import BOM, NotText, decode, normalise_newlines
from .problems import ReadProblem
from .unicode import clean_json, display_path

_OPTIONAL = ("title", "url", "source")
_KNOWN = {"id", "text", "date", *_OPTIONAL}
_SNIFF = 8192  # how much of the file is checked for NUL bytes before reading lines
_BLANK = b" \t\r\n\x0b\x0c"  # what bytes.strip() strips: a line of only these is blank


def _lines(f: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, content without line ending or None if too long, length in bytes).

    Only ``max_bytes`` of a line are ever held; the rest of an overlong line is skipped
    in chunks, so one giant line cannot exhaust memory.
    """
    number = 0
    while raw := f.readline(max_bytes + 2):  # + 2: room for "\r\n" after a line of max size
        number += 1
        content = raw.rstrip(b"\r\n")
        if len(content) <= max_bytes:
            yield number, content, len(content)
            continue
        size = len(content)
        while not raw.endswith(b"\n"):
            raw = f.readline(1 << 20)
            if not raw:
                break
            size += len(raw.rstrip(b"\r\n"))
        yield number, None, size


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """Yield the articles of ``path`` and a problem for every line that is not one."""
    where = display_path(path)
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF)
            if len(head) < _SNIFF and not head.strip(BOM + _BLANK):
                yield ReadProblem(where, None, "empty file", "file")
                return
            if b"\x00" in head and not _has_json_object(head):
                yield ReadProblem(where, None, "binary file (contains NUL bytes)", "file")
                return
            f.seek(0)
            yield from _read_lines(where, f, max_bytes)
    except OSError as err:
        yield ReadProblem(where, None, f"cannot read file: {err.strerror or err}", "file")


def _read_lines(where: str, f: IO[bytes], max_bytes: int) -> Iterator[Article | ReadProblem]:
    blank = True
    for item in _read_nonblank_lines(where, f, max_bytes):
        blank = False
        yield item
    if blank:  # every line blank, past the bytes sniffed first: still an empty file, never silence
        yield ReadProblem(where, None, "empty file", "file")


def _read_nonblank_lines(where: str, f: IO[bytes], max_bytes: int) -> Iterator[Article | ReadProblem]:
    noted_encoding = False
    for number, content, size in _lines(f, max_bytes):
        if content is None:
            msg = f"line too large ({size} bytes; max_article_bytes is {max_bytes})"
            yield ReadProblem(where, number, msg, "article")
            continue
        if number == 1 and content.startswith(BOM):
            content = content[len(BOM) :]
        if not content.strip():
            continue  # blank lines (e.g. a trailing one) are not articles
        try:
            line, note = decode(content)
        except NotText as err:
            yield ReadProblem(where, number, str(err), "article")
            continue
        if note and not noted_encoding:
            # One note per file: a Windows-1252 file would otherwise get one per line.
            noted_encoding = True
            yield ReadProblem(where, number, f"{note} (first such line; later ones not reported)", None)
        yield from _parse_line(where, number, line)


class _Refused(Exception):
    """The line is no article; the message says why."""


def _parse_line(where: str, number: int, line: str) -> Iterator[Article | ReadProblem]:
    """The line's article, after a note for each thing that was repaired or ignored; or the
    notes and the one problem that refuses the line."""
    notes: list[str] = []
    try:
        article = _article(where, number, line, notes)
    except _Refused as refused:
        yield from (ReadProblem(where, number, note, None) for note in notes)
        yield ReadProblem(where, number, str(refused), "article")
        return
    yield from (ReadProblem(where, number, note, None) for note in notes)
    yield article


def _article(where: str, number: int, line: str, notes: list[str]) -> Article:
    obj, invalid_fields = _without_surrogates(_json_object(line))
    article_id = _article_id(obj)
    if invalid_fields:
        notes.append(
            f"article {article_id!r}: lone surrogate escape(s) (not valid Unicode) in "
            f"{', '.join(map(repr, invalid_fields))} replaced by U+FFFD"
        )
    text = _article_text(obj, article_id)
    date = _article_date(obj, article_id, notes)
    fields = _optional_fields(obj, article_id, notes)
    meta = {
        k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        for k, v in obj.items()
        if k not in _KNOWN
    }
    return Article(
        id=article_id,
        text=text,
        date=date,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        path=where,
        line=number,
        meta=meta,
    )


def _json_object(line: str) -> dict[str, Any]:
    try:
        obj: Any = json.loads(line)
    except (ValueError, RecursionError) as err:  # RecursionError: absurdly nested input
        raise _Refused(f"not valid JSON ({_short(err)})") from None
    if not isinstance(obj, dict):
        raise _Refused(f"expected a JSON object, got {_json_type(obj)}")
    return obj


def _article_id(obj: dict[str, Any]) -> str:
    raw_id = obj.get("id")
    if raw_id is None:
        raise _Refused("missing 'id'")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise _Refused(f"'id' must be a non-empty string, got {_json_type(raw_id)}")
    return raw_id.strip()


def _article_text(obj: dict[str, Any], article_id: str) -> str:
    text = obj.get("text")
    if text is None:
        raise _Refused(f"article {article_id!r}: missing 'text'")
    if not isinstance(text, str):
        raise _Refused(f"article {article_id!r}: 'text' must be a string, got {_json_type(text)}")
    # JSON text is kept as given (not stripped): only line endings are normalised.
    text = normalise_newlines(text)
    if not text.strip():
        raise _Refused(f"article {article_id!r}: empty 'text'")
    return text


def _article_date(obj: dict[str, Any], article_id: str, notes: list[str]) -> ArticleDate | None:
    raw_date = obj.get("date")
    if raw_date is None:
        return None
    try:
        if not isinstance(raw_date, str):
            raise ValueError(f"expected a string, got {_json_type(raw_date)}")
        return ArticleDate.parse(raw_date)
    except ValueError as err:
        notes.append(f"article {article_id!r}: malformed 'date' ({err}); article kept without date")
        return None


def _optional_fields(obj: dict[str, Any], article_id: str, notes: list[str]) -> dict[str, str | None]:
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            got = _json_type(value)
            notes.append(f"article {article_id!r}: {key!r} must be a string, got {got}; ignored")
            value = None
        fields[key] = value
    return fields


def _without_surrogates(obj: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The object with lone surrogates replaced (see ``unicode``) and the fields that had any."""
    fields = [key for key, value in obj.items() if clean_json({key: value})[1]]
    return (clean_json(obj)[0], fields) if fields else (obj, [])


def _has_json_object(head: bytes) -> bool:
    """Whether a complete line of ``head`` is a JSON object.

    A stray NUL in one line of a real JSON Lines file costs that line only; the whole file is
    refused as binary only when nothing at its start looks like JSON Lines.
    """
    lines = head.split(b"\n")
    for line in lines[:-1] if len(lines) > 1 else lines:
        try:
            if isinstance(json.loads(line.decode("utf-8", errors="replace")), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    if type(value) in names:
        return names[type(value)]
    return "a number" if isinstance(value, int | float) else type(value).__name__


def _short(err: Exception, limit: int = 120) -> str:
    text = str(err)
    return text if len(text) <= limit else text[: limit - 1] + "…"
