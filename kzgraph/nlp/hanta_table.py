"""HanTa's analyses of frequent German words, precomputed (``data/hanta_frequent.json.gz``).

HanTa analyses every word it has not seen in this process afresh, in pure Python: on a cold
start that is about half of the whole pipeline's time, most of it in two pure functions of
the word, ``analyze_forward`` (tag candidates) and ``_analyze`` (the lemma for a tag). The
table holds both for the most frequent words of spaCy's German word-probability table
(``spacy-lookups-data``, MIT; a general web and news vocabulary, no evaluation text), so the
tagger looks them up instead of recomputing them. Output is identical with or without the
table; a table built by another HanTa version is ignored.

`kzgraph nlp build-hanta-table` rebuilds it (``hanta_table_build.py``; ``pip install -e ".[data]"``).
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kzgraph.nlp.disk_cache import cached_buffer
from kzgraph.nlp.lexicon import DATA_DIR
from kzgraph.nlp.packed_table import PackedTable, is_packed, pack

TABLE_FILE = "hanta_frequent.json.gz"
FORMAT = 1


def hanta_version() -> str:
    try:
        return importlib.metadata.version("HanTa")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@dataclass
class HanTaTable:
    """Tag candidates per normalised word and lemmas per "word<TAB>HanTa tag".

    Candidates are kept as written ("tag logp tag logp ...", floats in repr form, so exact)
    and parsed on look-up. The shipped table is read in place (``PackedTable``), one entry per
    look-up: callers keep what they look up more than once (the tagger's memos).
    """

    analyses: Mapping[str, str] = field(default_factory=dict)
    lemmas: Mapping[str, str] = field(default_factory=dict)

    def candidates(self, word: str) -> list[tuple[int, float]] | None:
        written = self.analyses.get(word)
        if written is None:
            return None
        parts = written.split()
        return [(int(parts[i]), float(parts[i + 1])) for i in range(0, len(parts), 2)]

    def lemma(self, word: str, tag: str) -> str | None:
        return self.lemmas.get(f"{word}\t{tag}")


def load_table(path: Path | None = None) -> HanTaTable:
    """The shipped table, or an empty one if it is missing or was built by another HanTa.

    Parsed once and kept in the user's cache directory as two packed tables, memory-mapped at
    start-up (``disk_cache``: 0.3 s of gzip and JSON, 0.11-0.13 s from a marshal copy, ~0 s
    mapped)."""
    path = path or DATA_DIR / TABLE_FILE
    if not path.is_file():
        return HanTaTable()
    version = hanta_version()
    parsed: list[tuple[dict[str, str], dict[str, str]]] = []  # the source parsed once for both

    def table(part: int) -> dict[str, str]:
        if not parsed:
            parsed.append(_parse(path, version))
        return parsed[0][part]

    mapped = [
        cached_buffer(f"hanta-{what}-{FORMAT}-{version}", path, lambda p=i: pack(table(p)), is_packed)
        for i, what in enumerate(("analyses", "lemmas"))
    ]
    if mapped[0] is None or mapped[1] is None:  # no cache directory: the parsed dicts
        return HanTaTable(table(0), table(1))
    return HanTaTable(PackedTable(mapped[0]), PackedTable(mapped[1]))


def _parse(path: Path, version: str) -> tuple[dict[str, str], dict[str, str]]:
    content = json.loads(gzip.decompress(path.read_bytes()))
    if content.get("format") != FORMAT or content.get("hanta") != version:
        return {}, {}
    return content["analyses"], content["lemmas"]
