"""``python -m kzgraph.fuzz``: see kzgraph.fuzz. Exit code 0 when every figure that must be 0 is."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kzgraph.fuzz.run import FuzzReport, fuzz, source_articles
from kzgraph.resources import EXAMPLES_DIR


@click.command()
@click.argument("folders", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--cases", "count", type=click.IntRange(min=1), default=100, show_default=True,
              help="How many mutated articles to build.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--budget", type=float, default=60.0, show_default=True,
              help="CPU seconds an article may take before it counts as a hang.")
@click.option("--model", default=None, help="spaCy pipeline (default: as kzgraph build chooses).")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Write every failing case to this folder, to reproduce it.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures and failures as JSON.")
def main(folders: tuple[Path, ...], count: int, seed: int, budget: float, model: str | None,
         keep: Path | None, as_json: bool) -> None:
    """Build COUNT mutated copies of the articles in FOLDERS (default: the example corpus)."""
    articles = source_articles(folders or (EXAMPLES_DIR,))
    report = fuzz(articles, count, seed=seed, budget=budget, model=model, keep=keep, progress=_progress)
    if as_json:
        click.echo(json.dumps({"figures": report.figures(), "failures": report.failures},
                              ensure_ascii=False, indent=1))
    else:
        for name, value in report.figures().items():
            click.echo(f"{name}: {value}")
        for failure in report.failures:
            click.echo(f"FAILED {failure['case']} ({failure['kind']}; from {failure['source']}, "
                       f"{', '.join(failure['mutations'])}): {failure['detail'][-300:]}", err=True)
    sys.exit(0 if report.clean else 1)


def _progress(report: FuzzReport) -> None:
    if report.cases % 50 == 0:
        figures = report.figures()
        click.echo(json.dumps({k: figures[k] for k in list(figures)[:7]}, ensure_ascii=False), err=True)


if __name__ == "__main__":
    main()
