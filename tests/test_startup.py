"""What the start-up cuts must not change: the same data, the same commands, the same features.

Each test pins one behaviour a start-up change could break: the C YAML parser reads every
shipped file as the Python one does, the lazily imported commands are all there, a build
without validation does not import pySHACL, the cached tables are read once, the gazetteer
looked up per section answers as the table did, and the pipeline is frozen out of the
garbage collector once loaded.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

import kzgraph
from kzgraph.cli import COMMANDS, main
from kzgraph.yaml_data import load_yaml

PACKAGE = Path(kzgraph.__file__).parent
SHIPPED_YAML = sorted(PACKAGE.rglob("*.yaml"))


def test_shipped_yaml_files_are_found() -> None:
    assert len(SHIPPED_YAML) >= 10


@pytest.mark.parametrize("path", SHIPPED_YAML, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_c_parser_reads_every_shipped_yaml_file_as_the_python_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506


@pytest.mark.parametrize("text", ["a: [1, 2", "a: b: c", "- x\ny: 1"])
def test_bad_yaml_is_a_yaml_error(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml(text)


def test_yaml_loader_is_safe() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")


def test_every_command_is_listed_and_loads() -> None:
    ctx = click.Context(main)
    assert main.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert isinstance(command, click.Command) and command.name == name
    assert main.get_command(ctx, "no-such-command") is None


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1]
    assert all(f"  {name} " in listed for name in COMMANDS)


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["bulid"])
    assert result.exit_code == 2 and "No such command" in result.output


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has imported after running ``code``."""
    script = f"import sys\n{code}\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_starting_a_command_imports_only_that_command() -> None:
    loaded = _modules_after(
        "from click.testing import CliRunner\nfrom kzgraph.cli import main\n"
        "assert CliRunner().invoke(main, ['build', '--help']).exit_code == 0"
    )
    assert "kzgraph.cli.build" in loaded
    assert not loaded & {"kzgraph.cli.validate", "kzgraph.cli.report", "kzgraph.cli.load", "pyshacl"}


@pytest.mark.slow
def test_build_without_validation_does_not_import_pyshacl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Der Vorstand entließ am Montag den Direktor Karl Muster.\n",
                                    encoding="utf-8")
    loaded = _modules_after(
        "from click.testing import CliRunner\nfrom kzgraph.cli import main\n"
        f"r = CliRunner().invoke(main, ['build', {str(tmp_path / 'a.txt')!r}, '--no-validate', '-q',"
        f" '--output', {str(tmp_path / 'g.ttl')!r}])\nassert r.exit_code == 0, r.output"
    )
    assert "kzgraph.cli.build" in loaded and "pyshacl" not in loaded
    assert (tmp_path / "g.ttl").read_text(encoding="utf-8").count("Muster") >= 1


def test_default_and_named_cluster_table_are_one_object() -> None:
    from kzgraph.nlp.clusters import CLUSTER_FILE, load_clusters

    assert load_clusters() is load_clusters(CLUSTER_FILE)


def test_gazetteer_phrase_in_two_sections_takes_the_earlier_sections_bit() -> None:
    from kzgraph.nlp.gazetteer import CLASS_BITS, CONTINUATION, Gazetteer

    gazetteer = Gazetteer({"LOC": {"Bad Muster"}, "TOWN": {"Bad Muster", "Bad Muster am See"}})
    assert gazetteer.features(["Bad", "Muster", "."]) == [
        CLASS_BITS["LOC"], CLASS_BITS["LOC"] | CONTINUATION, 0]
    # The longest entry wins, whatever its section.
    town = CLASS_BITS["TOWN"]
    assert gazetteer.features(["Bad", "Muster", "am", "See"]) == [town] + [town | CONTINUATION] * 3


def test_gazetteer_entries_with_odd_spacing_match_their_tokens() -> None:
    from kzgraph.nlp.gazetteer import CLASS_BITS, CONTINUATION, Gazetteer

    org = CLASS_BITS["ORG"]
    gazetteer = Gazetteer({"ORG": {"Muster  Werke", " Beispiel ", "", "\t"}})
    assert gazetteer.features(["Muster", "Werke"]) == [org, org | CONTINUATION]
    assert gazetteer.word_bits("Beispiel") == org
    assert gazetteer.word_bits("") == 0
    # A token that is itself whitespace is never part of an entry.
    assert gazetteer.features(["Muster", " ", "Werke"]) == [0, 0, 0]


def test_gazetteer_phrases_longer_than_five_tokens_are_ignored() -> None:
    from kzgraph.nlp.gazetteer import Gazetteer

    words = "Erste Zweite Dritte Vierte Fünfte Sechste".split()
    assert Gazetteer({"ORG": {" ".join(words)}}).features(words) == [0] * 6


@pytest.mark.slow
def test_extracting_an_article_freezes_the_loaded_pipeline() -> None:
    from kzgraph.execution.tasks import extract_one
    from kzgraph.reading.article import Article

    text = "Der Vorstand entließ am Montag den Direktor Karl Muster."
    result = extract_one(Article(id="freeze", text=text))
    assert result.error is None and result.facts is not None
    assert gc.get_freeze_count() > 0


@pytest.mark.slow
def test_per_sentence_answers_are_the_questions_own() -> None:
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.extract.grammar.scope import conditional, questioned
    from kzgraph.nlp import load_pipeline
    from kzgraph.reading.article import Article

    text = "Wird der Direktor entlassen? Falls ja, folgt Anna Berg. Der Rat entließ ihn am Montag."
    ctx = ArticleContext(load_pipeline()(text), Article(id="scope", text=text))
    for sent in ctx.sentences:
        assert ctx.sentence_texts(sent) == tuple(t.text for t in sent)
        for question in (questioned, conditional):
            assert ctx.per_sentence(question, sent) == question(sent)
            assert ctx.per_sentence(question, sent) == question(sent)  # the kept answer
    assert [ctx.per_sentence(questioned, s) for s in ctx.sentences] == [True, False, False]


@pytest.mark.slow
def test_preloading_for_workers_restores_the_collector_and_freezes_the_pipeline() -> None:
    # in a fresh process: the collector's state is per process
    code = (
        "import gc\n"
        "from kzgraph.execution.local import _preload\n"
        "from kzgraph.execution.tasks import Settings\n"
        "before = gc.get_threshold()\n"
        "_preload(Settings())\n"
        "from kzgraph.nlp import load_pipeline\n"
        "print(gc.get_threshold() == before, gc.get_freeze_count() > 100_000,"
        " 'kz_hanta' in load_pipeline().pipe_names)\n"
    )
    run = [sys.executable, "-c", code]
    out = subprocess.run(run, capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.split() == ["True"] * 3
