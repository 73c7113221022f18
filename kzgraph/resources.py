"""Where the project's data files live: ontology, shapes, saved queries, example corpus."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = PROJECT_ROOT / "ontology" / "kzgraph.ttl"
SHAPES_DIR = PROJECT_ROOT / "shapes"
QUERIES_DIR = PROJECT_ROOT / "queries"
EXAMPLES_DIR = PROJECT_ROOT / "examples"
DEFAULT_STORE = Path(".kzgraph") / "store"  # relative to the working directory
