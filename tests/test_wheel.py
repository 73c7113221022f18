"""The package as users install it: a wheel built by `python -m build`, installed in a new venv
outside the checkout, runs every command from another folder with the checkout's results.

The venv sees the system's site-packages (installing spaCy and its stack afresh would take
minutes and the network), so the test proves that the wheel's copy of kzgraph is the one
imported, not an editable install of a checkout, and that every declared dependency is there.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import venv
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from tests.servers import Server, oxigraph_server

__all__ = ["oxigraph_server"]  # fixture, imported for pytest

pytestmark = [pytest.mark.slow, pytest.mark.server]

CHECKOUT = Path(__file__).resolve().parent.parent
EXAMPLE = CHECKOUT / "examples" / "kasachstan-2022"
COMPARED = ("who-replaced-whom", "dismissals", "arrests", "statements")

# Run inside the venv: where kzgraph and its data come from, and whether every requirement holds.
PROBE = """
import sys
from importlib.metadata import distribution, requires, version
from packaging.requirements import Requirement
import kzgraph, kzgraph.resources as r
missing = []
for text in requires("kzgraph"):
    req = Requirement(text)
    if req.marker is not None and not req.marker.evaluate({"extra": ""}):
        continue  # an extra (test, data)
    try:
        if not req.specifier.contains(version(req.name), prereleases=True):
            missing.append(f"{req} (have {version(req.name)})")
    except Exception as err:
        missing.append(f"{req} ({err})")
print(kzgraph.__file__)
print(r.ONTOLOGY_FILE)
print(r.QUERIES_DIR)
print(distribution("kzgraph").locate_file(""))
print(";".join(missing))
"""


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    output = f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{output}"
    return result


def _rows(csv_text: str) -> Counter[tuple[str, ...]]:
    return Counter(tuple(row) for row in csv.reader(io.StringIO(csv_text)))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: an sdist, and the wheel built from that sdist (so both are complete)."""
    dist = tmp_path_factory.mktemp("dist")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(CHECKOUT)], CHECKOUT, env, 900)
    assert len(list(dist.glob("kzgraph-*.tar.gz"))) == 1
    (found,) = dist.glob("kzgraph-*.whl")
    return found


def test_wheel_lists_the_data_folders(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ("kzgraph/ontology/kzgraph.ttl", "kzgraph/shapes/events.ttl",
                 "kzgraph/queries/who-replaced-whom.rq", "kzgraph/nlp/data/crf_ner.crfsuite",
                 "kzgraph/extract/lexicons/events.yaml", "kzgraph/nlp/model/meta.json"):
        assert path in names, path
    assert {p.name for p in (CHECKOUT / "queries").glob("*.rq")} == {
        Path(n).name for n in names if n.startswith("kzgraph/queries/") and n.endswith(".rq")}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_installed_wheel_runs_every_command_outside_the_checkout(
    wheel: Path, oxigraph_server: Server, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    work = tmp_path / "elsewhere"
    work.mkdir()
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall",
          str(wheel)], work, env)

    probe = _run([str(bin_dir / "python"), "-c", PROBE], work, env).stdout.splitlines()
    package, ontology, queries, site, missing = probe
    # The wheel's copy, not the checkout's editable install (which the system site-packages has).
    assert Path(package).is_relative_to(env_dir), package
    assert Path(ontology).is_relative_to(env_dir) and Path(ontology).is_file(), ontology
    assert Path(queries).is_relative_to(env_dir), queries
    assert not Path(site).is_relative_to(CHECKOUT)
    assert missing == "", f"requirements not satisfied: {missing}"

    kzgraph = str(bin_dir / "kzgraph")
    listed = _run([kzgraph, "queries"], work, env).stdout
    assert all(name in listed for name in COMPARED)

    _run([kzgraph, "build", str(EXAMPLE), "--output", "g.ttl"], work, env)
    _run([kzgraph, "validate", "g.ttl"], work, env)
    _run([kzgraph, "build", str(EXAMPLE)], work, env)  # into the default store, .kzgraph/store
    _run([kzgraph, "validate"], work, env)  # the default store

    # The checkout's results on the same corpus, for comparison.
    reference = tmp_path / "reference.ttl"
    built = CliRunner().invoke(main, ["build", str(EXAMPLE), "--output", str(reference), "-q"])
    assert built.exit_code == 0, built.output
    for name in COMPARED:
        expected = CliRunner().invoke(main, ["query", name, "--graph", str(reference), "--format", "csv"])
        assert expected.exit_code == 0, expected.output
        from_file = _run([kzgraph, "query", name, "--graph", "g.ttl", "--format", "csv"], work, env)
        from_store = _run([kzgraph, "query", name, "--store", ".kzgraph/store", "--format", "csv"],
                          work, env)
        assert _rows(from_file.stdout) == _rows(expected.stdout), name
        assert _rows(from_store.stdout) == _rows(expected.stdout), name
    assert sum(_rows(expected.stdout).values()) > 1  # statements: not vacuous

    loaded = _run([kzgraph, "load", "--store", ".kzgraph/store", "--endpoint", oxigraph_server.url,
                   "--flavor", "oxigraph", "--verify"], work, env)
    assert "verified" in loaded.stdout + loaded.stderr
