"""What limits loading into the embedded store: parsing, the Python side, the store's loader.

On the N-Quads file of a generated dataset (the smallest of the run, or a prefix of it):
- ``ox.parse`` iterated from Python (parser plus one Python object per quad);
- ``Store.bulk_load`` into an in-memory store (parser plus indexing, no disk);
- ``Store.bulk_load`` into an on-disk store, strict and ``lenient=True`` (no IRI validation);
- ``Store.bulk_extend`` fed from ``ox.parse`` (the Python side in the loop);
and the build's own writing of article graphs (rdflib graph -> store), one transaction per
article (:func:`kzgraph.store.embedded.replace_article_graph`, what the build does) against
:func:`kzgraph.store.bulk.write_article_graphs` (bulk, hash triples last).

Each figure is quads per second of wall time and of CPU time (all threads of this process:
the loaders run several threads, so CPU can exceed wall time); the load of the machine shows
as the gap between the two.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kzgraph.bench.graphscale import Dataset, size_label
from kzgraph.bench.report import Section, verdict
from kzgraph.bench.synthetic import synthetic_graph
from kzgraph.store.bulk import write_article_graphs
from kzgraph.store.embedded import open_store, replace_article_graph

TARGET = 200_000


def _measure(run: Callable[[], int]) -> tuple[int, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    quads = run()
    return quads, time.perf_counter() - wall, time.process_time() - cpu


def _parse_only(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def _bulk_load(path: Path, directory: Path | None, lenient: bool = False) -> int:
    store = ox.Store() if directory is None else ox.Store(str(directory))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=lenient)
    store.flush()
    return len(store)


def _bulk_extend(path: Path, directory: Path) -> int:
    store = ox.Store(str(directory))
    store.bulk_extend(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    store.flush()
    return len(store)


def _build_writes(directory: Path, graphs: list[tuple[str, Graph]], bulk: bool, batch: int = 100) -> int:
    store = open_store(directory)
    if not bulk:
        for article_id, graph in graphs:
            replace_article_graph(store, article_id, graph)
        return sum(len(graph) for _, graph in graphs)
    return sum(write_article_graphs(store, graphs[i:i + batch]) for i in range(0, len(graphs), batch))


def _prefix(dataset: Dataset, work: Path, quads: int) -> Path:
    """The first ``quads`` lines of the dataset (whole articles are not needed to load)."""
    path = work / f"load-prefix-{quads}.nq"
    if not path.exists():
        with dataset.path.open("rb") as source, path.open("wb") as out:
            out.writelines(islice(source, quads))
    return path


def load_limits_section(dataset: Dataset, work: Path, max_quads: int = 1_000_000,
                        build_articles: int = 1000) -> Section:
    section = Section(
        "6c. Bulk load: what limits it (one N-Quads file, empty stores)",
        ["step", "quads", "wall", "quads/s (wall)", "quads/s (CPU)", f"≥ {TARGET // 1000} k/s (wall)"],
    )
    path = _prefix(dataset, work, min(max_quads, dataset.quads))
    graphs = [(f"synthetic-{i:08d}", synthetic_graph(42, i)) for i in range(build_articles)]
    scratch = work / "load-scratch"

    def disk() -> Path:
        shutil.rmtree(scratch, ignore_errors=True)
        return scratch

    steps: list[tuple[str, Callable[[], int]]] = [
        ("parse only (ox.parse iterated in Python)", lambda: _parse_only(path)),
        ("bulk_load, in-memory store", lambda: _bulk_load(path, None)),
        ("bulk_load, on-disk store", lambda: _bulk_load(path, disk())),
        ("bulk_load lenient=True, on-disk store", lambda: _bulk_load(path, disk(), lenient=True)),
        ("bulk_extend from ox.parse (Python loop), on-disk", lambda: _bulk_extend(path, disk())),
        (f"build: replace_article_graph per article ({build_articles} articles)",
         lambda: _build_writes(disk(), graphs, bulk=False)),
        (f"build: write_article_graphs, 100 per call ({build_articles} articles)",
         lambda: _build_writes(disk(), graphs, bulk=True)),
    ]
    for label, run in steps:
        quads, wall, cpu = _measure(run)
        section.rows.append([label, f"{quads:,}", f"{wall:,.1f} s", f"{quads / wall / 1000:,.0f} k/s",
                             f"{quads / cpu / 1000:,.0f} k/s", verdict(quads / wall >= TARGET)])
    shutil.rmtree(scratch, ignore_errors=True)
    section.notes += [
        f"File: the first {size_label(min(max_quads, dataset.quads))} quads of the "
        f"{size_label(dataset.triples)} dataset. The build rows write synthetic article graphs (rdflib "
        "Graphs, made before the timing) as a build writes its extracted ones: rdflib -> N-Triples -> "
        "pyoxigraph terms, shared descriptions split off, then the store.",
        "Reading the table: if 'parse only' is near the on-disk load, the parser limits; if the in-memory "
        "load is far above the on-disk one, the store's disk writing (RocksDB SST files, six indexes plus "
        "the string table) limits; the gap between bulk_load and bulk_extend is the Python side.",
    ]
    return section
