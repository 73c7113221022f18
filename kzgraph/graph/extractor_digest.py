"""Which kzgraph made an article's graph: a digest of the code and data that read an article.

An incremental build skips an article whose text is unchanged. That is only right while the
stored graph was made by the same extractor: after an upgrade (new rules, lexicons, a retrained
model) the stored facts are stale although the text is not. So every article graph records
this digest (``kz:extractorDigest``), and a build redoes the articles whose digest differs.

The digest covers everything between the text and the triples: the readers, the NLP pipeline
and its models, the extractors with their lexicons, and the graph writers. Small files count
byte by byte; a file over 1 MB (a model, a cluster table) by its size and its first and last
64 KB, which a retrained or rebuilt file changes, at a few milliseconds instead of reading
35 MB at every start.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

import kzgraph

_STAGES = ("reading", "nlp", "extract", "graph")  # text -> facts -> triples
_WHOLE_LIMIT = 1_000_000
_SAMPLE = 65_536


def _files(folder: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for entry in folder.iterdir():
        name = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found.extend(_files(entry, name))
        elif not entry.name.endswith((".pyc", ".pyo")):
            found.append((name, entry))
    return found


def _file_part(entry: Traversable) -> bytes:
    with entry.open("rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(0)
        if size <= _WHOLE_LIMIT:
            return stream.read()
        head = stream.read(_SAMPLE)
        stream.seek(-_SAMPLE, 2)
        return str(size).encode() + head + stream.read()


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """sha256 over kzgraph's version and the files of every stage that turns text into triples."""
    root = resources.files("kzgraph")
    digest = hashlib.sha256(kzgraph.__version__.encode())
    for stage in _STAGES:
        for name, entry in sorted(_files(root / stage, stage), key=lambda pair: pair[0]):
            digest.update(b"\x00" + name.encode() + b"\x00")
            digest.update(_file_part(entry))
    return digest.hexdigest()
