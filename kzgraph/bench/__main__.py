"""python -m kzgraph.bench: run the benchmarks, print the tables, optionally write BENCHMARKS.md.

python -m kzgraph.bench --quick                       # smoke test, well under a minute
python -m kzgraph.bench --write BENCHMARKS.md          # full run (1 M and 10 M triples)
python -m kzgraph.bench --only graph --sizes 100k,1M   # a part, other sizes
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
from pathlib import Path

from kzgraph.bench import corpus, graphscale, memory, parallel, scale_parts
from kzgraph.bench.proc import machine
from kzgraph.bench.report import Section, markdown, text_table

PARTS = ("overhead", "scale", "jobs", "graph", "validation", "lookups", "load", "shacl", "alloc", "memory",
         "report")
INTRO = (
    "Figures from one run of `python -m kzgraph.bench` on the machine below. Every ratio is against a "
    "baseline measured in the same run: the bare NLP pipeline (1), the smallest corpus (2), 1 job (3), "
    "rdflib on the same data (4) and the smallest dataset (5). Targets: extraction overhead ≤ 1.20×, "
    "linear cost and bounded memory over corpus size, ≥ 1.8× with 2 jobs, saved queries < 100 ms on "
    "10 M triples, bulk load ≥ 200 k triples/s, validation linear."
)


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m kzgraph.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test (CI)")
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts of {', '.join(PARTS)}")
    p.add_argument("--sizes", default=None, help="generated graph sizes in triples (default 1M,10M)")
    p.add_argument(
        "--rdflib-max",
        default=None,
        help="largest size rdflib is run on (default 1M): "
        "rdflib holds the whole dataset in Python objects (~1 GB per million triples)",
    )
    p.add_argument("--engines", default="oxigraph,oxigraph-repeated,rdflib",
                   help="query engines for the graph part: oxigraph (the store's layout), oxigraph-repeated "
                   "(earlier layout, the 'before' baseline), oxigraph-merged (diagnostic), rdflib")
    p.add_argument("--copies", default=None, help="corpus repetitions for the scale part (default 1,10,100)")
    p.add_argument("--outputs", default=None, help="build outputs for the scale part: turtle,store")
    p.add_argument("--memory-sizes", default=None, help="synthetic corpus sizes for bounded memory (50,5000)")
    p.add_argument("--jobs-copies", type=int, default=None, help="corpus repetitions for 1 vs 2 jobs (20)")
    p.add_argument("--jobs-repetitions", type=int, default=None,
                   help="interleaved builds per job count for 1 vs 2 jobs (3)")
    p.add_argument("--repetitions", type=int, default=None, help="repetitions for the overhead (9)")
    p.add_argument("--query-timeout", type=float, default=None, help="seconds per query (30)")
    p.add_argument("--engine-budget", type=float, default=None, help="seconds per engine and size (300)")
    p.add_argument("--validation-sample", type=int, default=None, help="article graphs validated per size")
    p.add_argument("--build-timeout", type=float, default=900, help="seconds per kzgraph build")
    p.add_argument("--report-articles", default=None, help="synthetic articles for the HTML report (10000)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where corpora, generated data (reused across runs) and stores go",
    )
    p.add_argument("--write", type=Path, default=None, help="write the results as Markdown to this file")
    args = p.parse_args(argv)
    quick = args.quick
    defaults = {
        "sizes": "10k" if quick else "1M,10M",
        "rdflib_max": "10k" if quick else "1M",
        "copies": "1,2" if quick else "1,10,100",
        "outputs": "store" if quick else "turtle,store",
        "jobs_copies": 2 if quick else 20,
        "jobs_repetitions": 1 if quick else 3,
        "memory_sizes": "10,50" if quick else "50,5000",
        "repetitions": 2 if quick else 9,
        "query_timeout": 20 if quick else 30,
        "engine_budget": 60 if quick else 300,
        "validation_sample": 5 if quick else 100,
        "report_articles": "50" if quick else "10000",
    }
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    raw = sys.argv[1:] if argv is None else argv
    command = shlex.join(["python", "-m", "kzgraph.bench", *raw])
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        print(f"unknown part(s): {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})", file=sys.stderr)
        return 2
    began = time.perf_counter()
    info = machine()
    print("\n".join(f"{k}: {v}" for k, v in info.items()), flush=True)
    with tempfile.TemporaryDirectory(prefix="kzbench-") as temp:
        work = args.workdir or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        sections = run(args, parts, work)
    seconds = time.perf_counter() - began
    if args.write is not None:
        args.write.write_text(markdown(sections, info, command, seconds, INTRO), encoding="utf-8")
        print(f"wrote {args.write}", file=sys.stderr)
    return 0


def _show(section: Section, sections: list[Section]) -> None:
    sections.append(section)
    print("\n" + text_table(section), flush=True)


def run(args: argparse.Namespace, parts: set[str], work: Path) -> list[Section]:
    sections: list[Section] = []
    if "overhead" in parts:
        _show(corpus.extraction_overhead(args.repetitions), sections)
    if "scale" in parts:
        copies = [int(c) for c in args.copies.split(",")]
        outputs = [o.strip() for o in args.outputs.split(",")]
        _show(corpus.scale(copies, outputs, work / "corpus", args.build_timeout), sections)
    if "jobs" in parts:
        _show(parallel.parallelism(args.jobs_copies, [1, 2], work / "corpus", args.build_timeout,
                                   args.jobs_repetitions), sections)
    if "memory" in parts:
        sizes = [int(s) for s in args.memory_sizes.split(",")]
        outputs = [o.strip() for o in args.outputs.split(",")]
        _show(memory.memory(sizes, outputs, work / "memory", args.build_timeout), sections)
    if parts & {"graph", "validation", "lookups", "load", "shacl", "alloc"}:
        sizes = [parse_size(s) for s in args.sizes.split(",")]
        datasets = [graphscale.ensure_dataset(work, n, args.seed, jobs=2) for n in sizes]
        if "graph" in parts and "oxigraph-repeated" in args.engines:
            for d in datasets:  # the earlier layout, for the baseline engine
                d.repeated = graphscale.ensure_dataset(work, d.triples, args.seed, jobs=2, layout="repeated")
        _show(graphscale.datasets_section(datasets, args.seed), sections)
        if "graph" in parts:
            results = []
            for d in datasets:
                engines = [e.strip() for e in args.engines.split(",") if e.strip()]
                if d.triples > parse_size(args.rdflib_max) and "rdflib" in engines:
                    engines.remove("rdflib")
                print(
                    f"[graph {graphscale.size_label(d.triples)}: {', '.join(engines)}]",
                    file=sys.stderr,
                    flush=True,
                )
                results.append(
                    (d, graphscale.run_engines(d, work, engines, args.query_timeout, args.engine_budget))
                )
            _show(graphscale.load_section(results), sections)
            query = graphscale.query_section(results, args.query_timeout)
            skipped = [
                graphscale.size_label(d.triples) for d in datasets if d.triples > parse_size(args.rdflib_max)
            ]
            if skipped:
                query.notes.append(
                    f"rdflib is not run at {', '.join(skipped)}: at ~1 GB and ~1 min of parsing per million "
                    "triples (measured above), 10 M triples would need well over 10 GB of RAM and 10+ "
                    "minutes just to load, past this machine's safe memory budget."
                )
            _show(query, sections)
        if "validation" in parts:
            _show(graphscale.validation_section(datasets, args.seed, args.validation_sample), sections)
        for section in scale_parts.sections(parts, datasets, work, args):
            _show(section, sections)
    if "report" in parts:
        from kzgraph.bench.htmlreport import report_at_scale

        sizes = [int(parse_size(s)) for s in args.report_articles.split(",")]
        _show(report_at_scale(sizes, work / "report", args.seed), sections)
    return sections


if __name__ == "__main__":
    raise SystemExit(main())
