"""Where rudof's time per article graph goes, for the SHACL section of the benchmark.

Each part is one way of calling pyrudof on the same N-Triples as the build hands it, timed in
CPU seconds of this process, interleaved over several rounds (best round kept, as the
machine is shared):

- the build's call (kzgraph.validate.rudof_engine.validate_ntriples): read the graph into a
  staging frame of a session that has the shapes loaded once, validate, roll back;
- reading only (the same without ``validate_shacl``);
- ``validate_shacl`` of the session's base data alone: the fixed cost of a call;
- several graphs per call (their N-Triples joined);
- the shapes without their SPARQL constraints (not a valid validation: what those cost).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rdflib import Graph
from rdflib.namespace import SH

from kzgraph.validate import rudof_engine

try:
    import pyrudof
except ImportError:  # pragma: no cover - the section says rudof is not installed
    pyrudof = None

ROUNDS = 3


def _session(shapes: Graph):  # noqa: ANN202 - a pyrudof.Rudof
    session = pyrudof.Rudof(pyrudof.RudofConfig())
    session.read_shacl(shapes.serialize(format="turtle"))
    session.read_data(rudof_engine._BASE, format=pyrudof.RDFFormat.NTriples)  # noqa: SLF001 - same base
    return session


def _staged(session, data: str, validate: bool = True) -> None:  # noqa: ANN001
    session.begin_staging()
    try:
        session.read_data(data, format=pyrudof.RDFFormat.NTriples, merge=True)
        if validate:
            list(session.validate_shacl())
    finally:
        session.rollback_staging()


def _without_sparql() -> Graph:
    shapes = Graph()
    shapes += rudof_engine.rudof_shapes()
    shapes.remove((None, SH.sparql, None))
    return shapes


def parts(ntriples: list[str]) -> list[tuple[str, float]]:
    """(part, ms of CPU per graph), best of interleaved rounds."""
    full, lean = _session(rudof_engine.rudof_shapes()), _session(_without_sparql())
    joined = {k: ["".join(ntriples[i:i + k]) for i in range(0, len(ntriples), k)] for k in (5, 25)}
    runs: dict[str, Callable[[], None]] = {
        "the build's call (read into a staging frame, validate, roll back)":
            lambda: [rudof_engine.validate_ntriples(nt) for nt in ntriples],
        "reading the N-Triples into the session only": lambda: [_staged(full, nt, False) for nt in ntriples],
        "validate_shacl without data (fixed cost per call)":
            lambda: [list(full.validate_shacl()) for _ in ntriples],
        "5 graphs per call": lambda: [_staged(full, chunk) for chunk in joined[5]],
        "25 graphs per call": lambda: [_staged(full, chunk) for chunk in joined[25]],
        "shapes without the 5 SPARQL constraints (comparison only)":
            lambda: [_staged(lean, nt) for nt in ntriples],
    }
    for run in runs.values():  # warm-up
        run()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(ROUNDS):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], (time.process_time() - start) / len(ntriples) * 1000)
    return list(best.items())
