"""What two busy processes cost each other on this machine: the CPU time of the same work
(NLP and extraction of the example articles) in one process alone, and in each of two processes
run at the same time. A build with 2 jobs pays this in its workers, whatever kzgraph does.

Run as ``python -m kzgraph.bench.concurrency PASSES CORPUS``: prints the loop's CPU seconds on
stderr.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from kzgraph.bench.proc import ChildResult, run_child

_MARK = "loop cpu seconds: "


def _loop(passes: int, corpus: Path) -> float:
    from kzgraph.extract import extract_article
    from kzgraph.nlp import load_pipeline
    from kzgraph.reading import read_corpus

    nlp = load_pipeline(None)
    articles = list(read_corpus(corpus))
    for article in articles:  # one-time loading, not counted
        extract_article(nlp(article.text), article)
    began = time.process_time()
    for _ in range(passes):
        for article in articles:
            extract_article(nlp(article.text), article)
    return time.process_time() - began


def _cpu(result: ChildResult) -> float | None:
    for line in result.stderr.splitlines():
        if line.startswith(_MARK):
            return float(line[len(_MARK):])
    return None


def alone_and_paired(passes: int, corpus: Path, timeout: float) -> tuple[float, list[float]] | None:
    """The loop's CPU seconds (NLP and extraction of ``corpus``) in one process alone, then in
    each of two run at once."""
    args = [sys.executable, "-m", "kzgraph.bench.concurrency", str(passes), str(corpus)]
    alone = _cpu(run_child(args, timeout))
    results: list[ChildResult] = []
    threads = [threading.Thread(target=lambda: results.append(run_child(args, timeout))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    paired = [c for c in map(_cpu, results) if c is not None]
    if alone is None or len(paired) != 2:
        return None
    return alone, paired


def note(measured: tuple[float, list[float]] | None, passes: int) -> str:
    if measured is None:
        return "Two busy processes: not measured (a child failed)."
    alone, paired = measured
    extra = sum(paired) / 2 / alone - 1
    return (
        f"Two busy processes on this machine: NLP and extraction of the example articles ({passes} passes) "
        f"took {alone:,.2f} s of CPU in one process alone and {paired[0]:,.2f} s and {paired[1]:,.2f} s "
        f"in each of two run at the same time ({100 * extra:+.0f} %; no kzgraph code between them: separate "
        f"processes, no data passed). The workers of a 2-job build pay this too, so the part of a build "
        f"that runs in parallel can gain at most {2 / (1 + max(extra, 0)):.2f}× on 2 cores."
    )


if __name__ == "__main__":
    print(f"{_MARK}{_loop(int(sys.argv[1]), Path(sys.argv[2])):.4f}", file=sys.stderr)
