"""`kzgraph report`: one self-contained HTML page of a graph, built from the saved queries.

Modules, one per concern: kinds (which fact types, from the saved queries), gather (running
the queries, joining rule and confidence), dates (honest date precision), timeline, network
and figures (SVG charts drawn here), tables (the page's JSON data), status (SHACL, skipped
articles), page (HTML assembly from the templates in ``templates/``).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kzgraph.report.gather import Filters, ReportData, ReportError, gather
from kzgraph.report.page import render
from kzgraph.report.status import GraphStatus, Shacl, stored_status

__all__ = ["Filters", "GraphStatus", "ReportData", "ReportError", "Shacl", "gather", "write_report"]


def write_report(store: ox.Store, output: Path, *, title: str = "kzgraph report", source: str = "a graph",
                 filters: Filters | None = None, status: GraphStatus | None = None,
                 validate: bool | None = None, row_limit: int | None = None,
                 directory: Path | None = None) -> ReportData:
    """Gather, render and write the page; ``status`` (from a build) or the store's own check.
    ``directory``: where ``store`` lives on disk, so the saved queries can run side by side."""
    data = gather(store, filters, directory)
    if status is None:
        status = stored_status(store, validate, len(data.articles))
    html = render(data, status, title, source, row_limit)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(html, encoding="utf-8")
    except OSError as err:
        raise ReportError(f"{output}: cannot write the report: {err}") from err
    return data
