"""The allocator part of the benchmark (kzgraph.bench.allocators): its settings really reach glibc,
and its child processes measure the build's rudof call and the store's bulk loader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.bench import allocators
from kzgraph.bench.synthetic import synthetic_graph


def test_a_setting_glibc_refuses_is_an_error_not_a_silent_no_op() -> None:
    # glibc's largest fastbin size is 160 bytes on 64-bit: mallopt returns 0 for more.
    with pytest.raises(OSError, match="mallopt"):
        allocators.apply_mallopt(((allocators.M_MXFAST, 10**6),))


def test_glibc_accepts_every_setting() -> None:
    # In a child: the settings would otherwise stay in force for the rest of the test run.
    code = ("from kzgraph.bench import allocators as a\n"
            "for s in a.SETTINGS:\n    a.apply_mallopt(s.mallopt)\nprint('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


@pytest.mark.slow
def test_children_measure_validation_and_loading(tmp_path: Path) -> None:
    graphs = [synthetic_graph(42, i).serialize(format="nt", encoding="utf-8").decode("utf-8")
              for i in range(2)]
    data = tmp_path / "graphs.json"
    data.write_text(json.dumps(graphs), encoding="utf-8")
    quads = tmp_path / "data.nq"
    quads.write_text("".join(line.replace(" .", " <urn:g> .") for g in graphs for line in g.splitlines(True)),
                     encoding="utf-8")
    setting = allocators.SETTINGS[1]
    assert setting.mallopt
    for kind, path in (("shacl", data), ("load", quads)):
        rate = allocators._run(setting, kind, path, tmp_path / "scratch")  # noqa: SLF001
        assert rate is not None and rate > 0, kind
