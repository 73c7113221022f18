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

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kzgraph.bench.graphscale import Dataset, size_label
from kzgraph.bench.report import Section, verdict
from kzgraph.bench.synthetic import synthetic_graph
from kzgraph.build import BATCH_QUADS
from kzgraph.store.bulk import ArticleQuads, write_batch
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


def _build_writes(directory: Path, graphs: list[tuple[str, Graph]]) -> int:
    store = open_store(directory)
    for article_id, graph in graphs:
        replace_article_graph(store, article_id, graph)
    return sum(len(graph) for _, graph in graphs)


def _batch_writes(directory: Path, articles: list[ArticleQuads], batch_quads: int = BATCH_QUADS) -> int:
    """As the build writes: the workers' N-Quads, batches of about ``batch_quads``."""
    store = open_store(directory)
    batch: list[ArticleQuads] = []
    written = pending = 0
    for article in articles:
        batch.append(article)
        pending += article.quads
        if pending >= batch_quads:
            written += write_batch(store, batch)
            batch, pending = [], 0
    return written + write_batch(store, batch)


def _cli_load(path: Path, directory: Path) -> tuple[int, float, float] | None:
    """The `oxigraph load` command (the same loader, in Rust, no Python): quads, wall, CPU."""
    command = shutil.which("oxigraph")
    if command is None:
        return None
    began = time.perf_counter()
    with subprocess.Popen([command, "load", "--location", str(directory), "--file", str(path)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as child:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        return None
    return len(ox.Store(str(directory))), time.perf_counter() - began, usage.ru_utime + usage.ru_stime


def load_prefix(dataset: Dataset, work: Path, quads: int) -> Path:
    """The first ``quads`` lines of the dataset (whole articles are not needed to load)."""
    path = work / f"load-prefix-{quads}.nq"
    if not path.exists():
        with dataset.path.open("rb") as source, path.open("wb") as out:
            out.writelines(islice(source, quads))
    return path


def load_limits_section(dataset: Dataset, work: Path, max_quads: int = 1_000_000,
                        build_articles: int = 1000) -> Section:
    section = Section(
        "7c. Bulk load: what limits it (one N-Quads file, empty stores)",
        ["step", "quads", "wall", "quads/s (wall)", "quads/s (CPU)", f"≥ {TARGET // 1000} k/s (wall)"],
    )
    path = load_prefix(dataset, work, min(max_quads, dataset.quads))
    graphs = [(f"synthetic-{i:08d}", synthetic_graph(42, i)) for i in range(build_articles)]
    scratch = work / "load-scratch"

    def disk() -> Path:
        shutil.rmtree(scratch, ignore_errors=True)
        return scratch

    prepared = [ArticleQuads.of(aid, graph.serialize(format="nt", encoding="utf-8")) for aid, graph in graphs]
    steps: list[tuple[str, Callable[[], int]]] = [
        ("parse only (ox.parse iterated in Python)", lambda: _parse_only(path)),
        ("bulk_load, in-memory store", lambda: _bulk_load(path, None)),
        ("bulk_load, on-disk store", lambda: _bulk_load(path, disk())),
        ("bulk_load lenient=True, on-disk store", lambda: _bulk_load(path, disk(), lenient=True)),
        ("bulk_extend from ox.parse (Python loop), on-disk", lambda: _bulk_extend(path, disk())),
        (f"before: replace_article_graph, a transaction per article ({build_articles} articles)",
         lambda: _build_writes(disk(), graphs)),
        (f"build: write_batch of the workers' N-Quads, {BATCH_QUADS // 1000} k quads per batch "
         f"({build_articles} articles)", lambda: _batch_writes(disk(), prepared)),
    ]
    for label, run in steps:
        section.rows.append(_row(label, *_measure(run)))
    cli = _cli_load(path, disk())
    if cli is not None:
        section.rows.append(_row("`oxigraph load` (Rust command line, no Python), on-disk store", *cli))
    shutil.rmtree(scratch, ignore_errors=True)
    section.notes += _notes(dataset, max_quads)
    return section


def _row(label: str, quads: int, wall: float, cpu: float) -> list[str]:
    return [label, f"{quads:,}", f"{wall:,.1f} s", f"{quads / wall / 1000:,.0f} k/s",
            f"{quads / cpu / 1000:,.0f} k/s", verdict(quads / wall >= TARGET)]


def _notes(dataset: Dataset, max_quads: int) -> list[str]:
    return [
        f"File: the first {size_label(min(max_quads, dataset.quads))} quads of the "
        f"{size_label(dataset.triples)} dataset. The last two rows write synthetic article graphs as a "
        "build writes its extracted ones: 'before' from rdflib Graphs (made before the timing; rdflib -> "
        "N-Triples -> pyoxigraph terms, shared descriptions split off, one transaction per article); "
        "'build' from the N-Quads a worker makes of each graph (kzgraph.store.bulk.ArticleQuads, made "
        "before the timing, as the workers do), bulk-loaded per batch, labels and hash triples after.",
        "Reading the table: if 'parse only' is near the on-disk load, the parser limits; if the in-memory "
        "load is far above the on-disk one, the store's disk writing (RocksDB SST files, six indexes plus "
        "the string table) limits; the gap between bulk_load and bulk_extend is the Python side; "
        "`oxigraph load` is the same loader without Python (its CPU time is that child's).",
        f"Machine load (1-minute average) after this part: {os.getloadavg()[0]:.1f} (2 cores).",
    ]
