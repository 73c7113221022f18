"""The benchmark command as a smoke test (tiny sizes), and the generator's determinism."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.bench.generate import article_nquads, generate
from kzgraph.bench.synthetic import synthetic_graph

CHECKOUT = Path(__file__).resolve().parent.parent


def test_generator_is_deterministic_and_reaches_the_size(tmp_path: Path) -> None:
    first = generate(tmp_path / "a.nq", 2_000, seed=7)
    second = generate(tmp_path / "b.nq", 2_000, seed=7, jobs=2)
    assert first.quads >= 2_000
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    # One named graph per synthetic article plus the shared graph, as the build writes them.
    data, shared = article_nquads(7, 0)
    assert b"<https://w3id.org/kzgraph/id/graph/synthetic-00000000> .\n" in data
    assert shared and all(line.endswith(b"<https://w3id.org/kzgraph/id/shared> .\n") for line in shared)
    assert len(synthetic_graph(7, 0)) == data.count(b"\n") + len(shared)
    assert second.articles == first.articles


def test_parallel_generator_stops_its_workers(tmp_path: Path) -> None:
    # the pool is closed and joined, not terminated with tasks still queued (a hang seen once)
    generate(tmp_path / "p.nq", 3_000, seed=3, jobs=2, chunk=5)
    assert multiprocessing.active_children() == []


def test_generator_writes_each_shared_triple_once(tmp_path: Path) -> None:
    shared = generate(tmp_path / "s.nq", 3_000, seed=7)
    repeated = generate(tmp_path / "r.nq", 3_000, seed=7, layout="repeated")
    lines = (tmp_path / "s.nq").read_bytes().splitlines()
    assert len(lines) == len(set(lines)) == shared.quads
    # The earlier layout repeats a person's label in every article graph that mentions it.
    assert repeated.quads / repeated.articles > shared.quads / shared.articles
    assert not any(b"/id/shared>" in line for line in (tmp_path / "r.nq").read_bytes().splitlines())


@pytest.mark.slow
def test_quick_benchmark_runs_and_writes_markdown(tmp_path: Path) -> None:
    out = tmp_path / "BENCH.md"
    result = subprocess.run(
        [sys.executable, "-m", "kzgraph.bench", "--quick", "--workdir", str(tmp_path / "work"),
         "--write", str(out)],
        cwd=CHECKOUT, capture_output=True, text=True, timeout=400,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    headings = ("## Machine", "## 2. Scale", "## 3. Parallelism", "## 4a. Bulk load", "## 4b. Saved queries",
                "## 6. Bounded memory",
                "## 7a. Lookups", "## 7b. Listings", "## 7c. Bulk load", "## 7d. SHACL validation",
                "## 18. glibc malloc settings")
    for heading in headings:
        assert heading in text
    assert "python -m kzgraph.bench --quick" in text
    assert "== 4b. Saved queries" in result.stdout
