"""`kzgraph build`: a corpus of articles -> RDF file and/or embedded store."""

from __future__ import annotations

from pathlib import Path

import click

from kzgraph.cli.common import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, fail, store_option, warn
from kzgraph.resources import DEFAULT_STORE
from kzgraph.store.embedded import FORMATS, StoreError, export, format_for, open_store


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
@click.option("--on-error", type=click.Choice(["skip", "fail"]), default="skip", show_default=True,
              help="What to do with an unreadable or malformed article.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Validate each article's graph with the SHACL shapes.")
@click.option("--prune", is_flag=True,
              help="Remove from the store the graphs of articles no longer in CORPUS.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--max-article-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Larger articles are reported and skipped (longer texts than the NLP pipeline's "
                   "limit are parsed in parts).")
def build_command(corpus: Path, output: Path | None, fmt: str | None, store_dir: Path | None,
                  model: str | None, jobs: int, on_error: str, validate: bool, prune: bool,
                  quiet: bool, max_article_bytes: int) -> None:
    """Build the knowledge graph of the articles in CORPUS (a folder or a file of .txt/.jsonl).

    Without --output, the graph goes to the default store (.kzgraph/store). Builds into a
    store are incremental: only new and changed articles (by content hash) are processed.
    """
    from kzgraph.build import build_corpus
    from kzgraph.reading import CorpusReadError, read_corpus
    from kzgraph.validate import conforms_text

    if output is None and store_dir is None:
        store_dir = DEFAULT_STORE
    try:
        store = open_store(store_dir)
    except StoreError as err:
        fail(str(err))
    reader = read_corpus(corpus, on_error=on_error, max_article_bytes=max_article_bytes)
    validator = conforms_text if validate else None
    with click.progressbar(length=0, label="Extracting", file=None if not quiet else _Null(),
                           show_pos=True) as bar:
        try:
            report = build_corpus(reader, store, model=model, jobs=jobs, validator=validator,
                                  progress=lambda _item: bar.update(1), prune=prune)
        except CorpusReadError as err:
            fail(f"{err} (--on-error fail)")
    if output is not None:
        try:
            export(store, output, format_for(output, fmt))
        except StoreError as err:
            fail(str(err))
    # Release the store's lock now: SystemExit's traceback would keep this frame (and the
    # store) alive in an embedding process such as a test runner.
    store.flush()
    del store
    _summarise(reader, report, output, store_dir, validate)
    if report.failed:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_VIOLATIONS if report.invalid else EXIT_OK)


class _Null:
    def write(self, _text: str) -> None:
        pass

    def flush(self) -> None:
        pass



def _summarise(reader, report, output, store_dir, validate) -> None:  # noqa: ANN001
    facts = ", ".join(f"{n} {kind}" for kind, n in report.facts.items())
    # Every problem once, each saying whether its article was skipped or only noted.
    warn(reader.summary(limit=None))
    warn(f"{report.articles} article graph(s) written: {facts or 'no facts'}")
    warn(f"articles: {len(report.new)} new, {len(report.changed)} changed, "
         f"{len(report.unchanged)} unchanged (skipped), {len(report.pruned)} pruned"
         + (f", {len(report.remerged)} redone for a person merge" if report.remerged else ""))
    if report.kept:
        warn(f"{len(report.kept)} article graph(s) in the store are not in the corpus "
             "(kept; --prune removes them)")
    if output is not None:
        warn(f"wrote {output}")
    if store_dir is not None:
        warn(f"store: {store_dir}")
    for line in report.failed:
        warn(f"extraction failed: {line}")
    if validate:
        if report.invalid:
            warn(f"validation: {len(report.invalid)} article graph(s) do not conform:")
            for article_id, text in report.invalid:
                warn(f"  {article_id}: {text}")
        else:
            warn("validation: every article graph conforms to the shapes")
