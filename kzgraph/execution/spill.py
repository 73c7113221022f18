"""Extraction results parked on disk between the two steps of a build.

Persons are merged across the whole corpus before any article's graph can be written, so every
article's facts are needed twice: once for the names, once for the graph. Between the two they
wait in a temporary file, not in memory, so a build's memory does not grow with the corpus.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from typing import Any


class Spill:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kzgraph-facts-")
        self.count = 0

    def append(self, item: Any) -> None:
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Any]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)  # noqa: S301 - our own temporary file

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
