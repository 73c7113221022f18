"""The graph-scale parts measured for lookups, loading and SHACL engines (issue: scale), run by
``python -m kzgraph.bench`` after the graph and validation parts, on the same datasets."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from kzgraph.bench.allocators import allocator_section
from kzgraph.bench.graphscale import Dataset
from kzgraph.bench.listings import index_section, listings_section
from kzgraph.bench.loading import load_limits_section, load_prefix
from kzgraph.bench.lookups import lookups_section
from kzgraph.bench.report import Section
from kzgraph.bench.shacl_engines import sample_graphs, shacl_engines_section


def sections(parts: set[str], datasets: list[Dataset], work: Path,
             args: argparse.Namespace) -> Iterator[Section]:
    quick = args.quick
    if "lookups" in parts:
        # The largest dataset is the one the targets are for (10 M quads in a full run).
        largest = [max(datasets, key=lambda d: d.triples)]
        yield index_section(largest, work)  # first: the store gets its listing index
        yield lookups_section(largest, work)
        yield listings_section(largest, work)
    if "load" in parts:
        smallest = min(datasets, key=lambda d: d.triples)
        yield load_limits_section(smallest, work, max_quads=1_000_000, build_articles=20 if quick else 1000)
    if "shacl" in parts:
        yield shacl_engines_section(datasets[0], args.seed, args.validation_sample)
    if "alloc" in parts:
        smallest = min(datasets, key=lambda d: d.triples)
        graphs = [g.serialize(format="nt", encoding="utf-8").decode("utf-8")
                  for g in sample_graphs(datasets[0], args.seed, args.validation_sample)]
        prefix = load_prefix(smallest, work, min(1_000_000, smallest.quads))
        yield allocator_section(graphs, prefix, work, quick)
