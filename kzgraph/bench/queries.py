"""Saved queries on Oxigraph against rdflib, each engine in a worker process.

The worker loads the data once, then answers one query per request line; the parent
enforces a time limit per query and a memory cap by killing the worker, and starts a new
one for the remaining queries (Oxigraph reopens its on-disk store; rdflib has to parse
again, which is why a total budget bounds the restarts).

    python -m kzgraph.bench.queries oxigraph DATA.nq STORE_DIR   # worker (stdin/stdout JSON)
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from kzgraph.bench.proc import RSS_CAP, kill_tree, tree_rss
from kzgraph.bench.synthetic import sample_person_name
from kzgraph.query import SavedQuery, list_queries

REPEAT_BUDGET = 2.0  # seconds: repeat a query (up to 3 runs, median) only while it is this cheap


def params_for(query: SavedQuery) -> dict[str, str]:
    return {"name": sample_person_name()} if "name" in query.parameters else {}


def with_limit(query: SavedQuery, limit: int | None) -> SavedQuery:
    if limit is None:
        return query
    # Every saved query ends with its solution modifiers (ORDER BY), so LIMIT can follow.
    return dataclasses.replace(query, text=f"{query.text.rstrip()}\nLIMIT {limit}\n")


# -- worker side ----------------------------------------------------------------------------


def _load_oxigraph(data: Path, store_dir: Path, merged: bool = False):  # noqa: ANN202
    """Bulk-load into an on-disk store; ``merged`` drops the graph names (diagnostic: the
    union of named graphs repeats a triple once per graph that holds it)."""
    import pyoxigraph as ox

    from kzgraph.query import run_query

    marker = store_dir / "bench-loaded.json"
    info = {}
    if marker.exists():
        store = ox.Store(str(store_dir))
        info = json.loads(marker.read_text())
        info["reopened"] = True
    else:
        store_dir.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(store_dir))
        began = time.perf_counter()
        if merged:
            quads = ox.parse(path=str(data), format=ox.RdfFormat.N_QUADS)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        store.flush()
        seconds = time.perf_counter() - began
        info = {"seconds": seconds, "quads": len(store), "rss": psutil.Process().memory_info().rss}
        marker.write_text(json.dumps(info))

    def run(query: SavedQuery) -> int:
        return len(run_query(store, query, params_for(query)).rows)

    return run, info


def _load_rdflib(data: Path):  # noqa: ANN202 - returns (runner, info)
    from rdflib import Dataset, Literal

    began = time.perf_counter()
    dataset = Dataset(default_union=True)  # queries see the union, as Oxigraph's are run
    dataset.parse(str(data), format="nquads")
    info = {
        "seconds": time.perf_counter() - began,
        "quads": len(dataset),
        "rss": psutil.Process().memory_info().rss,
    }

    def run(query: SavedQuery) -> int:
        bindings = {k: Literal(v) for k, v in params_for(query).items()}
        rows = 0
        for row in dataset.query(query.text, initBindings=bindings):
            _ = [str(v) if v is not None else "" for v in row]  # as the CLI turns terms into text
            rows += 1
        return rows

    return run, info


def worker(engine: str, data: Path, store_dir: Path | None) -> None:
    if engine.startswith("oxigraph"):
        assert store_dir is not None
        run, info = _load_oxigraph(data, store_dir, merged=engine == "oxigraph-merged")
    else:
        run, info = _load_rdflib(data)
    print(json.dumps({"loaded": info}), flush=True)
    queries = {q.name: q for q in list_queries()}
    for line in sys.stdin:
        request = json.loads(line)
        query = with_limit(queries[request["name"]], request.get("limit"))
        times: list[float] = []
        rows = 0
        while len(times) < 3 and sum(times) < REPEAT_BUDGET:
            began = time.perf_counter()
            rows = run(query)
            times.append(time.perf_counter() - began)
        print(json.dumps({"ms": [t * 1000 for t in times], "rows": rows}), flush=True)


# -- parent side ----------------------------------------------------------------------------


@dataclass
class QueryTiming:
    name: str
    limit: int | None
    ms: float | None = None  # median
    rows: int | None = None
    failure: str | None = None  # "> 30 s", "memory", "budget", "error: ..."


@dataclass
class EngineRun:
    engine: str
    load: dict = field(default_factory=dict)
    timings: list[QueryTiming] = field(default_factory=list)
    failure: str | None = None


class _Worker:
    def __init__(self, engine: str, data: Path, store_dir: Path | None) -> None:
        args = [sys.executable, "-m", "kzgraph.bench.queries", engine, str(data)]
        if store_dir is not None:
            args.append(str(store_dir))
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.watch = psutil.Process(self.proc.pid)
        self.peak_rss = 0

    def read(self, timeout: float) -> tuple[dict | None, str | None]:
        """The next reply, or (None, reason) when the time limit or memory cap is hit."""
        assert self.proc.stdout is not None
        began = time.perf_counter()
        while True:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if ready:
                line = self.proc.stdout.readline()
                if not line:
                    err = self.proc.stderr.read().decode("utf-8", "replace") if self.proc.stderr else ""
                    return None, f"error: {err.strip().splitlines()[-1] if err.strip() else 'worker died'}"
                return json.loads(line), None
            rss = tree_rss(self.watch)
            self.peak_rss = max(self.peak_rss, rss)
            if rss > RSS_CAP:
                self.stop()
                return None, f"memory > {RSS_CAP / 1024**3:.0f} GiB"
            if time.perf_counter() - began > timeout:
                self.stop()
                return None, f"> {timeout:.0f} s"

    def ask(self, request: dict, timeout: float) -> tuple[dict | None, str | None]:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(request) + "\n").encode())
        self.proc.stdin.flush()
        return self.read(timeout)

    def stop(self) -> None:
        kill_tree(self.proc.pid)
        self.proc.wait()


def bench_engine(
    engine: str,
    data: Path,
    store_dir: Path | None,
    *,
    timeout: float,
    budget: float,
    limits: tuple[int | None, ...] = (None, 100),
    load_timeout: float = 1200,
) -> EngineRun:
    """Every saved query (full result, then each LIMIT variant) on one engine."""
    result = EngineRun(engine)
    began = time.perf_counter()
    requests = [(q.name, limit) for limit in limits for q in list_queries()]
    timed_out: set[str] = set()
    started = False
    worker: _Worker | None = None
    for name, limit in requests:
        if worker is None:
            worker = _Worker(engine, data, store_dir)
            loaded, failure = worker.read(load_timeout)
            if loaded is None:
                result.failure = f"load: {failure}"
                break
            result.load = result.load or {**loaded["loaded"], "peak_rss": worker.peak_rss}
            if not started:
                began, started = time.perf_counter(), True  # the budget is for queries, not the load
        timing = QueryTiming(name, limit)
        result.timings.append(timing)
        if time.perf_counter() - began > budget:
            timing.failure = "skipped (time budget)"
            continue
        if limit is not None and name in timed_out:
            # Every saved query sorts its whole result, so a LIMIT cannot finish sooner.
            timing.failure = "skipped (full query timed out)"
            continue
        reply, failure = worker.ask({"name": name, "limit": limit}, timeout)
        if reply is None:
            timing.failure = failure
            timed_out.add(name)
            worker = None
            continue
        timing.ms, timing.rows = statistics.median(reply["ms"]), reply["rows"]
    if worker is not None:
        worker.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    engine, data = args[0], Path(args[1])
    store_dir = Path(args[2]) if len(args) > 2 else None
    os.environ.setdefault("PYTHONHASHSEED", "0")
    worker(engine, data, store_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
