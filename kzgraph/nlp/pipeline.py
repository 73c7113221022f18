"""Choosing, building and describing the spaCy pipeline used by kzgraph.

Design: the shipped model directory (``kzgraph/nlp/model``) holds what spaCy's trainer
wrote: ``kz_hanta`` (no weights; its STTS tags are an NER input feature), tok2vec and ner.
The offline pipeline is assembled in code around it: news tokenizer rules and
``kz_sentences`` in front; after the NER, the CRF NER that corrects its entities (``kz_crf_ner``,
its model in ``kzgraph/nlp/data/crf_ner.crfsuite``), then ``kz_entity_rules``. ``load_pipeline``
appends the extraction's components (``kzgraph.extract.core.components``) to it and to a
pretrained pipeline alike.
So rules and lexicons can change without retraining, and the model stays small. All custom
components are registered factories, so ``nlp.to_disk`` / ``spacy.load`` also round-trip
(as long as ``kzgraph.nlp`` is imported first).
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

# Importing the modules registers the factories and the NER's embedding architecture.
from kzgraph.execution.gcfreeze import loading
from kzgraph.nlp import crf_ner as _crf_ner  # noqa: F401
from kzgraph.nlp import embed as _embed  # noqa: F401
from kzgraph.nlp import entities as _entities  # noqa: F401
from kzgraph.nlp import sentences as _sentences  # noqa: F401
from kzgraph.nlp import tagger as _tagger  # noqa: F401
from kzgraph.nlp.crf_ner import CRF_MODEL
from kzgraph.nlp.long_text import allow_long_texts
from kzgraph.nlp.model_load import load_ner_model
from kzgraph.nlp.tokenizer import customize_tokenizer
from kzgraph.resources import NLP_MODEL_DIR

OFFLINE = "kzgraph-offline"
PRETRAINED = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
MODEL_DIR = NLP_MODEL_DIR

_CACHE: dict[str, Language] = {}


class NLPError(RuntimeError):
    """A pipeline could not be found or loaded."""


def load_pipeline(model: str | None = None) -> Language:
    """Return the pipeline named by ``model``, else a pretrained German one, else offline.

    ``model`` may be ``OFFLINE``, an installed package name or a path to a pipeline
    directory. Pipelines are cached per name for the life of the process. A text longer than
    the pipeline's ``max_length`` is parsed in parts (``long_text``), its offsets kept.
    """
    name = model or _default_name()
    if name not in _CACHE:
        with loading():  # the pipeline lives as long as the process: out of the collector's way
            _CACHE[name] = allow_long_texts(with_extraction_components(_load(name)))
    return _CACHE[name]


def with_extraction_components(nlp: Language) -> Language:
    """Append the components whose output the extractors read (event-verb tags, the article's
    segments, persons and dates: ``kzgraph.extract.core.components``) to a loaded pipeline."""
    # imported here: the components read the extraction's lexicons, which import kzgraph.nlp
    from kzgraph.extract.core.components import add_extraction_components

    return add_extraction_components(nlp)


def _default_name() -> str:
    for package in PRETRAINED:
        if spacy.util.is_package(package):
            return package
    return OFFLINE


def _load(name: str) -> Language:
    if name == OFFLINE:
        return build_offline_pipeline()
    path = Path(name)
    if (path / "config.cfg").is_file() and "kz_hanta" in (path / "config.cfg").read_text(encoding="utf-8"):
        # Another NER model trained by `kzgraph nlp train --output DIR`: wrap it the same way.
        return build_offline_pipeline(path)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise NLPError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    nlp.meta.setdefault("kzgraph_kind", "pretrained")
    return nlp


def build_offline_pipeline(ner_model: Path = MODEL_DIR, *, rules: bool = True, crf: bool = True) -> Language:
    """Assemble the offline pipeline; without a trained NER it still tokenizes and tags. With ``crf``
    (and its model present) the CRF NER corrects the entities (``kz_crf_ner``) before the rules."""
    if (ner_model / "config.cfg").exists():
        try:
            nlp = load_ner_model(ner_model)  # with the news tokenizer
        except (OSError, ValueError) as exc:
            raise NLPError(f"cannot load the offline NER model at {ner_model}: {exc}") from exc
    else:
        nlp = spacy.blank("de")
        customize_tokenizer(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("kz_sentences", before=first) if first else nlp.add_pipe("kz_sentences")
    if "kz_hanta" not in nlp.pipe_names:  # the trained model already has it (NER input)
        nlp.add_pipe("kz_hanta", after="kz_sentences")
    if crf and CRF_MODEL.exists():
        nlp.add_pipe("kz_crf_ner", last=True)
    if rules:
        nlp.add_pipe("kz_entity_rules", last=True)
    nlp.meta["name"] = OFFLINE.replace("-", "_")
    nlp.meta["kzgraph_kind"] = "offline"
    nlp.meta["kzgraph_ner_model"] = str(ner_model) if "ner" in nlp.pipe_names else None
    return nlp


def pipeline_info(nlp: Language) -> dict[str, Any]:
    kind = nlp.meta.get("kzgraph_kind", "pretrained")
    name = OFFLINE if kind == "offline" else f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}"
    return {
        "name": name,
        "kind": kind,
        "components": list(nlp.pipe_names),
        "versions": {
            "spacy": spacy.__version__,
            "hanta": _version("HanTa"),
            "model": nlp.meta.get("version") if "ner" in nlp.pipe_names else None,
            "python-crfsuite": _version("python-crfsuite") if "kz_crf_ner" in nlp.pipe_names else None,
        },
        "ner_model": nlp.meta.get("kzgraph_ner_model"),
        "crf_model": str(nlp.get_pipe("kz_crf_ner").model) if "kz_crf_ner" in nlp.pipe_names else None,
        "labels": sorted(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else [],
    }


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
