"""The two per-article steps of a build, as functions a worker process or a Dask worker runs.

``run_extract``: NLP and extraction (:func:`extract_one`). ``run_graph``: the article's graph
under the corpus-wide person names, validated, split into its own and its shared triples and
serialised as N-Quads (:class:`~kzgraph.store.bulk.ArticleQuads`), so that the parent only
hands bytes to the store's bulk loader. Both
report an internal failure as a result, never raise it: one article must not end a build.
The settings (model, validator, time budget) are set once per process by :func:`configure`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kzgraph.execution.budget import BudgetExceeded, time_budget
from kzgraph.execution.gcfreeze import freeze_loaded
from kzgraph.extract.facts import ArticleFacts
from kzgraph.reading import content_hash
from kzgraph.reading.article import Article
from kzgraph.resolve.snapshot import ResolvedPersons
from kzgraph.store.bulk import ArticleQuads

Validator = Callable[[object], tuple[bool, str]]
DEFAULT_ARTICLE_TIMEOUT = 60.0


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    validator: Validator | None = None
    timeout: float | None = DEFAULT_ARTICLE_TIMEOUT  # seconds per article and step; None: no budget
    # A worker process still busy this long after its budget (a loop in C code that ignores
    # the alarm) is killed and replaced; also covers loading the pipeline on a first article.
    grace: float = 60.0

    @property
    def hard_timeout(self) -> float | None:
        return None if not self.timeout else self.timeout + self.grace


_settings = Settings()


def configure(settings: Settings) -> None:
    global _settings
    _settings = settings


def current_settings() -> Settings:
    return _settings


@dataclass
class Extracted:
    article: Article
    facts: ArticleFacts | None
    content_hash: str
    error: str | None = None


def extract_one(article: Article, model: str | None = None) -> Extracted:
    """NLP and extraction for one article under the time budget; a failure is reported, never raised."""
    from kzgraph.extract import extract_article
    from kzgraph.nlp import load_pipeline

    digest = content_hash(article)
    try:
        nlp = load_pipeline(model if model is not None else _settings.model)  # outside the budget
        with time_budget(_settings.timeout):
            doc = nlp(article.text)
            extracted = Extracted(article, extract_article(doc, article), digest)
        freeze_loaded()  # after the first article: the pipeline and the extractors' lexicons
        return extracted
    except BudgetExceeded as over:
        return Extracted(article, None, digest, error=str(over))
    except Exception as err:  # noqa: BLE001 - one bad article must not end a corpus build
        return Extracted(article, None, digest, error=f"{type(err).__name__}: {err}")


def run_extract(article: Article) -> Extracted:
    # Looked up at call time, so a test can replace extract_one (also in forked workers).
    return extract_one(article, _settings.model)


@dataclass
class GraphWork:
    extracted: Extracted
    persons: ResolvedPersons


@dataclass
class GraphOutput:
    quads: ArticleQuads | None = None  # the graph, serialised for the store's bulk writer
    conforms: bool = True
    validation: str = ""
    error: str | None = None


def run_graph(work: GraphWork) -> GraphOutput:
    """One article's graph: built, validated and serialised; a failure costs this article only."""
    from kzgraph.graph.build import article_graph

    item = work.extracted
    try:
        with time_budget(_settings.timeout):
            graph = article_graph(item.article, item.facts, work.persons, item.content_hash)
            ntriples = graph.serialize(format="nt", encoding="utf-8")
            output = GraphOutput(ArticleQuads.of(item.article.id, ntriples))
            if _settings.validator is not None:
                output.conforms, output.validation = _validate(_settings.validator, graph, ntriples)
            return output
    except BudgetExceeded as over:
        return GraphOutput(error=f"graph: {over}")
    except Exception as err:  # noqa: BLE001 - minting, serialising or validating one article's graph
        return GraphOutput(error=f"graph: {type(err).__name__}: {err}")


def _validate(validator: Validator, graph: object, ntriples: bytes) -> tuple[bool, str]:
    # A validator that reads N-Triples (the rudof engine) gets the serialisation made above.
    if "ntriples" in _parameters(validator):
        return validator(graph, ntriples=ntriples)  # type: ignore[call-arg]
    return validator(graph)


@lru_cache(maxsize=8)
def _parameters(function: Callable) -> frozenset[str]:
    try:
        return frozenset(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return frozenset()
