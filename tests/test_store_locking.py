"""Read-only commands open the store read-only (issue 27, defect 10): `kzgraph query --store`
works while a build holds the store's write lock, in this process or in another one."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.store.embedded import open_read_only
from tests.servers import factory_store

# Holds the store open for writing, as a running build does, until its stdin closes.
_WRITER = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
"""


def _query(store_dir: Path):  # noqa: ANN202 - click Result
    return CliRunner().invoke(main, ["query", "dismissals", "--store", str(store_dir), "--format", "csv"])


def test_query_while_this_process_writes_the_store(tmp_path: Path) -> None:
    writer = factory_store(tmp_path / "store")  # open read-write, lock held
    result = _query(tmp_path / "store")
    assert result.exit_code == 0, result.output
    assert "Karl Muster" in result.output
    del writer


def test_query_while_another_process_writes_the_store(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    del_me = factory_store(store_dir)
    del del_me  # written and closed; now another process takes the lock
    with subprocess.Popen([sys.executable, "-c", _WRITER, str(store_dir)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
        result = _query(store_dir)
        writer.stdin.close()  # type: ignore[union-attr]
        writer.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert "Karl Muster" in result.output


def test_query_never_creates_a_store(tmp_path: Path) -> None:
    result = _query(tmp_path / "none")
    assert result.exit_code == 2
    assert not (tmp_path / "none").exists()


def test_read_only_open_retries_a_store_whose_manifest_a_writer_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a writer compacting the store can replace its manifest while a reader opens it; the
    # error passes, so opening again succeeds (it once made `kzgraph query` end in a traceback)
    factory_store(tmp_path / "store")
    real = ox.Store.read_only
    calls: list[str] = []

    def racing(path: str) -> ox.Store:
        calls.append(path)
        if len(calls) == 1:
            raise RuntimeError("Corruption: IO error: No such file or directory: MANIFEST-000005")
        return real(path)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(racing))
    assert len(open_read_only(tmp_path / "store")) > 0
    assert len(calls) == 2


def test_read_only_open_that_keeps_failing_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory_store(tmp_path / "store")

    def broken(path: str) -> ox.Store:
        raise RuntimeError("Corruption: bad block")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(broken))
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    result = _query(tmp_path / "store")
    assert result.exit_code == 2
    assert "cannot open the store while it is being written" in result.output
    assert "Traceback" not in result.output
