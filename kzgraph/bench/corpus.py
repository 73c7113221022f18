"""Benchmarks on real articles: extraction overhead, corpus scale, worker processes."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kzgraph.bench import concurrency
from kzgraph.bench.proc import ChildResult, run_child
from kzgraph.bench.report import Section, mb, ratio, verdict
from kzgraph.reading import Article, read_corpus
from kzgraph.resources import EXAMPLES_DIR

EXAMPLE = EXAMPLES_DIR / "kasachstan-2022"


def example_articles() -> list[Article]:
    return list(read_corpus(EXAMPLE))


def write_corpus(articles: list[Article], times: int, path: Path) -> int:
    """The articles repeated ``times`` times as JSON Lines, with distinct ids ``<id>-<i>``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(times):
            for a in articles:
                record = {
                    "id": f"{a.id}-{i}",
                    "text": a.text,
                    "title": a.title,
                    "url": a.url,
                    "source": a.source,
                    "date": a.date.isoformat() if a.date else None,
                }
                out.write(
                    json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n"
                )
    return times * len(articles)


# -- 1. extraction overhead -------------------------------------------------------------------


def _cold_pass(nlp, articles, extraction, extract_article) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """One warm-up pass, timed apart: lazy lexicons, matchers and the pipeline's per-word caches
    are filled on first use, so repetitions of the same texts are cheaper than unseen text."""
    cold_nlp = cold_extract = 0.0
    for a in articles:
        began = time.perf_counter()
        with nlp.select_pipes(disable=extraction):
            doc = nlp(a.text)
        cold_nlp += time.perf_counter() - began
        began = time.perf_counter()
        for name in extraction:
            doc = nlp.get_pipe(name)(doc)
        extract_article(doc, a)
        cold_extract += time.perf_counter() - began
    return cold_nlp, cold_extract


def _interleaved(
    bare: Callable[[], float], full: Callable[[], float], repetitions: int
) -> tuple[float, float]:
    """Medians of both, interleaved and alternating which goes first, so drift (CPU clocks,
    caches) hits both."""
    bare_times: list[float] = []
    full_times: list[float] = []
    for rep in range(repetitions):
        order = (bare, full) if rep % 2 == 0 else (full, bare)
        for fn in order:
            (bare_times if fn is bare else full_times).append(fn())
    return statistics.median(bare_times), statistics.median(full_times)


def _overhead_notes(section: Section, value: float, bare_names: list[str], extraction: list[str],
                    articles: int, cold: tuple[float, float]) -> None:
    cold_nlp, cold_extract = cold
    section.notes.append(
        f"Baseline: the bare NLP pipeline ({', '.join(bare_names)}) on the same "
        f"{articles} example articles, `nlp(text)` per article; median over "
        "interleaved repetitions after one warm-up pass. The extraction side is the whole pipeline, "
        f"its extraction components included ({', '.join(extraction)}), plus `extract_article`."
    )
    section.notes.append(
        f"First (cold) pass, for comparison: NLP {cold_nlp * 1000:,.0f} ms, extraction "
        f"{cold_extract * 1000:,.0f} ms, ratio {(cold_nlp + cold_extract) / cold_nlp:.2f}× "
        "(includes one-time loading of lexicons and caches)."
    )
    if value > 1.20:
        section.notes.append(
            f"Missed: extraction costs {100 * (value - 1):.0f} % of the NLP time. The baseline is a "
            "light offline pipeline (tokenizer, sentences, HanTa tagger, a small CNN NER, entity rules), "
            "and the extractors are pure-Python rules run over every sentence and token on top of it; the "
            "ratio says as much about how cheap the pipeline is as about the extractors. Profiled "
            "(cProfile): about half of the rest is the quotation finder (statements); most of the time "
            "left is spaCy creating Token objects for `doc[i]` and span iteration in the rules."
        )


def extraction_overhead(repetitions: int) -> Section:
    section = Section(
        "1. Extraction overhead over the bare NLP pipeline",
        ["articles", "repetitions", "NLP alone (median)", "NLP + extract_article (median)", "ratio",
         "target ≤ 1.20"],
    )
    try:
        from kzgraph.extract import extract_article
        from kzgraph.extract.core.components import EXTRACTION_COMPONENTS
        from kzgraph.nlp import load_pipeline
    except ImportError as err:
        section.notes.append(f"not measured: the NLP pipeline or the extractors are not available ({err})")
        return section
    nlp = load_pipeline(None)
    articles = example_articles()
    # The extraction's own components (segments, persons, dates, event-verb tags) count as
    # extraction: the baseline is the pipeline without them.
    extraction = [name for name in EXTRACTION_COMPONENTS if name in nlp.pipe_names]

    # CPU time of this process beside the wall time: on a shared machine the wall time of each
    # pass also holds the time other processes had the core.
    cpu: dict[str, list[float]] = {"bare": [], "full": []}

    def bare() -> float:
        began, began_cpu = time.perf_counter(), time.process_time()
        for a in articles:
            with nlp.select_pipes(disable=extraction):
                nlp(a.text)
        cpu["bare"].append(time.process_time() - began_cpu)
        return time.perf_counter() - began

    def full() -> float:
        began, began_cpu = time.perf_counter(), time.process_time()
        for a in articles:
            extract_article(nlp(a.text), a)
        cpu["full"].append(time.process_time() - began_cpu)
        return time.perf_counter() - began

    cold = _cold_pass(nlp, articles, extraction, extract_article)
    b, f = _interleaved(bare, full, repetitions)
    value = f / b
    cpu_bare, cpu_full = statistics.median(cpu["bare"]), statistics.median(cpu["full"])
    section.notes.append(
        f"CPU time of the same passes (medians): NLP {cpu_bare * 1000:,.0f} ms, NLP + extraction "
        f"{cpu_full * 1000:,.0f} ms, ratio {cpu_full / cpu_bare:.2f}× (the figure to read when the "
        f"machine is shared: load average {os.getloadavg()[0]:.1f} after this part, 2 cores)."
    )
    section.rows.append([str(len(articles)), str(repetitions), f"{b * 1000:,.0f} ms", f"{f * 1000:,.0f} ms",
                         ratio(value), verdict(value <= 1.20)])
    bare_names = [name for name in nlp.pipe_names if name not in extraction]
    _overhead_notes(section, value, bare_names, extraction, len(articles), cold)
    return section


# -- 2. scale ---------------------------------------------------------------------------------


def _build(corpus: Path, work: Path, output: str, jobs: int, timeout: float) -> ChildResult:
    target = work / "out"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    args = [sys.executable, "-m", "kzgraph", "build", str(corpus), "--no-validate", "-q", "--jobs", str(jobs)]
    args += (
        ["--output", str(target / "graph.ttl")] if output == "turtle" else ["--store", str(target / "store")]
    )
    result = run_child(args, timeout)
    shutil.rmtree(target, ignore_errors=True)
    return result


def _failed(result: ChildResult) -> str | None:
    if result.killed:
        return result.killed
    if result.returncode != 0:
        last = result.stderr.strip().splitlines()[-1:] or ["?"]
        return f"exit {result.returncode}: {last[0][:120]}"
    return None


def scale(factors: list[int], outputs: list[str], work: Path, timeout: float) -> Section:
    section = Section(
        "2. Scale: the example corpus repeated (kzgraph build, 1 job, no validation)",
        [
            "output",
            "copies",
            "articles",
            "wall time",
            "per article",
            "marginal per article",
            "per-article ratio vs smallest",
            "peak RSS",
        ],
    )
    articles = example_articles()
    for output in outputs:
        previous: tuple[int, float] | None = None
        base: float | None = None
        for factor in factors:
            corpus = work / f"corpus-x{factor}.jsonl"
            n = write_corpus(articles, factor, corpus)
            result = _build(corpus, work, output, 1, timeout)
            failure = _failed(result)
            if failure:
                section.rows.append(
                    [output, f"×{factor}", str(n), failure, "–", "–", "–", mb(result.peak_rss)]
                )
                continue
            per = result.seconds / n
            base = base if base is not None else per
            marginal = "–"
            if previous is not None:
                marginal = f"{(result.seconds - previous[1]) / (n - previous[0]) * 1000:,.0f} ms"
            previous = (n, result.seconds)
            section.rows.append(
                [
                    output,
                    f"×{factor}",
                    str(n),
                    f"{result.seconds:,.1f} s",
                    f"{per * 1000:,.0f} ms",
                    marginal,
                    ratio(per / base),
                    mb(result.peak_rss),
                ]
            )
    section.notes += [
        "Each build is its own process (`python -m kzgraph build CORPUS.jsonl --no-validate -q` with "
        "`--output graph.ttl` (in-memory store, then Turtle) or `--store DIR` (on-disk Oxigraph)); peak RSS "
        "is that process's ru_maxrss from wait4. Baseline for the ratio: the smallest corpus.",
        "'Per article' includes the fixed start-up (imports, loading the pipeline, ~1–3 s), which the "
        "marginal cost (difference between consecutive sizes divided by the added articles) excludes: the "
        "marginal cost is the figure that shows whether the cost is linear.",
        "Validation is left out here (`--no-validate`); its cost is measured on its own in section 5.",
    ]
    return section


# -- 3. parallelism ---------------------------------------------------------------------------


def parallelism(factor: int, jobs: list[int], work: Path, timeout: float) -> Section:
    section = Section(
        f"3. Parallelism: kzgraph build --jobs N on the example corpus ×{factor}",
        ["jobs", "articles", "wall time", "speed-up vs 1 job", "target ≥ 1.80×",
         "bound from the start-up (Amdahl)", "peak RSS (largest process)",
         "peak RSS (all processes, sampled)"],
    )
    load_before = os.getloadavg()[0]
    corpus = work / f"corpus-x{factor}.jsonl"
    n = write_corpus(example_articles(), factor, corpus)
    # The start-up (imports, loading the pipeline, the first article's one-time loading of
    # lexicons and caches) is what a build of one article costs: no worker shares it.
    startup_run = _build_one(work / "corpus-one.jsonl", example_articles()[:1], work, timeout)
    startup = startup_run.seconds if startup_run.ok else None
    base: float | None = None
    cpu: dict[int, float] = {}
    for j in jobs:
        result = _build(corpus, work, "store", j, timeout)
        if result.ok:
            cpu[j] = result.cpu_seconds
        failure = _failed(result)
        if failure:
            section.rows.append([str(j), str(n), failure, "–", "–", "–", mb(result.peak_rss),
                                 mb(result.peak_tree_rss)])
            continue
        base = base if base is not None else result.seconds
        speed = base / result.seconds
        bound = "–"
        if startup is not None and j > 1 and base > startup:
            bound = ratio(base / (startup + (base - startup) / j))
        section.rows.append([str(j), str(n), f"{result.seconds:,.1f} s", ratio(speed),
                             verdict(speed >= 1.8) if j == 2 else "–", bound, mb(result.peak_rss),
                             mb(result.peak_tree_rss)])
    section.notes += _parallelism_notes(startup, load_before)
    if startup_run.ok and 1 in cpu:
        section.notes.append(_cpu_note(startup_run.cpu_seconds, cpu))
    passes = 8 if factor >= 10 else 1  # --quick: a smoke test of the measurement
    section.notes.append(concurrency.note(concurrency.alone_and_paired(passes, EXAMPLE, timeout), passes))
    return section


def _build_one(corpus: Path, articles: list[Article], work: Path, timeout: float) -> ChildResult:
    write_corpus(articles, 1, corpus)
    return _build(corpus, work, "store", 1, timeout)


def _cpu_note(startup: float, cpu: dict[int, float]) -> str:
    """The CPU seconds of the same builds and the speed-up they allow on idle cores: the start-up
    runs alone, the rest of the N-job build's CPU (its workers' and the parent's) spread over N."""
    one = cpu[1]
    parts = [f"CPU time (user + sys, the build and its workers): start-up {startup:,.1f} s, "
             f"1 job {one:,.1f} s"]
    for j, seconds in sorted(cpu.items()):
        if j > 1:
            bound = one / (startup + max(seconds - startup, 0.0) / j)
            parts.append(f"{j} jobs {seconds:,.1f} s (allows {bound:.2f}× on {j} idle cores)")
    return "; ".join(parts) + "."


def _parallelism_notes(startup: float | None, load_before: float) -> list[str]:
    measured = f"{startup:,.1f} s" if startup is not None else "not measured (the one-article build failed)"
    return [
        "Baseline: 1 job, same corpus, same command (`--store DIR --no-validate`). Workers are forked; "
        "their summed RSS counts shared pages more than once.",
        f"Start-up: a build of one article with 1 job took {measured}: imports, loading the pipeline and "
        "the first article's one-time loading of lexicons and caches. Every worker needs all of it before "
        "its first article, so it does not shrink with more jobs: with start-up S and a 1-job time T, N "
        "jobs take at least S + (T − S)/N, the bound column (T/(S + (T − S)/N)). The rest of the build "
        "(NLP, extraction, graphs, validation, serialising) runs in the workers; the parent reads, merges "
        "person names and hands the workers' N-Quads to the store's bulk loader.",
        f"Machine load (1-minute average) before this part: {load_before:.1f}, after: "
        f"{os.getloadavg()[0]:.1f} (2 cores; a load above 2 means other processes took turns on the cores).",
    ]
