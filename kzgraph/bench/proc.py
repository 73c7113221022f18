"""Child processes with a time limit, a memory cap and their own peak RSS; the machine."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import psutil

# Never let one measurement take the machine down: a child whose process tree grows past
# this is killed and reported as such (the brief's ceiling is ~15 GB).
RSS_CAP = 12 * 1024**3


@dataclass
class ChildResult:
    seconds: float
    returncode: int | None
    peak_rss: int  # bytes: the largest single process (kernel's ru_maxrss via wait4)
    peak_tree_rss: int  # bytes: the process and its children together, sampled every 0.1 s
    killed: str | None = None  # "timeout" or "memory" when the child was stopped
    stderr: str = ""
    # user + sys seconds of the child and the processes it waited for (its workers): on a shared
    # machine the wall time also holds other processes' turns on the cores, this does not
    cpu_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.killed is None and self.returncode == 0


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        for p in [proc, *proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def kill_tree(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)  # the child leads its own process group (start_new_session)
    except ProcessLookupError:
        pass


def run_child(
    args: list[str], timeout: float, cwd: Path | None = None, rss_cap: int = RSS_CAP
) -> ChildResult:
    """Run ``args``; the peak RSS is that child's own (wait4), not the maximum over all children
    this process ever had (which is what RUSAGE_CHILDREN would give)."""
    began = time.perf_counter()
    stderr_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kzbench-{os.getpid()}-{time.time_ns()}.err"
    with stderr_path.open("w+b") as err:
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        watch = psutil.Process(proc.pid)
        peak_tree, killed = 0, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak_tree = max(peak_tree, tree_rss(watch))
            if time.perf_counter() - began > timeout:
                killed = "timeout"
            elif peak_tree > rss_cap:
                killed = "memory"
            if killed:
                kill_tree(proc.pid)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.1)
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        seconds = time.perf_counter() - began
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    stderr_path.unlink(missing_ok=True)
    return ChildResult(seconds, proc.returncode, usage.ru_maxrss * 1024, peak_tree, killed, text[-2000:],
                       usage.ru_utime + usage.ru_stime)


def python() -> list[str]:
    return [sys.executable]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, str]:
    memory = psutil.virtual_memory().total / 1024**3
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": f"{cpu}, {psutil.cpu_count(logical=True)} logical cores",
        "memory": f"{memory:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "libraries": ", ".join(
            f"{n} {_version(n)}" for n in ("pyoxigraph", "rdflib", "pyshacl", "spacy", "kzgraph")
        ),
    }
