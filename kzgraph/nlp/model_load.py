"""Loading the trained NER model with the news tokenizer, building each part once.

``spacy.load`` builds spaCy's default German tokenizer when it makes the ``Language`` (its
affix regexes compiled, ~400 special cases loaded), reads the model's vocabulary (~58,000
strings, then forgets every lexeme) and loads the saved tokenizer; the news rules then replaced
the tokenizer's affixes and special cases once more (``customize_tokenizer``). All of it took
0.08-0.11 s of CPU in every process. When the model holds nothing of its own there, the
news tokenizer is made once instead, by the registered ``kzgraph.NewsTokenizer.v1`` (the
``[nlp.tokenizer]`` of the loaded config), and neither the vocabulary nor the saved tokenizer
is read:

- the saved tokenizer equals spaCy's German defaults (patterns and special cases; checked
  against spaCy's own once per model file and spaCy version, the verdict kept in the cache
  directory), and
- the saved vocabulary has no vectors, no lookup tables and no ``key2row``: only strings,
  which a process adds again as it meets them (a ``StringStore`` maps hashes to the strings
  it was given; hashes are the same in every process).

Otherwise the model loads as spaCy loads it and the news rules are applied after. Either way
the pipeline tokenizes, tags and finds entities identically (tests/test_model_load.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import spacy
import srsly
from spacy.language import Language

from kzgraph.nlp.disk_cache import cached
from kzgraph.nlp.tokenizer import NEWS_TOKENIZER, customize_tokenizer

_TOKENIZER_PARTS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")


def load_ner_model(path: Path) -> Language:
    """The model at ``path`` (a directory ``spacy.load`` reads) with the news tokenizer."""
    if holds_only_defaults(path):
        return spacy.load(
            path,
            exclude=["vocab", "tokenizer"],
            config={"nlp": {"tokenizer": {"@tokenizers": NEWS_TOKENIZER}}},
        )
    nlp = spacy.load(path)
    customize_tokenizer(nlp)
    return nlp


def holds_only_defaults(path: Path) -> bool:
    """Whether the model's tokenizer and vocabulary hold nothing a blank pipeline of its
    language lacks (so that neither needs reading: module docstring)."""
    try:
        return _plain_vocab(path / "vocab") and cached(
            f"tokenizer-defaults-{spacy.__version__}", path / "tokenizer",
            lambda: _default_tokenizer(path), lambda value: isinstance(value, bool),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return False  # anything unexpected: load it as spaCy does


def _plain_vocab(vocab: Path) -> bool:
    if not (vocab / "strings.json").is_file():
        return False
    if (vocab / "lookups.bin").is_file() and srsly.msgpack_loads((vocab / "lookups.bin").read_bytes()):
        return False
    if (vocab / "key2row").is_file() and srsly.msgpack_loads((vocab / "key2row").read_bytes()):
        return False
    if (vocab / "vectors").is_file():
        with (vocab / "vectors").open("rb") as file:
            version = numpy.lib.format.read_magic(file)
            read_header = {(1, 0): numpy.lib.format.read_array_header_1_0}.get(
                version, numpy.lib.format.read_array_header_2_0
            )
            shape = read_header(file)[0]
        if numpy.prod(shape) != 0:
            return False
    return not any((vocab / name).exists() for name in ("vectors.cfg.floret", "lexemes.bin"))


def _default_tokenizer(path: Path) -> bool:
    """Whether the saved tokenizer equals the language's default one (its patterns, special
    cases and heuristics)."""
    config = srsly.read_json(path / "meta.json") if (path / "meta.json").is_file() else {}
    saved = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    blank = spacy.blank(config.get("lang", "de")).tokenizer
    expected = {part: _pattern(getattr(blank, part)) for part in _TOKENIZER_PARTS}
    return (
        all(saved.get(part) == pattern for part, pattern in expected.items())
        and saved.get("exceptions") == blank.rules
        and saved.get("faster_heuristics", True) == blank.faster_heuristics
    )


def _pattern(method: object) -> str | None:
    owner = getattr(method, "__self__", None)
    return getattr(owner, "pattern", None)
