"""glibc malloc settings against the two parts bound by it: rudof's SHACL and the bulk loader.

rudof (pyrudof) and Oxigraph's bulk loader (pyoxigraph) are Rust extensions whose allocator is
the system's malloc: a third of their CPU is glibc's malloc/free (BENCHMARKS.md, 9b and 10a).
This measures what a Python package can change about that from inside the process, on the
same work as the build:

- ``mallopt`` through ctypes at start-up (what kzgraph could call in its CLI and workers):
  the mmap/trim thresholds and top pad, no fastbins or the largest ones, one arena;
- ``GLIBC_TUNABLES`` (read only when a process starts, so kzgraph could set it only for the
  processes it starts itself): a larger per-thread cache (``tcache_count``);
- jemalloc preloaded (``LD_PRELOAD`` of the system's ``libjemalloc.so.2``, when installed):
  the reference for what another allocator gives; a library cannot do this for its caller.

Each setting runs in a fresh child process (its own heap), interleaved over rounds; the child
times its own work in CPU seconds (all its threads: the loader runs two), after the imports.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from kzgraph.bench.report import Section

JEMALLOC = Path("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2")

# glibc's mallopt parameter numbers (malloc.h)
M_MXFAST, M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD, M_ARENA_MAX = 1, -1, -2, -3, -8


@dataclass(frozen=True)
class Setting:
    label: str
    mallopt: tuple[tuple[int, int], ...] = ()
    env: tuple[tuple[str, str], ...] = ()


SETTINGS = (
    Setting("glibc defaults (the baseline)"),
    Setting("mallopt: mmap threshold 32 MB, trim threshold 256 MB, top pad 64 MB",
            ((M_MMAP_THRESHOLD, 32 << 20), (M_TRIM_THRESHOLD, 256 << 20), (M_TOP_PAD, 64 << 20))),
    Setting("mallopt: no fastbins (M_MXFAST 0)", ((M_MXFAST, 0),)),
    Setting("mallopt: largest fastbins (M_MXFAST 160)", ((M_MXFAST, 160),)),
    Setting("mallopt: one arena (M_ARENA_MAX 1)", ((M_ARENA_MAX, 1),)),
    Setting("GLIBC_TUNABLES: tcache_count 1000 (7 by default)",
            env=(("GLIBC_TUNABLES", "glibc.malloc.tcache_count=1000"),)),
    Setting("jemalloc preloaded (reference; not something a library can do)",
            env=(("LD_PRELOAD", str(JEMALLOC)),)),
)


def apply_mallopt(pairs: tuple[tuple[int, int], ...] | list[list[int]]) -> None:
    libc = ctypes.CDLL("libc.so.6")
    for parameter, value in pairs:
        if libc.mallopt(parameter, value) != 1:
            raise OSError(f"mallopt({parameter}, {value}) failed")


# -- in the child ---------------------------------------------------------------------------------

def _shacl_work(data: Path) -> tuple[int, float]:
    from kzgraph.validate import rudof_engine

    graphs = json.loads(data.read_text(encoding="utf-8"))
    for graph in graphs:  # warm-up: the session parses the shapes once
        rudof_engine.validate_ntriples(graph)
    start = time.process_time()
    for graph in graphs:
        rudof_engine.validate_ntriples(graph)
    return sum(g.count("\n") for g in graphs), time.process_time() - start


def _load_work(data: Path, scratch: Path) -> tuple[int, float]:
    import shutil

    import pyoxigraph as ox

    shutil.rmtree(scratch, ignore_errors=True)
    start = time.process_time()
    store = ox.Store(str(scratch))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.process_time() - start
    quads = len(store)
    del store
    shutil.rmtree(scratch, ignore_errors=True)
    return quads, seconds


def _child(argv: list[str]) -> None:
    work, data, settings = argv[0], Path(argv[1]), json.loads(argv[2])
    apply_mallopt(settings)
    units, seconds = _shacl_work(data) if work == "shacl" else _load_work(data, Path(argv[3]))
    print(json.dumps([units, seconds]))


# -- in the benchmark -----------------------------------------------------------------------------

def _run(setting: Setting, work: str, data: Path, scratch: Path) -> float | None:
    """Units per CPU second of one child, None if it failed."""
    env = {**os.environ, **dict(setting.env)}
    command = [sys.executable, "-m", "kzgraph.bench.allocators", work, str(data),
               json.dumps(setting.mallopt), str(scratch)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        return None
    units, seconds = json.loads(done.stdout.strip().splitlines()[-1])
    return units / seconds


def allocator_section(shacl_graphs: list[str], load_file: Path, work: Path, quick: bool = False) -> Section:
    """Each setting's rates against the defaults'; ``quick``: the defaults and one setting, once."""
    section = Section(
        "18. glibc malloc settings: rudof's SHACL and the bulk loader (CPU, one child per setting)",
        ["setting", "rudof: triples/s (CPU, median (range))", "× defaults",
         "bulk_load: quads/s (CPU, median (range))", "× defaults"],
    )
    settings = [s for s in SETTINGS if "LD_PRELOAD" not in dict(s.env) or JEMALLOC.exists()]
    settings, rounds = (settings[:2], 1) if quick else (settings, 3)
    data = work / "alloc-shacl-graphs.json"
    data.write_text(json.dumps(shacl_graphs), encoding="utf-8")
    rates: dict[tuple[str, str], list[float]] = {}
    for turn in range(rounds):  # interleaved: each setting once per round, the order rotated
        for setting in settings[turn % len(settings):] + settings[:turn % len(settings)]:
            for kind, path in (("shacl", data), ("load", load_file)):
                rate = _run(setting, kind, path, work / "alloc-scratch")
                if rate is not None:
                    rates.setdefault((setting.label, kind), []).append(rate)
    base = {kind: median(rates.get((settings[0].label, kind), [0.0])) for kind in ("shacl", "load")}
    for setting in settings:
        row = [setting.label]
        for kind in ("shacl", "load"):
            found = rates.get((setting.label, kind))
            rate = median(found) if found else 0.0
            spread = f" ({min(found) / 1000:,.0f}–{max(found) / 1000:,.0f})" if len(found or ()) > 1 else ""
            row += [f"{rate / 1000:,.1f} k/s{spread}" if found else "failed",
                    f"{rate / base[kind]:.2f}×" if found and base[kind] else "–"]
        section.rows.append(row)
    section.notes.append(
        f"{len(shacl_graphs)} article graphs validated by the build's rudof call "
        f"(kzgraph.validate.rudof_engine, after one warm-up pass); bulk_load of {load_file.name} into an "
        f"empty on-disk store. Each setting in a fresh child process, {rounds} interleaved rounds (the "
        "order rotated each round), median and range; CPU time of the child's work (all threads), so the "
        "machine's load shows less than in wall time, but it still moves CPU times by ±10 % on a shared "
        "machine: a setting helps only if it beats the defaults by more than that, round after round.")
    return section


if __name__ == "__main__":
    _child(sys.argv[1:])
