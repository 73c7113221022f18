"""`kzgraph build`: a corpus of articles -> RDF file and/or embedded store."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kzgraph.cli.common import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, fail, store_option, warn
from kzgraph.cli.progress import BuildProgress
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import FORMATS, StoreError, format_for, open_store
from kzgraph.store.tee import tee_for, write_output

if TYPE_CHECKING:
    import pyoxigraph as ox


@click.command("build")
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the graph to this file (format from --format or the file suffix).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="Output format: turtle (default), trig (keeps one named graph per article), "
                   "ntriples, nquads, jsonld.")
@store_option()
@click.option("--model", default=None, help="spaCy pipeline to use (default: installed pretrained "
              "German pipeline, else kzgraph's offline pipeline).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for NLP and extraction.")
@click.option("--cluster", default=None, metavar="ADDRESS",
              help="Run NLP, extraction and each article's graph on a Dask cluster: a scheduler "
                   "address (tcp://host:8786) or local:N for N worker processes on this machine.")
@click.option("--article-timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              metavar="SECONDS", help="Time budget per article for NLP, extraction and its graph; an "
                   "article past it is stopped and handled as --on-error says (0: no budget).")
@click.option("--on-error", type=click.Choice(["skip", "fail"]), default="skip", show_default=True,
              help="What to do with an unreadable or malformed article, or one that fails or runs "
                   "past its time budget.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Validate each article's graph with the SHACL shapes.")
@click.option("--prune", is_flag=True,
              help="Remove from the store the graphs of articles no longer in CORPUS.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Last, write the HTML report of the graph to this file (see `kzgraph report`).")
@click.option("--max-article-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Larger articles are reported and skipped (longer texts than the NLP pipeline's "
                   "limit are parsed in parts).")
def build_command(corpus: Path, output: Path | None, fmt: str | None, store_dir: Path | None,
                  model: str | None, jobs: int, cluster: str | None, article_timeout: float,
                  on_error: str, validate: bool, prune: bool, quiet: bool,
                  report_file: Path | None, max_article_bytes: int) -> None:
    """Build the knowledge graph of the articles in CORPUS (a folder or a file of .txt/.jsonl).

    Without --output, the graph goes to the default store (.kzgraph/store). Builds into a
    store are incremental: only new and changed articles (by content hash) are processed.
    """
    from kzgraph.build import ArticleFailed, build_corpus
    from kzgraph.execution.cluster import ClusterError
    from kzgraph.reading import CorpusReadError, read_corpus

    if output is None and store_dir is None:
        store_dir = DEFAULT_STORE
    store, scratch = _open_build_store(store_dir)
    reader = read_corpus(corpus, on_error=on_error, max_article_bytes=max_article_bytes)
    validator = None
    if validate:  # only then: kzgraph.validate imports pySHACL and rdflib's SPARQL engine (0.1 s)
        from kzgraph.validate import conforms_text as validator
    out_format = format_for(output, fmt) if output is not None else None
    tee = tee_for(output, out_format, store_dir)
    with BuildProgress(quiet=quiet) as bar:
        try:
            report = build_corpus(reader, store, model=model, jobs=jobs, validator=validator,
                                  progress=bar.advance, on_total=bar.set_total, prune=prune,
                                  cluster=cluster, article_timeout=article_timeout or None,
                                  on_error=on_error, tee=tee)
        except (CorpusReadError, ArticleFailed) as err:
            fail(f"{err} (--on-error fail)")
        except ClusterError as err:
            fail(f"--cluster: {err}")
    if validator is not None:
        # The verdict covers every graph of the store, also those kept from earlier builds.
        from kzgraph.validate.verdicts import cover_store

        cover_store(store, store_dir, report, validator)
    if output is not None:
        try:
            write_output(store, tee, bool(report.failed), output, out_format)
        except StoreError as err:
            fail(str(err))
    if report_file is not None:
        _write_report(store, report_file, reader, report, validate, output or store_dir)
    # Release the store's lock now: SystemExit's traceback would keep this frame (and the
    # store) alive in an embedding process such as a test runner.
    store.flush()
    del store
    # Frames of the build can also sit in reference cycles (pyparsing's exceptions, raised
    # while the first validation parses the shapes' SPARQL, keep their tracebacks); collect
    # them so the store is really closed before the next command opens it.
    gc.collect()
    if scratch is not None:
        scratch.cleanup()
    _summarise(reader, report, output, store_dir, validate)
    if report.failed:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_VIOLATIONS if report.invalid else EXIT_OK)


def _open_build_store(store_dir: Path | None) -> tuple[ox.Store, tempfile.TemporaryDirectory | None]:
    """The store a build writes into; with --output alone a temporary one on disk, not in memory,
    so that memory does not grow with the corpus."""
    scratch = tempfile.TemporaryDirectory(prefix="kzgraph-build-") if store_dir is None else None
    try:
        return open_store(Path(scratch.name) if scratch is not None else store_dir), scratch
    except StoreError as err:
        fail(str(err))

def _write_report(store, path: Path, reader, report, validate: bool, source: Path) -> None:  # noqa: ANN001
    from kzgraph.report import ReportError, write_report
    from kzgraph.report.status import build_status

    status = build_status(reader.problems, report.failed, report.invalid, validate,
                          incremental=bool(report.unchanged))
    try:
        write_report(store, path, source=str(source), status=status)
    except ReportError as err:
        fail(str(err))
    warn(f"wrote {path}")


def _summarise(reader, report, output, store_dir, validate) -> None:  # noqa: ANN001
    facts = ", ".join(f"{n} {kind}" for kind, n in report.facts.items())
    # Every problem once, each saying whether its article was skipped or only noted.
    warn(reader.summary(limit=None))
    if report.new or report.changed or report.outdated or report.remerged:
        warn(f"{report.articles} article graph(s) written: {facts or 'no facts'}")
    else:  # an incremental re-run: say so rather than "0 graphs written: no facts"
        pruned = f", {len(report.pruned)} pruned" if report.pruned else ""
        warn(f"{'nothing extracted' if pruned else 'nothing changed'}: "
             f"{len(report.unchanged)} articles unchanged{pruned}")
    warn(f"articles: {len(report.new)} new, {len(report.changed)} changed, "
         f"{len(report.unchanged)} unchanged (skipped), {len(report.pruned)} pruned"
         + (f", {len(report.outdated)} redone for a new kzgraph" if report.outdated else "")
         + (f", {len(report.remerged)} redone for a person merge" if report.remerged else ""))
    if report.kept:
        warn(f"{len(report.kept)} article graph(s) in the store are not in the corpus "
             "(kept; --prune removes them)")
    if output is not None:
        warn(f"wrote {output}")
    if store_dir is not None:
        warn(f"store: {store_dir}")
    for line in report.failed:
        warn(f"article failed: {line}")
    if validate:
        if report.invalid:
            warn(f"validation: {len(report.invalid)} article graph(s) do not conform:")
            for article_id, text in report.invalid:
                warn(f"  {article_id}: {text}")
        else:
            warn("validation: every article graph conforms to the shapes")
