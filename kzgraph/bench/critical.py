"""The serial parts of a ``kzgraph build --jobs N``, in CPU seconds of the parent process.

The start-up S of section 3 is a whole one-article build: it also counts that article's NLP,
its graph, the store's write and compaction and the exit, which a build of many articles does
while (or after) its workers run. What really runs alone is, first, everything the parent does
before its workers fork (imports, the pipeline, the extractors' warm-up), and last, what it does
after the workers' last result (the last batch written into the store, compaction, the exit).
This module measures both in the same build it times.

Run as ``python -m kzgraph.bench.critical build ARGS...`` (the ``kzgraph`` command line, with
two hooks): prints the two figures on stderr, see :func:`parse`.
"""

from __future__ import annotations

import atexit
import os
import resource
import sys
from dataclasses import dataclass

_MARK = "serial cpu seconds: "


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class _Probe:
    at_fork: float | None = None  # the parent's CPU when its first worker forked
    last_write: float | None = None  # its CPU when it began writing the last batch

    def before_fork(self) -> None:
        if self.at_fork is None:
            self.at_fork = _cpu()

    def report(self, pid: int) -> None:
        if os.getpid() != pid or self.at_fork is None:  # a worker's exit, or no worker forked
            return
        end = _cpu()
        tail = end - self.last_write if self.last_write is not None else 0.0
        print(f"{_MARK}{self.at_fork:.4f} {tail:.4f}", file=sys.stderr)


@dataclass(frozen=True)
class Serial:
    before_fork: float  # CPU seconds of the parent before its workers forked
    tail: float  # CPU seconds of the parent from the last batch written to its exit


def parse(stderr: str) -> Serial | None:
    for line in stderr.splitlines():
        if line.startswith(_MARK):
            before, tail = line[len(_MARK):].split()
            return Serial(float(before), float(tail))
    return None


def _install(probe: _Probe) -> None:
    import kzgraph.build

    write_batch = kzgraph.build._write_batch

    def timed_write_batch(*args: object) -> None:
        probe.last_write = _cpu()
        write_batch(*args)  # type: ignore[arg-type]

    kzgraph.build._write_batch = timed_write_batch  # type: ignore[assignment]
    os.register_at_fork(before=probe.before_fork)
    atexit.register(probe.report, os.getpid())


def main() -> None:
    _install(_Probe())
    from kzgraph.cli import main as cli

    sys.argv[0] = "kzgraph"
    cli()


if __name__ == "__main__":
    main()
