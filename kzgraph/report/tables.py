"""The page's data for the fact tables, the timeline list and the person panel: compact JSON.

Strings (names, sentences, article ids) are stored once in a table and referred to by index,
so thousands of facts stay a few megabytes. The script renders one page of rows at a time
(paging), always as text nodes, never as markup.
"""

from __future__ import annotations

import json

from kzgraph.report.gather import ReportData


class _Strings:
    def __init__(self) -> None:
        self.values: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found


def table_data(data: ReportData, row_limit: int | None = None) -> dict:
    """Per fact type its columns, summary pattern and rows: [values], time order, date label,
    precision, rule, confidence, participant marks (flat start, end pairs into the sentence).
    The time order is one rank over all types (dated first, by start, finer precision first)."""
    intern = _Strings()
    kinds, rows, shown_rows = [], {}, []
    for kind_rows in data.kinds:
        kind = kind_rows.kind
        shown = kind_rows.rows if row_limit is None else kind_rows.rows[:row_limit]
        shown_rows.append(shown)
        kinds.append({
            "name": kind.name, "label": kind.label, "columns": list(kind.columns),
            "participants": list(kind.participants), "timeline": kind.on_timeline, "marker": kind.marker,
            "summary": kind.summary if kind.summary_usable else "",
            "query": kind.name, "total": kind_rows.total, "kept": len(kind_rows.rows), "shown": len(shown),
        })
    ranked = sorted(((row.period.sort_key, k, i) for k, shown in enumerate(shown_rows)
                     for i, row in enumerate(shown)))
    rank = {(k, i): n for n, (_, k, i) in enumerate(ranked)}
    for k, (kind_rows, shown) in enumerate(zip(data.kinds, shown_rows, strict=True)):
        columns = kind_rows.kind.columns
        rows[kind_rows.kind.name] = [
            [[intern(row.values.get(c, "")) for c in columns], rank[(k, i)], intern(row.period.label),
             intern(row.period.precision), intern(row.rule), row.confidence,
             [p for span in row.marks for p in span]]
            for i, row in enumerate(shown)
        ]
    offices = [[intern(o["name"]), intern(o["office"]), intern(o["article"])] for o in data.offices]
    return {"kinds": kinds, "rows": rows, "offices": offices, "strings": intern.values}


def script_json(payload: object) -> str:
    """JSON safe inside <script type="application/json">: no "</script>", "<!--" or "]]>" can
    appear, because every <, > and & is written as a \\u escape (JSON.parse reads them back)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
