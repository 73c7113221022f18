"""What `kzgraph load` checks before it sends and tells after: the endpoint URL, the summary."""

from __future__ import annotations

from urllib.parse import urlsplit

from kzgraph.cli.common import fail, warn
from kzgraph.store.gsp import LoadReport

# Failed graphs named one by one up to this many; the rest are counted.
SHOWN_FAILURES = 20


def check_endpoint(endpoint: str) -> None:
    """An http(s) URL with a host and a valid port, else a usage error (exit 2) before any request."""
    try:
        parts = urlsplit(endpoint)
        port = parts.port  # raises ValueError for a port out of 0..65535 or not a number
    except ValueError as err:
        fail(f"--endpoint {endpoint!r} is not a valid URL: {err}")
    if parts.scheme not in ("http", "https"):
        fail(f"--endpoint {endpoint!r} is not an http(s) URL")
    if not parts.hostname:
        fail(f"--endpoint {endpoint!r} names no host")
    if port == 0:
        fail(f"--endpoint {endpoint!r}: port 0 cannot be connected to")


def summarise(report: LoadReport, url: str) -> None:
    """The counts (every request sent, retries included) and each failed graph by name."""
    warn(f"loaded {report.graphs} graph(s), {report.triples} triples in {report.requests} request(s) "
         f"to {url} ({report.seconds:.1f} s)")
    for line in report.failed[:SHOWN_FAILURES]:
        warn(f"failed: {line}")
    if len(report.failed) > SHOWN_FAILURES:
        warn(f"... and {len(report.failed) - SHOWN_FAILURES} more failed graph(s)")
    if report.stopped is not None:
        warn(f"stopped at the first error that retrying cannot fix; {report.unsent} graph(s) in flight "
             "were not sent, later ones not read")
