"""Query results as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from dataclasses import replace

from kzgraph.query.run import QueryError, QueryResult

SEPARATOR = " | "
MIN_WIDTH = 12  # a wrapped column narrower than this is hard to read


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=result.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(result.rows)
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    return json.dumps({"columns": result.columns, "rows": result.rows}, ensure_ascii=False, indent=1) + "\n"


def pick_columns(result: QueryResult, columns: list[str]) -> QueryResult:
    """The result with only ``columns``, in that order (``--columns a,b,c``)."""
    unknown = [c for c in columns if c not in result.columns]
    if unknown:
        raise QueryError(f"unknown column(s) {', '.join(unknown)}; "
                         f"this query has: {', '.join(result.columns)}")
    rows = [{c: row.get(c, "") for c in columns} for row in result.rows]
    return replace(result, columns=list(columns), rows=rows)


def column_widths(natural: list[int], words: list[int], available: int) -> list[int]:
    """Widths that fit ``available`` characters, as a browser lays out a table.

    ``natural`` is each column's longest cell, ``words`` its longest word. If the natural widths
    do not fit, every column gets at least its longest word (names and ids stay whole) and the
    rest of the room goes to the columns in proportion to what they lack, so the long text
    columns (a sentence, a quote) wrap the most. If not even the longest words fit, words are
    broken: in the longest text columns first, then in the columns with the longest words.
    """
    if sum(natural) <= available:
        return list(natural)
    least = [min(n, w) for n, w in zip(natural, words, strict=True)]
    if sum(least) <= available:
        lacking = [n - m for n, m in zip(natural, least, strict=True)]
        room = available - sum(least)
        total = sum(lacking)
        return [m + room * lack // total for m, lack in zip(least, lacking, strict=True)]
    # Too narrow even for that: break the words of the longest text first (a sentence, a
    # quote), down to MIN_WIDTH, so that names, dates and ids stay whole while they can.
    widths = list(least)
    deficit = sum(widths) - available
    for index in sorted(range(len(widths)), key=lambda i: -natural[i]):
        cut = min(deficit, max(widths[index] - MIN_WIDTH, 0))
        widths[index] -= cut
        deficit -= cut
    return widths if deficit <= 0 else _shared_widths(least, available)


def _shared_widths(natural: list[int], available: int) -> list[int]:
    """Narrow columns keep their width, the wide ones share the rest equally (at least MIN_WIDTH:
    a terminal too narrow for that gets a wider table rather than unreadable slivers)."""
    cap = max(available // len(natural), 1)
    # Raise the cap while the columns under it leave room: they give their unused share away.
    while True:
        narrow = [w for w in natural if w <= cap]
        wide = len(natural) - len(narrow)
        larger = (available - sum(narrow)) // wide if wide else cap
        if larger <= cap:
            break
        cap = larger
    return [min(w, max(cap, MIN_WIDTH)) for w in natural]


def to_table(result: QueryResult, max_width: int | None = None) -> str:
    """A plain-text table fitted to the terminal; long cells (a sentence, a quote) wrap."""
    width = max_width or shutil.get_terminal_size((160, 20)).columns
    cols = result.columns
    if not cols:
        return ""
    cells = [[" ".join(row[c].split()) for c in cols] for row in result.rows]
    natural = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(cols)]
    words = [max(len(word) for text in [c, *(r[i] for r in cells)] for word in [*text.split(), ""])
             for i, c in enumerate(cols)]
    widths = column_widths(natural, words, width - len(SEPARATOR) * (len(cols) - 1))
    wrapped = [_wrap(row, widths) for row in cells]
    ruler = "-+-".join("-" * w for w in widths)
    lines = [*_row_lines(_wrap(cols, widths), widths), ruler]
    multiline = any(len(cell) > 1 for row in wrapped for cell in row)
    for index, row in enumerate(wrapped):
        if multiline and index:
            lines.append(ruler)  # rows of several lines need a rule to tell them apart
        lines += _row_lines(row, widths)
    count = f"{len(result.rows)} row" + ("" if len(result.rows) == 1 else "s")
    if result.more:
        lines.append(f"({count} from row {result.offset + 1}; "
                     f"next page: --offset {result.offset + len(result.rows)})")
    else:
        lines.append(f"({count})")
    return "\n".join(lines) + "\n"


def _wrap(texts: list[str], widths: list[int]) -> list[list[str]]:
    return [textwrap.wrap(text, width, break_on_hyphens=False) or [""]
            for text, width in zip(texts, widths, strict=True)]


def _row_lines(cells: list[list[str]], widths: list[int]) -> list[str]:
    """One table row of wrapped cells, as many lines as its tallest cell."""
    height = max(len(cell) for cell in cells)
    lines = []
    for i in range(height):
        parts = [(cell[i] if i < len(cell) else "").ljust(width) for cell, width in zip(cells, widths,
                                                                                         strict=True)]
        lines.append(SEPARATOR.join(parts).rstrip())
    return lines


FORMATTERS = {"table": to_table, "csv": to_csv, "json": to_json}
