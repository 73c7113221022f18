"""The per-article work on a Dask distributed cluster (``kzgraph build --cluster ADDRESS``).

``ADDRESS`` is a running scheduler (``tcp://host:8786``, started with ``dask scheduler``, its
workers with ``dask worker tcp://host:8786``), or ``local:N`` for a LocalCluster of N worker
processes on this machine. Articles go out as tasks, a few per worker thread at a time; their
results come back in corpus order. A worker lost mid-build makes the scheduler run its tasks
again elsewhere (up to ``distributed.scheduler.allowed-failures`` times, then the article is
reported as failed): no article is silently dropped.

On a worker, extraction runs in a child process of that worker (a pebble pool, one process per worker thread),
so that an article past its time budget can be stopped by killing the child, as with ``--jobs``.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kzgraph.execution.local import Outcome, settle
from kzgraph.execution.tasks import Settings, configure, run_extract, run_graph

CONNECT_TIMEOUT = 5.0  # seconds to reach the scheduler before giving up
TASK_RETRIES = 2  # a task that raised is retried this often (lost workers: the scheduler retries)


class ClusterError(Exception):
    """The cluster could not be reached or started."""


class DaskCluster:
    def __init__(self, address: str, settings: Settings, connect_timeout: float = CONNECT_TIMEOUT) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - a dependency of kzgraph
            raise ClusterError(f"--cluster needs Dask distributed (pip install distributed): {err}") from err
        self.settings = settings
        self.local = None
        try:
            if address.startswith("local:"):
                self.local = LocalCluster(n_workers=_worker_count(address), threads_per_worker=1,
                                          processes=True, dashboard_address=None,
                                          silence_logs=logging.ERROR)
                self.client = Client(self.local, timeout=connect_timeout)
            else:
                self.client = Client(address, timeout=connect_timeout)
        except (OSError, TimeoutError, ValueError) as err:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from err
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 4 * threads

    def run(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        name = {run_extract: "extract", run_graph: "graph"}[task]
        pending: deque[tuple[Any, Any]] = deque()
        for item in items:
            future = self.client.submit(on_worker, name, item, self.settings, pure=False,
                                        retries=TASK_RETRIES)
            pending.append((item, future))
            if len(pending) >= self.window:
                yield _settle_remote(*pending.popleft())
        while pending:
            yield _settle_remote(*pending.popleft())

    def close(self, abort: bool = False) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            try:
                client.run(stop_extraction_child)  # a worker would wait for its child on exit
            except Exception:  # noqa: BLE001, S110 - a worker already gone has no child left to stop
                pass
            client.close()
        if self.local is not None:
            self.local.close()


def _worker_count(address: str) -> int:
    try:
        count = int(address.removeprefix("local:"))
    except ValueError:
        count = 0
    if count < 1:
        raise ValueError(f"local:N needs a number of worker processes N ≥ 1, not {address!r}")
    return count


def _settle_remote(item: Any, future: Any) -> Outcome:
    try:
        result, error = future.result()
    except Exception as err:  # noqa: BLE001 - KilledWorker (lost too often), a failed task: this article
        return item, None, f"on the cluster: {type(err).__name__}: {err}"
    return item, result, error


# -- on a worker ---------------------------------------------------------------------------------

_child: tuple[Settings, Any] | None = None


def _extraction_child(settings: Settings) -> Any:
    """This worker's one-process pool for extraction, started on first use (and per settings)."""
    global _child
    from pebble import ProcessPool

    if _child is None or _child[0] != settings:
        if _child is not None:
            _child[1].stop()
        # Dask starts its workers as daemon processes, which multiprocessing forbids children;
        # the child is a pool worker that ends when its pipe to this worker closes.
        mp.current_process()._config["daemon"] = False  # type: ignore[attr-defined]
        pool = ProcessPool(max_workers=_worker_threads(), initializer=configure, initargs=(settings,),
                           context=mp.get_context("spawn"))
        _child = (settings, pool)
    return _child[1]


def stop_extraction_child() -> None:
    global _child
    if _child is not None:
        _child[1].stop()
        _child[1].join()
        _child = None


def _worker_threads() -> int:
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):
        return 1


def on_worker(name: str, item: Any, settings: Settings) -> tuple[Any, str | None]:
    """Run one step for one article on a Dask worker: (result, error)."""
    if name == "extract":
        pool = _extraction_child(settings)
        future = pool.schedule(run_extract, args=(item,), timeout=settings.hard_timeout)
        _, result, error = settle(item, future, settings)
        return result, error
    configure(settings)
    return run_graph(item), None
