"""The build: articles -> NLP -> facts -> (entity resolution) -> triples -> store and file.

Extraction runs article by article, optionally in worker processes (``jobs``); person names
are then merged across the corpus, and each article's graph is written into its own named
graph of the store, validated on its own so that validation cost stays linear.

Builds are incremental: an article whose content hash (``kz:contentHash`` in its graph) is
already in the store is skipped; new and changed articles are extracted and their graphs
replaced, one transaction per article graph. The person registry is seeded with the persons
already in the store, so a new "Tokajew" merges into a stored "Kassym-Schomart Tokajew".
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kzgraph.extract.facts import ArticleFacts
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.reading import ReadProblem, content_hash
from kzgraph.reading.article import Article
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import (
    article_hashes,
    article_persons,
    drop_union_copy,
    prune_shared,
    remove_article_graph,
    replace_article_graph,
)


@dataclass
class Extracted:
    article: Article
    facts: ArticleFacts | None
    content_hash: str
    error: str | None = None


@dataclass
class BuildReport:
    articles: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)  # articles whose extraction failed
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (article id, validation text)
    problems: list[ReadProblem] = field(default_factory=list)
    new: list[str] = field(default_factory=list)  # article ids not in the store before
    changed: list[str] = field(default_factory=list)  # content hash differed from the stored one
    unchanged: list[str] = field(default_factory=list)  # skipped: same content hash
    remerged: list[str] = field(default_factory=list)  # unchanged, redone: a person merge changed
    pruned: list[str] = field(default_factory=list)  # graphs removed: article gone from the corpus
    kept: list[str] = field(default_factory=list)  # gone from the corpus, graph kept (no --prune)

    def count(self, facts: ArticleFacts) -> None:
        for kind, found in facts.by_type.items():  # every registered fact type, in registry order
            self.facts[kind] = self.facts.get(kind, 0) + len(found)


# -- extraction, in this process or in workers --------------------------------------------

_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model


def extract_one(article: Article, model: str | None = None) -> Extracted:
    """NLP and extraction for one article; an internal failure is reported, never raised."""
    from kzgraph.extract import extract_article
    from kzgraph.nlp import load_pipeline

    digest = content_hash(article)
    try:
        nlp = load_pipeline(model if model is not None else _worker_model)
        doc = nlp(article.text)
        return Extracted(article, extract_article(doc, article), digest)
    except Exception as err:  # noqa: BLE001 - one bad article must not end a corpus build
        return Extracted(article, None, digest, error=f"{type(err).__name__}: {err}")


def extract_all(
    articles: Iterable[Article], model: str | None = None, jobs: int = 1
) -> Iterator[Extracted]:
    if jobs <= 1:
        for article in articles:
            yield extract_one(article, model)
        return
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with context.Pool(jobs, initializer=_init_worker, initargs=(model,)) as pool:
        # imap keeps the corpus order, so the build is deterministic whatever the job count.
        yield from pool.imap(extract_one, articles, chunksize=4)


# -- graph ----------------------------------------------------------------------------------

Validator = Callable[[object], tuple[bool, str]]


def write_graphs(
    extracted: list[Extracted],
    store: ox.Store,
    report: BuildReport,
    validator: Validator | None = None,
    registry: PersonRegistry | None = None,
) -> PersonRegistry:
    """Resolve persons across the corpus, then write every article's named graph."""
    registry = registry if registry is not None else PersonRegistry()
    for item in extracted:
        if item.facts is not None:
            register_persons(registry, item.facts)
    for item in extracted:
        if item.facts is None:
            report.failed.append(f"{item.article.id}: {item.error}")
            continue
        graph = article_graph(item.article, item.facts, registry, item.content_hash)
        if validator is not None:
            conforms, text = validator(graph)
            if not conforms:
                report.invalid.append((item.article.id, text))
        replace_article_graph(store, item.article.id, graph)
        report.articles += 1
        report.count(item.facts)
    return registry


def seeded_registry(seeds: dict[str, dict[str, set[str]]], extracted: list[Extracted]) -> PersonRegistry:
    """A registry of the stored persons of articles not re-extracted, plus the new facts' names.

    A stored person contributes its canonical label once per article graph and its aliases,
    which already hold the raw forms it merged. (A full build counts every mention; the
    counts only break ties between equally long full names of one surname.)
    """
    registry = PersonRegistry()
    for persons in seeds.values():
        for label, aliases in sorted(persons.items()):
            registry.add(label, sorted(aliases))
    for item in extracted:
        if item.facts is not None:
            register_persons(registry, item.facts)
    return registry


def build_corpus(
    articles: Iterable[Article],
    store: ox.Store,
    *,
    model: str | None = None,
    jobs: int = 1,
    validator: Validator | None = None,
    progress: Callable[[Extracted], None] | None = None,
    prune: bool = False,
) -> BuildReport:
    """Bring ``store`` up to date with ``articles``: only new and changed articles are extracted."""
    report = BuildReport()
    stored = article_hashes(store)
    corpus = list(articles)
    ids = {article.id for article in corpus}
    todo: list[Article] = []
    unchanged: dict[str, Article] = {}
    for article in corpus:
        known = stored.get(article.id)
        if known == content_hash(article):
            unchanged[article.id] = article
            report.unchanged.append(article.id)
            continue
        todo.append(article)
        # A graph without a hash is a leftover of an interrupted write: treat it as new.
        (report.changed if known else report.new).append(article.id)
    gone = sorted(set(stored) - ids)
    (report.pruned if prune else report.kept).extend(gone)
    pruned = set(report.pruned)
    seeds = {aid: persons for aid, persons in article_persons(store).items()
             if aid not in pruned and (aid in unchanged or aid not in ids)}

    extracted: list[Extracted] = []
    while todo:
        for item in extract_all(todo, model, jobs):
            extracted.append(item)
            if progress is not None:
                progress(item)
        registry = seeded_registry(seeds, extracted)
        # A stored graph names a person by its canonical label: when the new names change
        # that canonical form (a longer full name arrived), the article must be redone too,
        # or the person would be split over two nodes. Usually this finds nothing.
        todo = [unchanged.pop(aid) for aid in sorted(unchanged)
                if any(registry.canonical(label) != label for label in seeds.get(aid, {}))]
        for article in todo:
            seeds.pop(article.id, None)
            report.unchanged.remove(article.id)
            report.remerged.append(article.id)
    # write_graphs registers the extracted names itself: hand it the stored persons only.
    write_graphs(extracted, store, report, validator, seeded_registry(seeds, []))
    for article_id in report.pruned:
        remove_article_graph(store, article_id)
    # Always, not only when something was written: an interrupted build may have left shared
    # descriptions no article needs. Costs O(shared nodes), not O(store).
    prune_shared(store)
    drop_union_copy(store)  # left by a build of an earlier version, which copied the union
    return report
