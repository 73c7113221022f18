"""SHACL validation of kzgraph article graphs.

``conforms_text`` is what the build calls for every article graph it writes (through the
engine choice of kzgraph.validate.engine: rudof first, pySHACL for the report);
``validate_graph`` gives the full outcome (report graph and readable results) for the
``kzgraph validate`` command; ``load_shapes`` the merged, cached shapes graph.
"""

from __future__ import annotations

from kzgraph.validate.engine import conforms_text
from kzgraph.validate.run import ValidationOutcome, ValidationResult, validate_graph
from kzgraph.validate.shapes import ShapesError, load_shapes

__all__ = [
    "ShapesError",
    "ValidationOutcome",
    "ValidationResult",
    "conforms_text",
    "load_shapes",
    "validate_graph",
]
