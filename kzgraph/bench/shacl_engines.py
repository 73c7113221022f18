"""SHACL engines on the same article graphs: pySHACL (the reference) against rudof (pyrudof).

A sample of generated article graphs is validated one by one, as the build does, by each
engine in this process (one core): pySHACL through kzgraph.validate.run, rudof through
kzgraph.validate.rudof_engine (N-Triples serialisation of the rdflib graph included, as in the
build), and the build's choice (kzgraph.validate.engine, rudof first, pySHACL for graphs
rudof finds a violation in). Also counts the graphs on which the verdicts agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rdflib import Graph

from kzgraph.bench import shacl_parts
from kzgraph.bench.graphscale import Dataset, size_label
from kzgraph.bench.report import Section, ratio, verdict
from kzgraph.bench.synthetic import synthetic_graph
from kzgraph.validate import engine, rudof_engine
from kzgraph.validate.run import conforms_text as pyshacl_conforms_text

TARGET = 50_000  # triples per second and core


def _rate(graphs: list[Graph], check: Callable[[Graph], bool]) -> tuple[float, float, list[bool]]:
    """(triples per CPU second, per wall second, verdicts)."""
    triples = sum(len(g) for g in graphs)
    wall, cpu = time.perf_counter(), time.process_time()
    verdicts = [check(g) for g in graphs]
    return triples / (time.process_time() - cpu), triples / (time.perf_counter() - wall), verdicts


def sample_graphs(dataset: Dataset, seed: int, sample: int) -> list[Graph]:
    """``sample`` article graphs evenly spaced over the dataset."""
    count = min(sample, dataset.articles)
    return [synthetic_graph(seed, i * dataset.articles // count) for i in range(count)]


def shacl_engines_section(dataset: Dataset, seed: int, sample: int) -> Section:
    section = Section(
        "7d. SHACL validation per article graph: pySHACL against rudof (one core)",
        ["engine", "graphs", "triples", "triples/s (CPU)", "triples/s (wall)", "× pySHACL",
         f"≥ {TARGET // 1000} k/s per core", "verdicts agree with pySHACL"],
    )
    if not rudof_engine.available():
        section.notes.append("rudof not measured: pyrudof is not installed")
        return section
    graphs = sample_graphs(dataset, seed, sample)
    count = len(graphs)
    triples = sum(len(g) for g in graphs)
    pyshacl_conforms_text(graphs[0])  # warm-up: shapes parsed once per process
    rudof_engine.conforms(graphs[0])
    base_cpu, base_wall, reference = _rate(graphs, lambda g: pyshacl_conforms_text(g)[0])
    runs = [("pySHACL (reference)", base_cpu, base_wall, reference)]
    runs.append(("rudof (serialising the rdflib graph for it)", *_rate(graphs, rudof_engine.conforms)))
    # In the build the worker serialises each graph once, for the store; rudof reads that text.
    ntriples = {id(g): g.serialize(format="nt", encoding="utf-8") for g in graphs}
    runs.append(("rudof on the build's N-Triples (as the build validates)",
                 *_rate(graphs, lambda g: rudof_engine.conforms(g, ntriples[id(g)]))))
    runs.append(("build's choice (rudof, then pySHACL on violations)",
                 *_rate(graphs, lambda g: engine.conforms_text(g, "rudof", ntriples[id(g)])[0])))
    for name, cpu, wall, verdicts in runs:
        agree = sum(a == b for a, b in zip(verdicts, reference, strict=True))
        section.rows.append([name, f"{count:,}", f"{triples:,}", f"{cpu / 1000:,.1f} k/s",
                             f"{wall / 1000:,.1f} k/s", ratio(cpu / base_cpu, 1), verdict(cpu >= TARGET),
                             f"{agree}/{count}"])
    section.notes.append(_parts_note([ntriples[id(g)].decode("utf-8") for g in graphs], triples / count))
    section.notes += [
        f"{count} article graphs evenly spaced over the {size_label(dataset.triples)} dataset, validated one "
        "by one. CPU time of this process (one core; the engines run single-threaded here); wall time "
        "shows the machine's load. The first rudof row includes serialising the rdflib graph to N-Triples; "
        "the build serialises each graph once for the store's bulk writer and hands that text to rudof "
        "(second row), into a session that parsed the shapes once (per process).",
        "rudof (pyrudof) supports every SHACL feature the shapes use, SPARQL constraints included, and "
        "catches every broken-graph case of tests/test_shapes_cases.py with the same verdict as pySHACL "
        "(tests/test_shacl_engines.py). Differences: it does not compare xsd:nonNegativeInteger values "
        "with sh:minInclusive 0 (worked around in an equivalent copy of the shapes), and it reports a "
        "violation of a nested shape (sh:node shapes:AgentValue) on the referring shape only. So the "
        "build lets rudof decide conforming graphs and asks pySHACL for verdict and report otherwise "
        "(KZGRAPH_SHACL_ENGINE=pyshacl: the reference alone).",
    ]
    return section


def _parts_note(ntriples: list[str], triples_per_graph: float) -> str:
    found = shacl_parts.parts(ntriples)
    listed = "; ".join(f"{name}: {ms:.2f} ms" for name, ms in found)
    call = found[0][1]
    return (f"Where rudof's time goes (ms of CPU per graph of {triples_per_graph:.0f} triples on average, "
            f"best of {shacl_parts.ROUNDS} interleaved rounds; kzgraph.bench.shacl_parts): {listed}. "
            f"At {call:.2f} ms per graph the build's call validates "
            f"{triples_per_graph / call:.1f} k triples/s.")
