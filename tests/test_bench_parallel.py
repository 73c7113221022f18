"""The serial parts of a --jobs build that the benchmark measures (kzgraph.bench.critical) and the
speed-up they allow (kzgraph.bench.parallel)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.bench.critical import Serial, parse
from kzgraph.bench.parallel import allows

CHECKOUT = Path(__file__).resolve().parent.parent


def test_allows_spreads_only_what_is_not_serial() -> None:
    # 12 s with 1 job; 13 s with 2 jobs of which 1 s before the fork and 0.2 s at the end
    assert allows(12.0, 13.0, 1.0, 0.2, 2) == pytest.approx(12.0 / (1.2 + 11.8 / 2))
    # nothing serial: the whole 2-job CPU over 2 cores
    assert allows(12.0, 12.0, 0.0, 0.0, 2) == pytest.approx(2.0)
    # more serial CPU than the build's: never a negative share
    assert allows(12.0, 1.0, 2.0, 0.0, 2) == pytest.approx(6.0)


def test_parse_reads_the_probe_line_among_other_diagnostics() -> None:
    stderr = "100 articles read, 0 skipped\nserial cpu seconds: 1.4170 0.1848\nstore: /tmp/x\n"
    assert parse(stderr) == Serial(1.417, 0.1848)
    assert parse("no probe line here\n") is None


@pytest.mark.slow
def test_probe_measures_a_two_job_build(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = [f"Die Polizei nahm am Montag in Stadt{i} einen Mann fest." for i in range(4)]
    lines = [json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) for i, text in enumerate(texts)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kzgraph.bench.critical", "build", str(corpus), "--no-validate", "-q",
         "--jobs", "2", "--store", str(tmp_path / "store")],
        cwd=CHECKOUT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    serial = parse(result.stderr)
    assert serial is not None
    # The parent loaded the pipeline before its workers forked: most of a second of CPU, never zero.
    assert 0.2 < serial.before_fork < 30
    assert 0.0 < serial.tail < 30
