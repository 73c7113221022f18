"""Which SHACL engine validates the build's article graphs.

- ``pyshacl``: the reference (kzgraph.validate.run), for every graph.
- ``rudof`` (default when pyrudof is installed): rudof (kzgraph.validate.rudof_engine) decides
  the graphs it finds conforming; a graph it finds a violation in goes to pySHACL, whose
  verdict and report are final. Reports therefore always come from pySHACL, and rudof is used
  only for the verdict "conforms", on which the two engines agree on every shape test case
  (tests/test_shacl_engines.py).

``KZGRAPH_SHACL_ENGINE=pyshacl`` selects the reference for everything. In a process forked from
one that has used rudof (where pyrudof would hang), pySHACL validates (rudof_engine.usable_here).
"""

from __future__ import annotations

import os

from rdflib import Graph

from kzgraph.validate import rudof_engine
from kzgraph.validate.run import conforms_text as pyshacl_conforms_text

ENGINES = ("pyshacl", "rudof")
ENV = "KZGRAPH_SHACL_ENGINE"


class EngineError(ValueError):
    pass


def chosen_engine() -> str:
    name = os.environ.get(ENV, "").strip().lower() or ("rudof" if rudof_engine.available() else "pyshacl")
    if name not in ENGINES:
        raise EngineError(f"{ENV}={name!r}: known engines are {', '.join(ENGINES)}")
    if name == "rudof" and not rudof_engine.available():
        raise EngineError(f"{ENV}=rudof but pyrudof is not installed (pip install pyrudof)")
    return name


def conforms_text(graph: Graph, engine: str | None = None,
                  ntriples: bytes | str | None = None) -> tuple[bool, str]:
    """For the build: (conforms, short English summary of what is wrong). ``ntriples``: the
    graph's N-Triples when the caller has made them already (rudof reads those)."""
    rudof = (engine or chosen_engine()) == "rudof" and rudof_engine.usable_here()
    if rudof and rudof_engine.conforms(graph, ntriples):
        return True, ""
    return pyshacl_conforms_text(graph)
