"""Building mutated articles through the real build path, one worker process at a time.

A worker loads the NLP pipeline once, then builds case after case: the case's file is read by
``read_corpus`` and built by ``build_corpus`` into an in-memory Oxigraph store with SHACL
validation, and the store is exported as TriG, as ``kzgraph build`` does. The parent waits for
each case at most ``budget`` CPU seconds; a worker past it is killed (a hang) and replaced.
"""

from __future__ import annotations

import multiprocessing as mp
import random
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import psutil

from kzgraph.fuzz.mutate import Case, make_case
from kzgraph.reading import Article, read_corpus


@dataclass
class FuzzReport:
    cases: int = 0
    articles_written: int = 0
    articles_reported: int = 0  # skipped by the reader with a message naming the file
    tracebacks: int = 0  # an exception escaped, or an article's extraction failed
    hangs: int = 0
    lost: int = 0  # neither written nor reported
    shacl_violations: int = 0  # article graphs that do not conform
    seconds: list[float] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def add(self, case: Case, result: dict[str, Any] | None, seconds: float) -> None:
        self.cases += 1
        if result is None:
            self.hangs += 1
            self._fail(case, "hang", f"no result after {seconds:.0f} CPU seconds")
            return
        self.seconds.append(seconds)
        self.articles_written += result["written"]
        self.articles_reported += result["skipped"]
        if result["traceback"]:
            self.tracebacks += 1
            self._fail(case, "traceback", result["traceback"])
        if result["failed"]:
            self.tracebacks += 1
            self._fail(case, "extraction failed", "\n".join(result["failed"]))
        if result["traceback"] is None and result["written"] + result["skipped"] != 1:
            self.lost += 1
            self._fail(case, "lost", f"written {result['written']}, reported {result['skipped']}")
        if result["invalid"]:
            self.shacl_violations += 1
            self._fail(case, "shacl", "\n".join(result["invalid"]))

    def _fail(self, case: Case, kind: str, detail: str) -> None:
        self.failures.append({"case": case.file_name, "source": case.source, "kind": kind,
                              "mutations": list(case.mutations), "detail": detail[-2000:]})

    def figures(self) -> dict[str, Any]:
        times = sorted(self.seconds)
        return {
            "articles tried": self.cases,
            "written": self.articles_written,
            "reported and skipped by the reader": self.articles_reported,
            "tracebacks": self.tracebacks,
            "hangs past the budget": self.hangs,
            "articles lost": self.lost,
            "SHACL violations": self.shacl_violations,
            "median CPU seconds per article": round(times[len(times) // 2], 2) if times else None,
            "max CPU seconds per article": round(times[-1], 2) if times else None,
        }

    @property
    def clean(self) -> bool:
        return not (self.tracebacks or self.hangs or self.lost or self.shacl_violations)


def build_case(case: Case, model: str | None = None) -> dict[str, Any]:
    """Read and build one case as ``kzgraph build`` does; what happened, never an exception."""
    import pyoxigraph as ox

    from kzgraph.build import build_corpus
    from kzgraph.store.embedded import export
    from kzgraph.validate import conforms_text

    result: dict[str, Any] = {"written": 0, "skipped": 0, "failed": [], "invalid": [], "traceback": None}
    try:
        with tempfile.TemporaryDirectory(prefix="kzgraph-fuzz-") as folder:
            path = Path(folder) / case.file_name
            path.write_bytes(case.data)
            reader = read_corpus(path)
            store = ox.Store()
            report = build_corpus(reader, store, model=model, validator=conforms_text)
            export(store, Path(folder) / "out.trig", "trig")
            for problem in reader.problems:
                str(problem)  # the message must be printable
            result.update(written=report.articles, skipped=reader.skipped, failed=report.failed,
                          invalid=[f"{aid}: {text}" for aid, text in report.invalid])
    except Exception:  # noqa: BLE001 - what the fuzzer is looking for
        result["traceback"] = traceback.format_exc()
    return result


def _worker(conn: Connection, model: str | None) -> None:
    from kzgraph.nlp import load_pipeline

    load_pipeline(model)
    conn.send("ready")
    while True:
        case = conn.recv()
        if case is None:
            return
        conn.send(build_case(case, model))


def _cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


class Worker:
    """One child process that builds cases; replaced when it hangs."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self._start()

    def _start(self) -> None:
        context = mp.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, self.model), daemon=True)
        self.process.start()
        self.conn.recv()  # the pipeline is loaded: its time is not the cases'

    def build(self, case: Case, budget: float) -> tuple[dict[str, Any] | None, float]:
        """(result or None for a hang, CPU seconds the worker spent). The budget is CPU time, so
        a busy machine does not turn slow cases into hangs; ten times it in wall time is the
        backstop for a worker that blocks without computing."""
        process = psutil.Process(self.process.pid)
        cpu_before = _cpu_seconds(process)
        start = time.perf_counter()
        self.conn.send(case)
        while not self.conn.poll(1.0):
            spent = _cpu_seconds(process) - cpu_before
            if spent > budget or time.perf_counter() - start > 10 * budget:
                self.process.kill()
                self.process.join()
                self._start()
                return None, spent
        result = self.conn.recv()
        return result, _cpu_seconds(process) - cpu_before

    def close(self) -> None:
        self.conn.send(None)
        self.process.join(10)


def source_articles(folders: Iterable[Path]) -> list[Article]:
    articles: list[Article] = []
    for folder in folders:
        articles.extend(read_corpus(folder))
    if not articles:
        raise SystemExit("kzgraph.fuzz: no source articles found")
    return articles


def cases(articles: list[Article], count: int, seed: int) -> Iterator[Case]:
    rng = random.Random(seed)
    for number in range(count):
        source = rng.choice(articles)
        yield make_case(number, source.id, source.text, rng)


def fuzz(articles: list[Article], count: int, seed: int = 0, budget: float = 60.0,
         model: str | None = None, keep: Path | None = None,
         progress: Callable[[FuzzReport], None] | None = None) -> FuzzReport:
    """Build ``count`` mutated cases; failing cases are written to ``keep`` (a folder) if given;
    ``progress`` is called after every case."""
    report = FuzzReport()
    worker = Worker(model)
    try:
        for case in cases(articles, count, seed):
            before = len(report.failures)
            result, seconds = worker.build(case, budget)
            report.add(case, result, seconds)
            if keep is not None and len(report.failures) > before:
                keep.mkdir(parents=True, exist_ok=True)
                (keep / case.file_name).write_bytes(case.data)
            if progress is not None:
                progress(report)
    finally:
        worker.close()
    return report
