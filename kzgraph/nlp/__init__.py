"""kzgraph's NLP layer: one spaCy pipeline for German news.

``load_pipeline()`` picks a pretrained German spaCy pipeline when one is installed and
otherwise the project's offline pipeline (news tokenizer, rule-based sentence splitter,
HanTa tags/lemmas, a GermEval-trained spaCy NER corrected by a CRF NER, general entity rules).
"""

from kzgraph.nlp.pipeline import (
    MODEL_DIR,
    OFFLINE,
    NLPError,
    build_offline_pipeline,
    load_pipeline,
    pipeline_info,
)

__all__ = ["MODEL_DIR", "OFFLINE", "NLPError", "build_offline_pipeline", "load_pipeline", "pipeline_info"]
