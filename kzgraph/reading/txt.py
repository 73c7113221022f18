"""One article per .txt file, optionally starting with a date line.

The format (see examples/kasachstan-2022): `` date 2022-01 Kasachstans Präsident ...``;
the text may follow the date on the same line or on the next. The id is the file stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .article import Article, ArticleDate
from .decoding import NotText, decode, normalise_newlines
from .problems import ReadProblem
from .unicode import display_path, path_id

# A date line is lower-case "date" as the first word, then (normally) one token. Lower case
# only, because "Date" is a German noun an article may well begin with. The lookahead keeps
# "datenschutz ..." from counting as a date line.
_DATE_LINE = re.compile(r"\A[ \t]*date(?:[ \t]+(\S+))?(?=\s|\Z)")


def split_date_line(text: str) -> tuple[str | None, str, bool]:
    """Return (date token, body, has date line); the body is stripped of surrounding whitespace."""
    m = _DATE_LINE.match(text)
    if not m:
        return None, text.strip(), False
    return m.group(1), text[m.end() :].strip(), True


def read_txt(path: Path, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """Yield the one article of ``path``, or the problem that prevents it, plus any notes."""
    where = display_path(path)
    try:
        with path.open("rb") as f:
            # Read one byte past the limit: enough to know it is too big, without loading it.
            data = f.read(max_bytes + 1)
    except OSError as err:
        yield ReadProblem(where, None, f"cannot read file: {err.strerror or err}", "file")
        return
    if len(data) > max_bytes:
        size = _size(path)
        yield ReadProblem(
            where, None, f"article too large ({size} bytes; max_article_bytes is {max_bytes})", "article"
        )
        return
    if not data.strip():
        yield ReadProblem(where, None, "empty file", "article")
        return
    try:
        raw, note = decode(data)
    except NotText as err:
        yield ReadProblem(where, None, str(err), "article")
        return
    if note:
        yield ReadProblem(where, None, note, None)

    token, body, has_date_line = split_date_line(normalise_newlines(raw))
    date: ArticleDate | None = None
    if has_date_line:
        if token is None:
            yield ReadProblem(where, 1, "date line without a date; article kept without date", None)
        else:
            try:
                date = ArticleDate.parse(token)
            except ValueError as err:
                yield ReadProblem(
                    where,
                    1,
                    f"malformed date {token!r} in date line ({err}); article kept without date",
                    None,
                )
    if not body:
        yield ReadProblem(where, None, "no text (only a date line)", "article")
        return
    article_id, replaced = path_id(path)
    if replaced:
        msg = f"file name is not valid UTF-8: article id {article_id!r} has U+FFFD for the undecodable bytes"
        yield ReadProblem(where, None, msg, None)
    yield Article(id=article_id, text=body, date=date, path=where)


def _size(path: Path) -> str:
    try:
        return str(path.stat().st_size)
    except OSError:
        return "more than max_article_bytes"
