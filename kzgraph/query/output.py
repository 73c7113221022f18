"""Query results as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil

from kzgraph.query.run import QueryResult


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=result.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(result.rows)
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    return json.dumps({"columns": result.columns, "rows": result.rows}, ensure_ascii=False, indent=1) + "\n"


def to_table(result: QueryResult, max_width: int | None = None) -> str:
    """A plain-text table fitted to the terminal; long cells are shortened with an ellipsis."""
    width = max_width or shutil.get_terminal_size((160, 20)).columns
    cols = result.columns
    if not cols:
        return ""
    budget = max(8, (width - 3 * (len(cols) - 1)) // len(cols))
    widths = {c: min(budget, max([len(c), *(len(r[c]) for r in result.rows)])) for c in cols}

    def cell(text: str, c: str) -> str:
        text = " ".join(text.split())
        return (text if len(text) <= widths[c] else text[: widths[c] - 1] + "…").ljust(widths[c])

    lines = [" | ".join(cell(c, c) for c in cols), "-+-".join("-" * widths[c] for c in cols)]
    lines += [" | ".join(cell(r[c], c) for c in cols) for r in result.rows]
    if result.more:
        lines.append(f"({len(result.rows)} rows from row {result.offset + 1}; "
                     f"next page: --offset {result.offset + len(result.rows)})")
    else:
        lines.append(f"({len(result.rows)} rows)")
    return "\n".join(lines) + "\n"


FORMATTERS = {"table": to_table, "csv": to_csv, "json": to_json}
