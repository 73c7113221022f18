"""Section 3: ``kzgraph build --jobs N`` against 1 job on the example corpus repeated.

The builds run interleaved (1 job, 2 jobs, 1 job, ...) so that a change of the machine's load
hits both. On a shared machine the wall times do not compare; the CPU times (user + sys of the
build and its workers) and the serial parts of the N-job build (:mod:`kzgraph.bench.critical`)
give what N idle cores would allow.
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from kzgraph.bench import concurrency, critical
from kzgraph.bench.corpus import EXAMPLE, _build, _failed, example_articles, write_corpus
from kzgraph.bench.proc import ChildResult
from kzgraph.bench.report import Section, mb, ratio, verdict


def parallelism(factor: int, jobs: list[int], work: Path, timeout: float, repetitions: int = 1) -> Section:
    section = Section(
        f"3. Parallelism: kzgraph build --jobs N on the example corpus ×{factor}",
        ["jobs", "articles", "runs", "wall time (median)", "speed-up vs 1 job", "target ≥ 1.80×",
         "CPU (median)", "allows on N idle cores", "peak RSS (largest process)",
         "peak RSS (all processes, sampled)"],
    )
    load_before = os.getloadavg()[0]
    corpus = work / f"corpus-x{factor}.jsonl"
    n = write_corpus(example_articles(), factor, corpus)
    # The start-up (imports, loading the pipeline, the first article's one-time loading of
    # lexicons and caches) is what a build of one article costs: no worker shares it.
    write_corpus(example_articles()[:1], 1, work / "corpus-one.jsonl")
    startup_run = _build(work / "corpus-one.jsonl", work, "store", 1, timeout)
    runs: dict[int, list[ChildResult]] = {j: [] for j in jobs}
    serial: dict[int, list[critical.Serial]] = {j: [] for j in jobs}
    failures: dict[int, str] = {}
    for _ in range(max(repetitions, 1)):
        for j in jobs:  # interleaved: a change of load hits every job count alike
            module = "kzgraph.bench.critical" if j > 1 else "kzgraph"
            result = _build(corpus, work, "store", j, timeout, module=module)
            failure = _failed(result)
            if failure:
                failures[j] = failure
                continue
            runs[j].append(result)
            parts = critical.parse(result.stderr)
            if parts is not None:
                serial[j].append(parts)
    _rows(section, n, jobs, runs, serial, failures)
    startup = startup_run.cpu_seconds if startup_run.ok else None
    section.notes += _notes(startup, runs, serial, load_before)
    passes = 8 if factor >= 10 else 1  # --quick: a smoke test of the measurement
    section.notes.append(concurrency.note(concurrency.alone_and_paired(passes, EXAMPLE, timeout), passes))
    return section


def _median(values: list[float]) -> float:
    return statistics.median(values)


def allows(one: float, many: float, before_fork: float, tail: float, jobs: int) -> float:
    """The speed-up N idle cores allow: the serial parts alone, the rest of the N-job build's CPU
    (its workers' and the parent's) spread over N cores."""
    alone = before_fork + tail
    return one / (alone + max(many - alone, 0.0) / jobs)


def _rows(section: Section, n: int, jobs: list[int], runs: dict[int, list[ChildResult]],
          serial: dict[int, list[critical.Serial]], failures: dict[int, str]) -> None:
    base = _median([r.seconds for r in runs[1]]) if runs.get(1) else None
    base_cpu = _median([r.cpu_seconds for r in runs[1]]) if runs.get(1) else None
    for j in jobs:
        done = runs[j]
        if not done:
            section.rows.append([str(j), str(n), "0", failures.get(j, "–"), "–", "–", "–", "–", "–", "–"])
            continue
        wall = _median([r.seconds for r in done])
        cpu = _median([r.cpu_seconds for r in done])
        speed = base / wall if base else None
        bound = "–"
        if j > 1 and base_cpu and serial[j]:
            bound = ratio(allows(base_cpu, cpu, _median([s.before_fork for s in serial[j]]),
                                 _median([s.tail for s in serial[j]]), j))
        section.rows.append([
            str(j), str(n), str(len(done)), f"{wall:,.1f} s", ratio(speed) if speed else "–",
            verdict(speed >= 1.8) if j == 2 and speed else "–", f"{cpu:,.1f} s", bound,
            mb(max(r.peak_rss for r in done)), mb(max(r.peak_tree_rss for r in done)),
        ])


def _notes(startup: float | None, runs: dict[int, list[ChildResult]],
           serial: dict[int, list[critical.Serial]], load_before: float) -> list[str]:
    notes = [
        "Baseline: 1 job, same corpus, same command (`--store DIR --no-validate`), the builds of each "
        "job count interleaved. Workers are forked; their summed RSS counts shared pages more than once.",
        "CPU is user + sys of the build and its workers: on a shared machine the wall time also holds "
        "other processes' turns on the cores, the CPU time does not.",
    ]
    for j, parts in sorted(serial.items()):
        if j > 1 and parts:
            before = ", ".join(f"{s.before_fork:.2f}" for s in parts)
            tail = ", ".join(f"{s.tail:.2f}" for s in parts)
            notes.append(
                f"Serial parts of the {j}-job builds (CPU of the parent, `kzgraph.bench.critical`): "
                f"before its workers fork (imports, the pipeline, the extractors' warm-up) {before} s; from "
                f"the last batch written to its exit {tail} s. 'Allows' is T₁ / (serial + (T_N − serial)/N) "
                "with the medians: what N idle cores would give if the rest spread evenly.")
    if startup is not None and runs.get(1):
        one = _median([r.cpu_seconds for r in runs[1]])
        bounds = [f"{allows(one, _median([r.cpu_seconds for r in runs[j]]), startup, 0.0, j):.2f}× "
                  f"with {j} jobs" for j in sorted(runs) if j > 1 and runs[j]]
        notes.append(
            f"A whole one-article build (the start-up S of earlier sessions) took {startup:,.2f} s of CPU; "
            f"taking all of it as serial, as earlier sessions did, allows {', '.join(bounds) or '–'} "
            "(it also counts that article's NLP, graph, store write and compaction, which a larger build "
            "does while its workers run).")
    notes.append(
        f"Machine load (1-minute average) before this part: {load_before:.1f}, after: "
        f"{os.getloadavg()[0]:.1f} (2 cores; a load above 2 means other processes took turns on the cores).")
    return notes
