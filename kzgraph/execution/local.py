"""Executors on this machine: in this process (one job) or in worker processes (``--jobs N``).

An executor runs one task function over items and yields ``(item, result, error)`` in the
items' order (so a build is deterministic whatever the job count), with ``error`` set when
the work was stopped from outside: a worker past its hard time limit is killed and replaced
(pebble's ProcessPool), a worker that died is reported. At most 16 tasks per worker are
in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol

from pebble import ProcessExpired, ProcessPool

from kzgraph.execution.budget import over_budget_message
from kzgraph.execution.gcfreeze import freeze_loaded, loading
from kzgraph.execution.tasks import Settings, configure
from kzgraph.reading.article import Article

Outcome = tuple[Any, Any, str | None]


class Executor(Protocol):
    def run(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]: ...

    def close(self, abort: bool = False) -> None: ...


class InProcess:
    """Runs the tasks here, one after the other; the time budget is the tasks' own alarm."""

    def __init__(self, settings: Settings) -> None:
        configure(settings)

    def run(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        for item in items:
            yield item, task(item), None

    def close(self, abort: bool = False) -> None:
        pass


def fork_context() -> Any:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


class WorkerProcesses:
    """``jobs`` worker processes; a task past ``settings.hard_timeout`` costs its worker."""

    def __init__(self, jobs: int, settings: Settings) -> None:
        self.settings = settings
        # Tasks in flight: enough that the workers stay busy while this process writes a batch
        # of graphs into the store (about 0.1-0.2 s, in which it schedules nothing): with 4 per
        # worker the graph tasks (~10 ms each) ran out and the workers waited (BENCHMARKS.md,
        # section 13). Each holds one article's facts or N-Quads (tens of KB).
        self.window = 16 * jobs
        _preload(settings)
        self.pool = ProcessPool(max_workers=jobs, initializer=configure, initargs=(settings,),
                                context=fork_context())

    def run(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Outcome]:
        pending: deque[tuple[Any, Any]] = deque()
        for item in items:
            pending.append((item, self.pool.schedule(task, args=(item,), timeout=self.settings.hard_timeout)))
            if len(pending) >= self.window:
                yield settle(*pending.popleft(), self.settings)
        while pending:
            yield settle(*pending.popleft(), self.settings)

    def close(self, abort: bool = False) -> None:
        if abort:
            self.pool.stop()
        else:
            self.pool.close()
        self.pool.join()


def _preload(settings: Settings) -> None:
    """Load the NLP pipeline here, before the workers fork: they share it instead of each loading
    its own (seconds each, on cores the work needs). A failure shows later, per article."""
    # Few collections while spaCy is imported and the pipeline loads (they walked what was
    # loaded so far: ~240 collections, 0.05 s of CPU before the fork); frozen after.
    with loading():
        from kzgraph.extract import extract_article
        from kzgraph.graph import build  # noqa: F401 - imported once here, not in every worker
        from kzgraph.nlp import load_pipeline

    try:
        nlp = load_pipeline(settings.model)
        # One short text through the extractors: their lexicons, matchers and caches load on first
        # use (0.36 s CPU measured), once here instead of once per worker. No validation: rudof
        # is not fork-safe once used. Its garbage is collected before the rest is frozen.
        extract_article(nlp(WARM_UP_TEXT), Article(id="warm-up", text=WARM_UP_TEXT))
    except Exception:  # noqa: BLE001, S110 - each article then reports why the pipeline is missing
        pass
    freeze_loaded()  # the workers then neither walk nor copy what they share with this process


# Our own sentences, one per main fact type, to load what the extractors read.
WARM_UP_TEXT = (
    "Der Vorstand entließ am Montag den Direktor Karl Muster. Seine Nachfolgerin wird Anna Berg. "
    "Die Polizei nahm zwei Männer wegen Betrugs fest. „Wir prüfen alles“, sagte die Sprecherin Eva Roth."
)


def settle(item: Any, future: Any, settings: Settings) -> Outcome:
    """The outcome of one scheduled task: its result, or why it has none."""
    try:
        return item, future.result(), None
    except FutureTimeout:
        return item, None, over_budget_message(settings.timeout or 0) + "; its worker process was killed"
    except ProcessExpired as err:
        return item, None, f"its worker process died ({err})"
    except Exception as err:  # noqa: BLE001 - e.g. a result that cannot be pickled: this article only
        return item, None, f"{type(err).__name__}: {err}"
