"""Synthetic knowledge graphs in the ontology's shape, for graph-scale benchmarks: the articles
of :mod:`kzgraph.bench.synthetic` written as N-Quads, in order, by one or more processes.

Layout "shared" (the default) writes the descriptions of shared nodes once into the shared
graph, as the build does; "repeated" repeats them in every article graph, as earlier versions
did (the benchmarks' baseline). Article ``i`` depends only on ``(seed, i)``: a sample of
articles can be regenerated on its own (the validation benchmark does that) and the output is
the same for any number of worker processes.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections import deque
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

import pyoxigraph as ox

from kzgraph.bench.synthetic import DEFAULT_PERSONS, synthetic_graph
from kzgraph.graph import iris
from kzgraph.store.embedded import split_shared

# Layouts: "shared" writes as the build does now (shared node descriptions once, in the shared
# graph); "repeated" as earlier versions did (repeated in every article graph), the baseline.
LAYOUTS = ("shared", "repeated")


def _nquads(triples: list[ox.Triple], graph: str) -> list[bytes]:
    name = f" <{graph}> .\n".encode()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    # N-Triples escapes newlines inside literals, so " .\n" only ever ends a statement.
    return sorted(line[:-2] + name for line in data.split(b"\n") if line)  # sorted: identical reruns


def article_nquads(seed: int, index: int, persons: int = DEFAULT_PERSONS,
                   layout: str = "shared") -> tuple[bytes, list[bytes]]:
    """(the article graph's N-Quads, its shared-graph N-Quad lines, to be written once each)."""
    own, shared = split_shared(synthetic_graph(seed, index, persons))
    graph = str(iris.article_graph_iri(f"synthetic-{index:08d}"))
    if layout == "repeated":
        return b"".join(_nquads(own + shared, graph)), []
    return b"".join(_nquads(own, graph)), _nquads(shared, str(iris.SHARED_GRAPH))


def _chunk(args: tuple[int, int, int, int, str]) -> list[tuple[bytes, list[bytes]]]:
    seed, start, stop, persons, layout = args
    return [article_nquads(seed, i, persons, layout) for i in range(start, stop)]


@dataclass
class Generated:
    path: Path
    quads: int
    articles: int
    seconds: float


def _chunks(seed: int, persons: int, size: int, layout: str) -> Iterator[tuple[int, int, int, int, str]]:
    start = 0
    while True:
        yield seed, start, start + size, persons, layout
        start += size


def generate(
    path: Path,
    triples: int,
    seed: int = 42,
    persons: int = DEFAULT_PERSONS,
    jobs: int = 1,
    chunk: int | None = None,
    layout: str = "shared",
) -> Generated:
    """Write whole synthetic articles as N-Quads until at least ``triples`` quads are written."""
    began = time.perf_counter()
    # Articles have ~230 quads: small chunks for small sizes, so little is generated in vain.
    chunk = chunk or max(5, min(200, triples // 5000))
    quads = articles = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        chunks = _chunks(seed, persons, chunk, layout)
        pool = mp.get_context("fork").Pool(jobs) if jobs > 1 else None
        ordered = _in_order(pool, chunks, 2 * jobs) if pool is not None else None
        results: Iterator[list[tuple[bytes, list[bytes]]]] = ordered or map(_chunk, chunks)
        seen: set[bytes] = set()  # shared-graph lines already written: each goes in once
        try:
            for block in results:
                for data, shared in block:
                    if quads >= triples:
                        break
                    new = [line for line in shared if line not in seen]
                    seen.update(new)
                    out.write(data + b"".join(new))
                    quads += data.count(b"\n") + len(new)
                    articles += 1
                if quads >= triples:
                    break
        finally:
            if ordered is not None:
                ordered.close()  # waits for the few chunks in flight
            if pool is not None:
                pool.close()
                pool.join()
    return Generated(path, quads, articles, time.perf_counter() - began)


def _in_order(
    pool: Pool, chunks: Iterator[tuple[int, int, int, int, str]], window: int
) -> Generator[list[tuple[bytes, list[bytes]]], None, None]:
    """The chunks' results in order (so the file does not depend on the job count), with at
    most ``window`` in flight. Unlike ``Pool.imap`` over an endless task list, nothing is left
    queued when the caller stops, so the pool closes and joins instead of being terminated
    with its task feeder blocked on a full pipe (the test suite hung once in this generator)."""
    pending: deque[AsyncResult[list[tuple[bytes, list[bytes]]]]] = deque(
        pool.apply_async(_chunk, (task,)) for task in islice(chunks, window)
    )
    try:
        while pending:
            block = pending.popleft().get()
            pending.append(pool.apply_async(_chunk, (next(chunks),)))
            yield block
    finally:
        for result in pending:
            result.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzgraph.bench.generate", description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--persons", type=int, default=DEFAULT_PERSONS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--layout", choices=LAYOUTS, default="shared")
    args = parser.parse_args(argv)
    result = generate(args.output, args.triples, args.seed, args.persons, args.jobs, layout=args.layout)
    print(
        f"{result.quads} quads, {result.articles} articles, {result.seconds:.1f} s -> {result.path}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
