"""The report's saved queries side by side: on an on-disk store each runs in a worker process
with its own read-only view of the store, as `kzgraph query` would run it there.

The queries are independent and pyoxigraph holds the GIL while it evaluates, so threads gain
nothing; processes use every core. Workers are started with "spawn" (never fork a process
that holds an open RocksDB store) and import only pyoxigraph and kzgraph.query.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox

from kzgraph.query import find_query, run_query
from kzgraph.query.saved import QueryNotFoundError

Rows = list[dict[str, str]]
_WORKER_STORE: ox.Store | None = None  # each worker's read-only view, opened once


@dataclass(frozen=True)
class Request:
    name: str  # a saved query
    params: tuple[tuple[str, str], ...] = ()
    extra: tuple[str, ...] = ()  # projected variables to return beside the columns (run_query)


def run_request(store: ox.Store, request: Request) -> Rows:
    """The rows of ``request``; a saved query that does not exist has none (a fact type or
    support query the installed queries lack)."""
    try:
        query = find_query(request.name)
    except QueryNotFoundError:
        return []
    return run_query(store, query, dict(request.params), extra=request.extra).rows


def _open_worker(directory: str) -> None:
    global _WORKER_STORE
    _WORKER_STORE = ox.Store.read_only(directory)


def _run_in_worker(request: Request) -> tuple[list[str], list[tuple[str, ...]]]:
    assert _WORKER_STORE is not None
    rows = run_request(_WORKER_STORE, request)
    keys = list(rows[0]) if rows else []
    # Tuples pickle in a fraction of the time of dicts with repeated keys.
    return keys, [tuple(row.values()) for row in rows]


# Below this size on disk the queries take less than starting the workers (about 0.3 s each).
PARALLEL_MIN_BYTES = 8 * 1024**2


def _store_bytes(directory: Path) -> int:
    return sum(f.stat().st_size for f in directory.iterdir() if f.is_file())


def default_workers() -> int:
    return min(2, os.cpu_count() or 1)


class QueryRuns:
    """Requests started at once (in worker processes reading ``directory``, after a flush so
    that they see everything written through ``store``) and collected by :meth:`results`, so
    the caller can work meanwhile. Serial on ``store`` for an in-memory store (``directory``
    None), a small one (under PARALLEL_MIN_BYTES on disk) or one worker: then :meth:`results`
    runs them."""

    def __init__(self, store: ox.Store, directory: Path | None, requests: list[Request],
                 workers: int | None = None) -> None:
        self.store, self.requests = store, requests
        workers = default_workers() if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future] = []
        if directory is None or workers <= 1 or len(requests) <= 1 or not directory.is_dir() \
                or _store_bytes(directory) < PARALLEL_MIN_BYTES:
            return
        try:
            store.flush()
        except (OSError, RuntimeError):
            pass  # a read-only store has nothing to flush
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                         initializer=_open_worker, initargs=(str(directory),))
        self._futures = [self._pool.submit(_run_in_worker, request) for request in requests]

    def results(self) -> dict[Request, Rows]:
        if self._pool is None:
            return {request: run_request(self.store, request) for request in self.requests}
        try:
            done = [future.result() for future in self._futures]
        except BrokenProcessPool:
            # A worker could not open the store or died: the report's own process runs them.
            self.close()
            return {request: run_request(self.store, request) for request in self.requests}
        finally:
            self.close()
        return {request: [dict(zip(keys, row, strict=True)) for row in rows]
                for request, (keys, rows) in zip(self.requests, done, strict=True)}

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> QueryRuns:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def run_requests(store: ox.Store, directory: Path | None, requests: list[Request],
                 workers: int | None = None) -> dict[Request, Rows]:
    """Every request's rows (see :class:`QueryRuns`)."""
    with QueryRuns(store, directory, requests, workers) as runs:
        return runs.results()
