"""The SHACL shapes graph (``shapes/*.ttl``) and the ontology labels used in reports.

Both are parsed once per process and cached: the build validates every article graph,
and re-parsing ~700 shape triples per article would cost more than the validation itself.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH

from kzgraph.graph import iris
from kzgraph.resources import ONTOLOGY_FILE, SHAPES_DIR


class ShapesError(Exception):
    """The shapes files cannot be read or parsed."""


def shapes_files(directory: Path = SHAPES_DIR) -> list[Path]:
    """One Turtle file per concern (agents, articles, events, evidence, figures)."""
    return sorted(directory.glob("*.ttl"))


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """All shapes files merged into one graph; cached, so treat it as read-only."""
    graph = iris.new_graph()
    graph.bind("sh", SH)
    graph.bind("shapes", iris.SHAPES)
    files = shapes_files()
    if not files:
        raise ShapesError(f"no shapes files (*.ttl) in {SHAPES_DIR}")
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as err:  # rdflib raises many parser-specific types
            raise ShapesError(f"{path}: cannot parse: {err}") from err
    return graph


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    # Only labels are read from it; a missing ontology degrades reports, not validation.
    graph = Graph()
    try:
        graph.parse(ONTOLOGY_FILE, format="turtle")
    except Exception:  # noqa: BLE001 - labels are a nicety here
        pass
    return graph


def term_label(term: URIRef, lang: str) -> str | None:
    """The ontology's rdfs:label of a class or property in ``lang`` (or English)."""
    labels = {label.language: str(label) for label in _ontology().objects(term, RDFS.label)
              if isinstance(label, Literal)}
    return labels.get(lang) or labels.get("en")


def shape_messages(shape: URIRef) -> dict[str, str]:
    """A shape's sh:message by language tag."""
    return {m.language or "": str(m) for m in load_shapes().objects(shape, SH.message)
            if isinstance(m, Literal)}
