"""Access to the versioned rule and lexicon files in ``kzgraph/nlp/data``."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from kzgraph.resources import NLP_DATA_DIR

DATA_DIR = NLP_DATA_DIR


@cache
def word_list(name: str) -> frozenset[str]:
    """Non-empty, non-comment lines of ``data/<name>`` (comments start with '#')."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def json_data(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def jsonl_data(name: str) -> list[dict[str, Any]]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]
