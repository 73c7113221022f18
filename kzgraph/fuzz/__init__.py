"""Fuzzing kzgraph's build with mutated real articles (a developer tool, not used by the build).

``python -m kzgraph.fuzz [FOLDER ...] --cases N`` mutates the articles of the folders (by
default the example corpus): sentences dropped, duplicated and swapped; brackets, quotation
marks, control characters and very long tokens inserted; other encodings and containers. Each
case is built through the real build path, and the run reports articles tried, tracebacks,
hangs past the time budget, articles lost and SHACL violations (all must be 0).
"""

from kzgraph.fuzz.run import FuzzReport, fuzz, source_articles

__all__ = ["FuzzReport", "fuzz", "source_articles"]
