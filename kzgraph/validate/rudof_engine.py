"""The rudof SHACL engine (pyrudof, Rust): a fast first pass over an article graph.

pySHACL stays the reference (kzgraph.validate.run): rudof's verdict is used only where the
two agree, which tests/test_shacl_engines.py checks on every shape test case. One difference
is worked around here: pyrudof (0.3.x) does not compare an ``xsd:nonNegativeInteger`` value
with ``sh:minInclusive 0`` (an ``xsd:integer``), so it reports every count and offset. The
shapes allow both datatypes (``sh:or``) plus ``sh:minInclusive 0``; rudof gets an equivalent
copy in which the bound applies to the ``xsd:integer`` alternative only (a well-formed
non-negative integer is >= 0 by its datatype).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from rdflib import Graph
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from kzgraph.validate.shapes import load_shapes

try:
    import pyrudof
except ImportError:  # pragma: no cover - pyrudof is a dependency; without it pySHACL does all
    pyrudof = None


@dataclass(frozen=True)
class RudofResult:
    shape: str  # sh:sourceShape (IRI text, or a blank node label)
    focus_node: str
    severity: str  # "Violation", "Warning" or "Info"


def available() -> bool:
    return pyrudof is not None


# pyrudof is not fork-safe: a process forked from one that has already validated with it hangs
# at its next validation (the Rust side's state is copied without the threads that serve it).
# The first process to use it is recorded; its forked children (build workers, test runs) use
# pySHACL instead. A child forked from a process that never used rudof may use it.
_first_user: int | None = None


def usable_here() -> bool:
    return available() and _first_user in (None, os.getpid())


def rudof_shapes() -> Graph:
    """The shapes, with ``sh:minInclusive`` moved into the ``xsd:integer`` alternative."""
    shapes = Graph()
    shapes += load_shapes()
    for shape, bound in list(shapes.subject_objects(SH.minInclusive)):
        alternatives = shapes.value(shape, SH["or"])
        if alternatives is None:
            continue
        members = list(Collection(shapes, alternatives))
        integers = [m for m in members if (m, SH.datatype, XSD.integer) in shapes]
        if not integers or not all((m, SH.datatype, XSD.nonNegativeInteger) in shapes or m in integers
                                   for m in members):
            continue
        for member in integers:
            shapes.add((member, SH.minInclusive, bound))
        shapes.remove((shape, SH.minInclusive, bound))
    return shapes


_local = threading.local()  # a rudof session holds one data graph: one per thread (and process)


# The session's base data: one triple no shape targets. Each graph is read into a staging
# frame over it and rolled back after validation, which is 40x faster than replacing the
# session's data (read_data with merge=False rebuilds its store: ~40 ms per article graph).
_BASE = "<urn:kzgraph:none> <urn:kzgraph:none> <urn:kzgraph:none> .\n"


def _session():  # noqa: ANN202 - a pyrudof.Rudof
    global _first_user
    if not usable_here():
        raise RuntimeError("pyrudof was used before this process was forked; it would hang here")
    _first_user = os.getpid()
    session = getattr(_local, "session", None)
    if session is None:
        session = pyrudof.Rudof(pyrudof.RudofConfig())
        session.read_shacl(rudof_shapes().serialize(format="turtle"))
        session.read_data(_BASE, format=pyrudof.RDFFormat.NTriples)
        _local.session = session
    return session


def validate_ntriples(data: str) -> list[RudofResult]:
    """rudof's results for a graph given as N-Triples."""
    session = _session()
    session.begin_staging()
    try:
        session.read_data(data, format=pyrudof.RDFFormat.NTriples, merge=True)
        report = session.validate_shacl()
    finally:
        session.rollback_staging()
    return [RudofResult(str(e.source_shape).strip("<>"), str(e.focus_node).strip("<>"), str(e.severity))
            for e in report]


def results(graph: Graph, ntriples: bytes | str | None = None) -> list[RudofResult]:
    """rudof's results for ``graph``; ``ntriples``: its N-Triples, when the caller has them already."""
    if ntriples is None:
        ntriples = graph.serialize(format="nt")
    return validate_ntriples(ntriples.decode("utf-8") if isinstance(ntriples, bytes) else ntriples)


def conforms(graph: Graph, ntriples: bytes | str | None = None) -> bool:
    """No result of severity Violation (warnings and infos do not count, as with pySHACL)."""
    return all(r.severity != "Violation" for r in results(graph, ntriples))
