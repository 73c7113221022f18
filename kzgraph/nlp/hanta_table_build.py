"""Build ``data/hanta_frequent.json.gz`` (training time only; see ``hanta_table.py``).

`kzgraph nlp build-hanta-table` runs this. The words come from the PyPI package
``spacy-lookups-data`` (MIT; ``pip install -e ".[data]"``), table ``de_lexeme_prob``: the most
probable German words, a general vocabulary that holds no evaluation text.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kzgraph.nlp.clusters_build import PROB_TABLE, _table
from kzgraph.nlp.hanta_table import FORMAT, TABLE_FILE, hanta_version
from kzgraph.nlp.lexicon import DATA_DIR

DEFAULT_WORDS = 100_000


def build_table(hanta: Any, words: Iterable[str]) -> dict[str, Any]:
    """Precompute ``hanta``'s analyses of ``words`` (a HanoverTagger); returns the file content."""
    analyses: dict[str, str] = {}
    lemmas: dict[str, str] = {}
    for word in words:
        if not word or any(c.isspace() for c in word):
            continue
        normal = hanta.normalize(word)
        if normal not in hanta.cache and normal not in analyses:
            candidates = hanta.analyze_forward(normal)
            analyses[normal] = " ".join(f"{int(tag)} {float(p)!r}" for tag, p in candidates)
        # The tags the Viterbi can choose for the word: both case settings of tag_sent.
        tags = {tag for cs in (True, False) for tag, _p in hanta._tag_word(word, 5, cs, True)}
        for tag in sorted(tags):
            lemmas[f"{word}\t{hanta.int2tag[tag]}"] = hanta._analyze(word, tag, taglevel=1)[0]
    return {"format": FORMAT, "hanta": hanta_version(), "analyses": analyses, "lemmas": lemmas}


def frequent_words(n: int = DEFAULT_WORDS) -> list[str]:
    """The ``n`` most probable words of spaCy's German lookup table (needs the 'data' extra)."""
    probs = _table(PROB_TABLE)
    return sorted(probs, key=lambda w: (-probs[w], w))[:n]


def write_table(content: dict[str, Any], path: Path) -> Path:
    # mtime=0: the same content gives the same bytes.
    path.write_bytes(gzip.compress(json.dumps(content, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
    return path


def build_hanta_table(n_words: int = DEFAULT_WORDS, out: Path | None = None) -> dict[str, int]:
    """Write the table for the ``n_words`` most probable words; returns its sizes."""
    from kzgraph.nlp.tagger import _hanta_tagger

    content = build_table(_hanta_tagger(), frequent_words(n_words))
    write_table(content, out or DATA_DIR / TABLE_FILE)
    return {"analyses": len(content["analyses"]), "lemmas": len(content["lemmas"])}
