"""Bounded memory: peak RSS of `kzgraph build` on synthetic corpora of growing size.

The corpus is the graph benchmark's synthetic articles (:mod:`kzgraph.bench.synthetic`) as
text (their first sentences), put through the real build (NLP, extraction, person merging,
store): short articles about persons drawn from a pool of 5,000 with a skewed choice, so the
number of distinct persons grows with the corpus as in news. Each build is its own process,
one job.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from kzgraph.bench.proc import ChildResult, run_child
from kzgraph.bench.report import Section, mb, ratio, verdict
from kzgraph.bench.synthetic import synthetic_article

TARGET = 1.15  # peak RSS of the largest corpus against the smallest


def write_synthetic_corpus(path: Path, articles: int, seed: int = 42) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for index in range(articles):
            article, _facts = synthetic_article(seed, index)
            # The first sentences (about 400 characters): memory is about the number of articles
            # and persons, and short articles keep a 5,000-article build to minutes.
            cut = article.text.find(". ", 400)
            text = article.text[: cut + 1] if cut > 0 else article.text
            record = {"id": article.id, "text": text,
                      "date": article.date.isoformat() if article.date else None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _build(corpus: Path, work: Path, output: str, timeout: float) -> ChildResult:
    target = work / "memory-out"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    args = [sys.executable, "-m", "kzgraph", "build", str(corpus), "--no-validate", "-q"]
    if output == "turtle":
        args += ["--output", str(target / "graph.ttl")]
    else:
        args += ["--store", str(target / "store")]
    result = run_child(args, timeout)
    shutil.rmtree(target, ignore_errors=True)
    return result


def memory(sizes: list[int], outputs: list[str], work: Path, timeout: float) -> Section:
    section = Section(
        "6. Bounded memory: kzgraph build on synthetic corpora (1 job, no validation)",
        ["output", "articles", "wall time", "per article", "peak RSS", "ratio vs smallest",
         f"target ≤ {TARGET:.2f}×"],
    )
    for size in sizes:
        write_synthetic_corpus(work / f"synthetic-{size}.jsonl", size)
    for output in outputs:
        base: int | None = None
        for size in sizes:
            result = _build(work / f"synthetic-{size}.jsonl", work, output, timeout)
            if not result.ok:
                section.rows.append([output, str(size), result.killed or f"exit {result.returncode}",
                                     "–", mb(result.peak_rss), "–", "–"])
                continue
            base = base if base is not None else result.peak_rss
            value = result.peak_rss / base
            last = size == sizes[-1] and size != sizes[0]
            section.rows.append([output, f"{size:,}", f"{result.seconds:,.1f} s",
                                 f"{result.seconds / size * 1000:,.0f} ms", mb(result.peak_rss),
                                 ratio(value), verdict(value <= TARGET) if last else "–"])
    section.notes += [
        "Peak RSS is the build process's ru_maxrss (wait4). Baseline for the ratio: the smallest corpus.",
        "Facts wait in a temporary file between extraction and writing, person names alone are merged "
        "in memory, `--output` alone builds into a temporary on-disk store and writes the file from the "
        "union it tees off while writing (kzgraph.store.tee), so the store is not read back.",
    ]
    return section
