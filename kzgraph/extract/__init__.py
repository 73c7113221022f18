"""Extraction: German articles -> facts (:mod:`kzgraph.extract.facts`).

The fact types are declared in :mod:`kzgraph.extract.kinds` and listed by
:mod:`kzgraph.extract.core.registry`; :func:`extract_article` runs them all on one article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kzgraph.extract.facts import ArticleFacts
    from kzgraph.reading.article import Article

__all__ = ["extract_article"]


def extract_article(doc: Doc, article: Article) -> ArticleFacts:
    """Every registered fact type's facts of one article (see :mod:`kzgraph.extract.core.driver`)."""
    from kzgraph.extract.core.driver import (
        extract_article as run,  # late: keeps `import kzgraph.extract` light
    )

    return run(doc, article)

