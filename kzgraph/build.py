"""The build: articles -> NLP -> facts -> (entity resolution) -> triples -> store and file.

Two passes over the articles to do, each run by an executor (kzgraph.execution: this process,
``jobs`` worker processes, or a Dask cluster): first NLP and extraction, whose facts wait in a
temporary file while their person names are merged across the corpus; then each article's
graph, built under the merged names, validated and serialised where it was computed. This
process only merges names and writes each article's triples into its own named graph of the
store, so memory does not grow with the corpus and the work spreads over every worker.

Builds are incremental: an article whose content hash (``kz:contentHash`` in its graph) is
already in the store, in a graph made by this kzgraph (``kz:extractorDigest``), is skipped; new
and changed articles, and those whose graph an earlier kzgraph made, are extracted and their graphs
replaced, one transaction per article graph. The person registry is seeded with the persons
already in the store, so a new "Tokajew" merges into a stored "Kassym-Schomart Tokajew".

An article whose work fails (an error, its time budget, a lost worker) is reported with its
file and line and costs that article only; with ``on_error="fail"`` it stops the build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kzgraph.execution.local import Executor, InProcess, WorkerProcesses
from kzgraph.execution.spill import Spill
from kzgraph.execution.tasks import (
    DEFAULT_ARTICLE_TIMEOUT,
    Extracted,
    GraphOutput,
    GraphWork,
    Settings,
    Validator,
    extract_one,
    run_extract,
    run_graph,
)
from kzgraph.extract.facts import ArticleFacts
from kzgraph.graph.extractor_digest import extractor_digest
from kzgraph.reading import ReadProblem, content_hash
from kzgraph.reading.article import Article
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.resolve.snapshot import ResolvedPersons, person_names
from kzgraph.store.bulk import write_batch
from kzgraph.store.embedded import (
    article_persons,
    drop_union_copy,
    prune_shared,
    remove_article_graph,
    stored_articles,
)
from kzgraph.store.listings import after_build, mark_current
from kzgraph.store.tee import UnionTee
from kzgraph.store.written import WrittenLabels, end_batch, store_is_empty

__all__ = ["DEFAULT_ARTICLE_TIMEOUT", "ArticleFailed", "BuildReport", "Extracted", "Validator",
           "build_corpus", "extract_one", "write_graphs"]


@dataclass
class BuildReport:
    articles: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)  # articles whose extraction or graph failed
    failed_ids: set[str] = field(default_factory=set)  # their ids, for what the messages say
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (article id, validation text)
    problems: list[ReadProblem] = field(default_factory=list)
    new: list[str] = field(default_factory=list)  # article ids not in the store before
    changed: list[str] = field(default_factory=list)  # content hash differed from the stored one
    outdated: list[str] = field(default_factory=list)  # same text, graph made by another kzgraph
    unchanged: list[str] = field(default_factory=list)  # skipped: same content hash
    remerged: list[str] = field(default_factory=list)  # unchanged, redone: a person merge changed
    pruned: list[str] = field(default_factory=list)  # graphs removed: article gone from the corpus
    kept: list[str] = field(default_factory=list)  # gone from the corpus, graph kept (no --prune)

    def count(self, facts: ArticleFacts) -> None:
        for kind, found in facts.by_type.items():  # every registered fact type, in registry order
            self.facts[kind] = self.facts.get(kind, 0) + len(found)


class ArticleFailed(Exception):
    """An article failed and ``on_error="fail"`` says that ends the build."""


def where(article: Article) -> str:
    """The article's id and the file (and line) it came from, for messages."""
    if not article.path:
        return article.id
    place = article.path if article.line is None else f"{article.path}:{article.line}"
    return f"{article.id} ({place})"


def open_executor(jobs: int, cluster: str | None, settings: Settings) -> Executor:
    if cluster:
        from kzgraph.execution.cluster import DaskCluster

        return DaskCluster(cluster, settings)
    return WorkerProcesses(jobs, settings) if jobs > 1 else InProcess(settings)


# -- the plan: what to extract ------------------------------------------------------------


@dataclass
class _Plan:
    todo: list[Article]
    unchanged: dict[str, Article]
    seeds: dict[str, dict[str, set[str]]]  # stored persons of articles not re-extracted
    fresh: bool = False  # the store was empty: nothing in it can be stale


def _plan(articles: Iterable[Article], store: ox.Store, prune: bool, report: BuildReport) -> _Plan:
    stored = stored_articles(store)
    current = extractor_digest()
    corpus = list(articles)
    ids = {article.id for article in corpus}
    todo: list[Article] = []
    unchanged: dict[str, Article] = {}
    for article in corpus:
        known, digest = stored.get(article.id, (None, None))
        if known == content_hash(article):
            if digest == current:
                unchanged[article.id] = article
                report.unchanged.append(article.id)
            else:  # an upgrade changed rules, lexicons or models: the stored facts are stale
                todo.append(article)
                report.outdated.append(article.id)
            continue
        todo.append(article)
        # A graph without a hash is a leftover of an interrupted write: treat it as new.
        (report.changed if known else report.new).append(article.id)
    gone = sorted(set(stored) - ids)
    (report.pruned if prune else report.kept).extend(gone)
    pruned = set(report.pruned)
    seeds = {aid: persons for aid, persons in article_persons(store).items()
             if aid not in pruned and (aid in unchanged or aid not in ids)}
    return _Plan(todo, unchanged, seeds, fresh=not stored and store_is_empty(store))


def seeded_registry(seeds: dict[str, dict[str, set[str]]], names: dict[str, set[str]]) -> PersonRegistry:
    """A registry of the stored persons of articles not re-extracted, plus the new facts' names.

    A stored person contributes its canonical label and its aliases, which already hold the
    raw forms it merged. The merge depends only on the set of names (not on how often or in
    which order they were seen), so a resumed build merges as an uninterrupted one.
    """
    registry = PersonRegistry()
    for persons in seeds.values():
        for label, aliases in sorted(persons.items()):
            registry.add(label, sorted(aliases))
    for name, aliases in sorted(names.items()):
        registry.add(name, sorted(aliases))
    return registry


# -- the two passes -----------------------------------------------------------------------


@dataclass
class _Run:
    executor: Executor
    report: BuildReport
    on_error: str
    progress: Callable[[Extracted], None] | None
    on_total: Callable[[int], None] | None
    names: dict[str, set[str]] = field(default_factory=dict)
    settled: set[str] = field(default_factory=set)  # written or reported failed
    labels: WrittenLabels = field(default_factory=WrittenLabels)  # so writing need not read the store

    def fail(self, article: Article, error: str | None) -> None:
        message = f"{where(article)}: {error}"
        self.report.failed.append(message)
        self.report.failed_ids.add(article.id)
        self.settled.add(article.id)
        if self.on_error == "fail":
            raise ArticleFailed(message)


def _extract(run: _Run, plan: _Plan, spill: Spill) -> PersonRegistry:
    """NLP and extraction of every article to do; facts to the spill, names to the registry."""
    total = 0
    todo = plan.todo
    while True:
        total += len(todo)
        if run.on_total is not None and todo:
            run.on_total(total)
        for article, item, error in run.executor.run(run_extract, todo):
            if item is None:
                item = Extracted(article, None, content_hash(article), error)
            if run.progress is not None:
                run.progress(item)
            if item.facts is None:
                run.fail(article, item.error)
                continue
            for name, aliases in person_names(item.facts).items():
                run.names.setdefault(name, set()).update(aliases)
            spill.append(item)
        registry = seeded_registry(plan.seeds, run.names)
        # A stored graph names a person by its canonical label: when the new names change
        # that canonical form (a longer full name arrived), the article must be redone too,
        # or the person would be split over two nodes. Usually this finds nothing.
        todo = [plan.unchanged.pop(aid) for aid in sorted(plan.unchanged)
                if any(registry.canonical(label) != label for label in plan.seeds.get(aid, {}))]
        if not todo:
            return registry
        for article in todo:
            plan.seeds.pop(article.id, None)
            run.report.unchanged.remove(article.id)
            run.report.remerged.append(article.id)


# Graphs are written in batches of about this many quads with the store's bulk loader
# (kzgraph.store.bulk): a batch costs half the CPU of one transaction per article, and a
# batch this size (about 50 news articles) keeps the build's memory flat.
BATCH_QUADS = 20_000


def _write(run: _Run, spill: Spill, registry: PersonRegistry, store: ox.Store) -> None:
    """Every extracted article's graph, computed by the executor, written into the store."""
    works = (GraphWork(item, ResolvedPersons.of(registry, person_names(item.facts))) for item in spill)
    batch: list[tuple[GraphWork, GraphOutput]] = []
    quads = 0
    for work, output, error in run.executor.run(run_graph, works):
        if output is not None and error is None:
            error = output.error
        if error is not None:
            run.fail(work.extracted.article, error)
            continue
        batch.append((work, output))
        quads += output.quads.quads
        if quads >= BATCH_QUADS:
            _write_batch(run, store, batch)
            batch, quads = [], 0
    _write_batch(run, store, batch)


def _write_batch(run: _Run, store: ox.Store, batch: list[tuple[GraphWork, GraphOutput]]) -> None:
    try:
        write_batch(store, [output.quads for _, output in batch], run.labels)
        end_batch(store)
    except (SyntaxError, ValueError) as err:  # not expected: the workers serialised these quads
        for work, _ in batch:
            run.fail(work.extracted.article, f"store: {type(err).__name__}: {err}")
        return
    for work, output in batch:
        article = work.extracted.article
        if not output.conforms:
            run.report.invalid.append((article.id, output.validation))
        run.report.articles += 1
        run.report.count(work.extracted.facts)
        run.settled.add(article.id)


def build_corpus(
    articles: Iterable[Article],
    store: ox.Store,
    *,
    model: str | None = None,
    jobs: int = 1,
    validator: Validator | None = None,
    progress: Callable[[Extracted], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    prune: bool = False,
    cluster: str | None = None,
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
    on_error: str = "skip",
    tee: UnionTee | None = None,
) -> BuildReport:
    """Bring ``store`` up to date with ``articles``: only new and changed articles are extracted.

    ``progress`` is called once per extracted article, ``on_total`` with the number of articles
    to extract before extraction starts (again, with the new total, if a person merge makes
    unchanged articles to be redone). ``cluster``: a Dask scheduler address or ``local:N``.
    ``tee``: also gets every batch written (kzgraph.store.tee, for ``--output``).
    """
    report = BuildReport()
    plan = _plan(articles, store, prune, report)
    todo_ids = [a.id for a in plan.todo]
    executor = open_executor(jobs, cluster, Settings(model, validator, article_timeout))
    run = _Run(executor, report, on_error, progress, on_total, labels=WrittenLabels(tee))
    if plan.fresh:  # every article graph will come with its listing rows
        mark_current(store)
    finished = False
    try:
        with Spill() as spill:
            registry = _extract(run, plan, spill)
            _write(run, spill, registry, store)
        finished = True
    finally:
        executor.close(abort=not finished)
    lost = [aid for aid in todo_ids + report.remerged if aid not in run.settled]
    if lost:  # never a silently partial graph
        raise RuntimeError(f"{len(lost)} article(s) neither written nor reported: {', '.join(lost[:10])}")
    for article_id in report.pruned:
        remove_article_graph(store, article_id)
    # Always, not only when something was written: an interrupted build may have left shared
    # descriptions no article needs. Costs O(shared nodes), not O(store). Not needed into a
    # store that was empty, where every shared node came with an article graph that refers to
    # it (its reads would fill the store's caches: BENCHMARKS.md, bounded memory).
    if not (plan.fresh and not report.failed):
        prune_shared(store)
    drop_union_copy(store)  # left by a build of an earlier version, which copied the union
    after_build(store)  # listing rows of every article, if a store of another version lacks them
    if report.articles or report.pruned:
        # Compacting after the bulk loads makes every later lookup 1.6-1.9x cheaper (the report
        # and the listings read each row through 12-16 index lookups; BENCHMARKS.md, section 8).
        store.optimize()
    return report


def write_graphs(
    extracted: list[Extracted],
    store: ox.Store,
    report: BuildReport,
    validator: Validator | None = None,
    registry: PersonRegistry | None = None,
) -> PersonRegistry:
    """Resolve persons across ``extracted``, then write every article's named graph (in this process)."""
    names: dict[str, set[str]] = {}
    for item in extracted:
        if item.facts is not None:
            for name, aliases in person_names(item.facts).items():
                names.setdefault(name, set()).update(aliases)
    registry = registry if registry is not None else PersonRegistry()
    for name, aliases in sorted(names.items()):
        registry.add(name, sorted(aliases))
    run = _Run(InProcess(Settings(validator=validator, timeout=None)), report, "skip", None, None)
    if store_is_empty(store):
        mark_current(store)
    with Spill() as spill:
        for item in extracted:
            if item.facts is None:
                run.fail(item.article, item.error)
                continue
            spill.append(item)
        _write(run, spill, registry, store)
    return registry
