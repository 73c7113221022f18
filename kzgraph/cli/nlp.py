"""CLI for the NLP layer: ``kzgraph nlp train``, ``kzgraph nlp evaluate``, ``kzgraph info``.

The lead's ``kzgraph/cli/__init__.py`` adds ``nlp_group`` and ``info_command`` to the main
group. Heavy imports (spaCy, HanTa) happen inside the commands so ``kzgraph --help`` stays fast.
"""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path
from typing import Any

import click

DEFAULT_DATASETS = Path("../shared/datasets")

_datasets_option = click.option(
    "--datasets",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_DATASETS,
    show_default=True,
    envvar="KZGRAPH_DATASETS",
    help="Folder with germeval2014/ and ud-german/ (or set KZGRAPH_DATASETS).",
)


def _log(message: str) -> None:
    click.echo(message, err=True)


def _check_datasets(datasets: Path) -> None:
    if not datasets.is_dir():
        raise click.ClickException(f"datasets folder not found: {datasets} (use --datasets DIR)")


@click.group(name="nlp")
def nlp_group() -> None:
    """Train and evaluate the offline German NLP pipeline."""


@nlp_group.command(name="train")
@_datasets_option
@click.option(
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Where to write the NER model (default: the package's kzgraph/nlp/model).",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="spaCy training config (default: kzgraph/nlp/ner.cfg).",
)
@click.option("--skip-lexicon", is_flag=True, help="Do not rebuild data/ud_lexicon.json.")
@click.option(
    "--gazetteer",
    is_flag=True,
    help="Rebuild data/gazetteer.txt first (needs: pip install -e '.[data]').",
)
@click.option(
    "--clusters",
    is_flag=True,
    help="Rebuild data/brown_clusters.npz first (needs: pip install -e '.[data]').",
)
@click.option(
    "--pretrain",
    "pretrain_epochs",
    type=click.IntRange(min=0),
    default=12,
    show_default=True,
    help="Pretrain the tok2vec for this many epochs on unlabeled text first (the shipped "
    "model: 12; 0: no pretraining, ~11 min faster).",
)
@click.option(
    "--seed",
    type=int,
    default=2,
    show_default=True,
    help="Random seed of the NER training (the shipped model: 2, the best of seeds 0-3 by held-out dev F1).",
)
def train_command(
    datasets: Path,
    output: Path | None,
    config: Path | None,
    skip_lexicon: bool,
    gazetteer: bool,
    clusters: bool,
    pretrain_epochs: int,
    seed: int,
) -> None:
    """Rebuild the UD tag lexicon and train the NER on GermEval 2014."""
    from kzgraph.nlp.train import CONFIG_PATH, MODEL_DIR, train
    from kzgraph.nlp.udlexicon import build_ud_lexicon

    _check_datasets(datasets)
    if not skip_lexicon:
        start = time.perf_counter()
        size = build_ud_lexicon(datasets)
        _log(f"UD lexicon: {size} entries ({time.perf_counter() - start:.0f} s)")
    if gazetteer:
        _build_gazetteer()
    if clusters:
        _build_clusters()
    out = train(
        datasets,
        output or MODEL_DIR,
        config or CONFIG_PATH,
        overrides={"system.seed": seed},
        pretrain_epochs=pretrain_epochs,
    )
    _log(f"model written to {out}")


@nlp_group.command(name="train-crf")
@_datasets_option
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to write the CRF model (default: the package's kzgraph/nlp/data/crf_ner.crfsuite).",
)
@click.option("--c1", type=click.FloatRange(min=0), default=0.05, show_default=True, help="L1 weight.")
@click.option("--c2", type=click.FloatRange(min=0), default=0.05, show_default=True, help="L2 weight.")
@click.option(
    "--max-iterations", type=click.IntRange(min=1), default=200, show_default=True, help="L-BFGS iterations."
)
def train_crf_command(datasets: Path, output: Path | None, c1: float, c2: float, max_iterations: int) -> None:
    """Train the CRF NER that corrects the spaCy NER (kz_crf_ner) on GermEval 2014 (about 2 min)."""
    from kzgraph.nlp.crf_ner import CRF_MODEL
    from kzgraph.nlp.crf_train import train_crf

    _check_datasets(datasets)
    facts = train_crf(datasets, output or CRF_MODEL, c1, c2, max_iterations)
    _log(f"CRF model written to {output or CRF_MODEL}: {json.dumps(facts)}")


def _build_gazetteer() -> None:
    sizes = _build_data("kzgraph.nlp.gazetteer_build", "build_gazetteer")
    _log("gazetteer: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))


def _build_clusters() -> None:
    size = _build_data("kzgraph.nlp.clusters_build", "build_clusters")
    _log(f"Brown clusters: {size} words")


def _build_data(module: str, function: str, *args: Any) -> Any:
    """Run a data builder whose source packages come with the 'data' extra."""
    try:
        return getattr(importlib.import_module(module), function)(*args)
    except ImportError as exc:
        raise click.ClickException(f"{exc}; install the source packages: pip install -e '.[data]'") from exc


@nlp_group.command(name="build-clusters")
def build_clusters_command() -> None:
    """Rebuild kzgraph/nlp/data/brown_clusters.npz (the NER's word clusters) from spacy-lookups-data."""
    _build_clusters()


@nlp_group.command(name="build-hanta-table")
@click.option(
    "--words",
    type=click.IntRange(min=1),
    default=100_000,
    show_default=True,
    help="How many of the most probable German words to analyse.",
)
def build_hanta_table_command(words: int) -> None:
    """Rebuild kzgraph/nlp/data/hanta_frequent.json.gz (HanTa's analyses of frequent words)."""
    sizes = _build_data("kzgraph.nlp.hanta_table_build", "build_hanta_table", words)
    _log(f"HanTa table: {sizes['analyses']} word analyses, {sizes['lemmas']} lemmas")


@nlp_group.command(name="build-gazetteer")
def build_gazetteer_command() -> None:
    """Rebuild kzgraph/nlp/data/gazetteer.txt (the NER's gazetteer feature) from PyPI packages."""
    _build_gazetteer()


@nlp_group.command(name="evaluate")
@_datasets_option
@click.option("--model", default=None, help="Pipeline name or path (default: as load_pipeline chooses).")
@click.option(
    "--no-rules", is_flag=True, help="Offline pipeline with the spaCy NER only (no entity rules, no CRF)."
)
@click.option("--no-crf", is_flag=True, help="Offline pipeline without the CRF NER (kz_crf_ner).")
def evaluate_command(datasets: Path, model: str | None, no_rules: bool, no_crf: bool) -> None:
    """Print NER F1, UPOS accuracy, sentence F1 and words/s; the last line is machine-readable."""
    from kzgraph.nlp import NLPError, build_offline_pipeline, load_pipeline, pipeline_info
    from kzgraph.nlp.evaluate import evaluate, summary_line

    _check_datasets(datasets)
    try:
        if no_rules or no_crf:
            nlp = build_offline_pipeline(rules=not no_rules, crf=False)
        else:
            nlp = load_pipeline(model)
    except NLPError as exc:
        raise click.ClickException(str(exc)) from exc
    info = pipeline_info(nlp)
    _log(f"pipeline: {info['name']} ({info['kind']}), components: {', '.join(info['components'])}")
    scores = evaluate(nlp, datasets)
    per_label = " ".join(f"{k}={v:.4f}" for k, v in (scores.ner_per_label or {}).items())
    click.echo(
        f"NER (GermEval 2014 test, last 1000 sentences; PER/ORG/LOC): "
        f"P={scores.ner_p:.4f} R={scores.ner_r:.4f} F1={scores.ner_f1:.4f} [{per_label}]"
    )
    if scores.ner_f1_without_rules is not None:
        click.echo(f"NER without kz_entity_rules: F1={scores.ner_f1_without_rules:.4f}")
    if scores.rule_effect is not None:
        effect = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in scores.rule_effect.items())
        click.echo(f"kz_entity_rules vs. gold spans: {effect}")
    click.echo(f"UPOS (UD German GSD test, gold words): accuracy={scores.upos:.4f}")
    click.echo(
        f"Sentences (UD German GSD test, raw text): P={scores.sent_p:.4f} R={scores.sent_r:.4f} "
        f"F1={scores.sent_f1:.4f} (gold sentences without final punctuation: "
        f"{scores.sent_unpunctuated:.1%})"
    )
    click.echo(
        f"Throughput (full pipeline, one process, GSD+PUD text): cold {scores.words_per_s_cold:.0f} "
        f"words/s (first pass), warm {scores.words_per_s:.0f} words/s (second pass)"
    )
    click.echo(summary_line(scores))


@click.command(name="info")
@click.option("--model", default=None, help="Pipeline name or path (default: as load_pipeline chooses).")
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object instead.")
def info_command(model: str | None, as_json: bool) -> None:
    """Show which NLP pipeline is in use, its components and versions."""
    from kzgraph.nlp import NLPError, load_pipeline, pipeline_info

    try:
        nlp = load_pipeline(model)
    except NLPError as exc:
        raise click.ClickException(str(exc)) from exc
    info = pipeline_info(nlp)
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False))
        return
    click.echo(f"pipeline:   {info['name']} ({info['kind']})")
    click.echo(f"components: {', '.join(info['components'])}")
    click.echo(f"labels:     {', '.join(info['labels']) or '-'}")
    versions = ", ".join(f"{k} {v}" for k, v in info["versions"].items())
    click.echo(f"versions:   {versions}")
    if info.get("ner_model"):
        click.echo(f"ner model:  {info['ner_model']}")
    if info.get("crf_model"):
        click.echo(f"crf model:  {info['crf_model']}")
