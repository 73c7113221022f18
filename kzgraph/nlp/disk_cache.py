"""Start-up tables kept in the user's cache directory in a form that loads fast.

Every process that runs the pipeline (each ``kzgraph build``, each worker of a cluster) parses
the same shipped tables before its first article: the gazetteer's ~290,000 entries, HanTa's
table of frequent words (gzip + JSON) and the Brown clusters (a compressed numpy archive).
Parsed once, they are written with :mod:`marshal` (the format of Python's own ``.pyc`` files,
for plain strings, bytes, numbers, tuples, lists, sets and dicts), which reads 3–6× faster
than parsing them again. Tables looked up in place (``packed_table``: HanTa's) are kept as
raw bytes and memory-mapped, so that loading them makes no objects at all. The shipped files
stay the source of truth: a cache file is keyed by its source file (path, size, modification time), the Python
version and :data:`FORMAT`, and is written again when any of them changes. Each checkout or
install has its own copies (keyed by the source's path); copies unused for 30 days are removed
when a table is next written, so gone checkouts and temporary clones do not pile up.

The directory is ``$KZGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/kzgraph``, else
``~/.cache/kzgraph``; ``KZGRAPH_CACHE_DIR=""`` turns the cache off. A cache that cannot be
read or written (a read-only home, a full disk, a damaged file) costs only the parse.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "KZGRAPH_CACHE_DIR"
FORMAT = 1  # bump when a cached table's layout changes
# A copy no process has used for this long belongs to a checkout or install that is gone (each
# source path has its own copy): removed when a table of that name is written again.
UNUSED_FOR = 30 * 24 * 3600
_TOUCH_AFTER = 24 * 3600  # a copy in use is marked as used at most once a day
SUFFIX = ".marshal"
RAW_SUFFIX = ".table"

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache directory, or None when the cache is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kzgraph"


def cached_buffer(
    name: str, source: Path, build: Callable[[], bytes], valid: Callable[[object], bool]
) -> mmap.mmap | None:
    """A read-only memory map of the bytes ``build()`` makes of ``source``, kept in the cache
    directory (written when missing or not ``valid``); None when the cache is off or cannot
    be written, and the caller then uses its table unpacked.

    For tables read in place (``packed_table``): nothing is parsed at load, and forked workers
    share the mapped pages. Packing costs more than parsing (0.6-1 s for the large tables), so
    it is done only for a file that later processes will map."""
    folder = cache_dir()
    place = _place(folder, name, source, RAW_SUFFIX)
    if folder is None or place is None:
        return None
    where, path = place
    mapped = _map(path)
    if mapped is not None and valid(mapped):
        _mark_used(path)
        return mapped
    _write_bytes(folder, where, path, build(), RAW_SUFFIX)
    mapped = _map(path)
    return mapped if mapped is not None and valid(mapped) else None


def cached(name: str, source: Path, build: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """``build()``, the table parsed from ``source``, or its copy from the cache directory.

    ``name`` names the table (and what else its content depends on, such as a library's
    version); ``valid`` checks the shape of what the cache file held before it is used."""
    folder = cache_dir()
    place = _place(folder, name, source, SUFFIX, marshal.version)
    if folder is None or place is None:
        return build()  # no cache, or no source: whatever build() says of that, uncached
    where, path = place
    try:
        value = marshal.loads(path.read_bytes())
        if valid(value):
            _mark_used(path)
            return value  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, or damaged: parse and write it again
    value = build()
    _write(folder, where, path, value)
    return value


def _place(
    folder: Path | None, name: str, source: Path, suffix: str, *extra: object
) -> tuple[str, Path] | None:
    """(the table's file name stem, its current file), or None without a folder or source."""
    if folder is None:
        return None
    try:
        stat = source.stat()
    except OSError:
        return None
    # one file per table and source path (another checkout's copy is another file); its
    # version in the name, so a changed source replaces the file
    where = f"{name}-{_digest(str(source.resolve()))}"
    version = _digest(repr((stat.st_size, stat.st_mtime_ns, sys.version_info[:3], *extra, FORMAT)))
    return where, folder / f"{where}-{version}{suffix}"


def _map(path: Path) -> mmap.mmap | None:
    try:
        with path.open("rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (which cannot be mapped)
        return None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _write(folder: Path, where: str, path: Path, value: object) -> None:
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    _write_bytes(folder, where, path, data, SUFFIX)


def _write_bytes(folder: Path, where: str, path: Path, data: bytes, suffix: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # written whole, then renamed: a process reading it meanwhile sees the old file or none
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        for old in folder.glob(f"{where}-*{suffix}"):  # the copies of an older source
            if old != path:
                old.unlink(missing_ok=True)
        _remove_unused(folder, where.rsplit("-", 1)[0], suffix)
    except (OSError, ValueError):
        pass  # a read-only or full cache directory: the next process parses again


def _mark_used(path: Path) -> None:
    """Keep a copy in use from counting as unused (its modification time says when it was used)."""
    try:
        if time.time() - path.stat().st_mtime > _TOUCH_AFTER:
            os.utime(path)
    except OSError:
        pass


def _remove_unused(folder: Path, name: str, suffix: str) -> None:
    """Remove the copies of table ``name`` for other source paths (other checkouts, removed
    virtual environments, temporary clones) that no process has used for :data:`UNUSED_FOR`."""
    now = time.time()
    for other in folder.glob(f"{name}-*{suffix}"):
        try:
            if now - other.stat().st_mtime > UNUSED_FOR:
                other.unlink(missing_ok=True)
        except OSError:
            continue
