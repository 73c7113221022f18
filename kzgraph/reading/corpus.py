"""Reading a whole corpus: a folder tree or a single file, as a stream of articles."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from .article import Article
from .jsonl import read_jsonl
from .problems import CorpusReadError, ReadProblem
from .txt import read_txt
from .unicode import display_path

OnError = Literal["skip", "fail"]
SUFFIXES = (".txt", ".jsonl")
_SUMMARY_LIMIT = 20  # problems listed in summary(); the rest are counted


def _is_corpus_file(name: str) -> bool:
    return name.lower().endswith(SUFFIXES) and not name.startswith(".")


def iter_corpus_files(root: Path) -> Iterator[Path | ReadProblem]:
    """Yield the .txt/.jsonl files under ``root`` in a deterministic order.

    Order: the files of a folder sorted by name, then its subfolders sorted by name, each
    recursively. Hidden files and folders (".git", editor back-ups) are left out, other
    suffixes are ignored (a README next to the articles is not an article). Symlinked
    folders are not followed, so a link loop cannot make the walk endless.
    """
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        while errors:
            yield _unlistable(errors.pop(), folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if _is_corpus_file(name):
                yield Path(folder) / name
    for err in errors:  # an unreadable root is reported after the (empty) walk
        yield _unlistable(err, root)


def _unlistable(err: OSError, folder: str | Path) -> ReadProblem:
    where = display_path(err.filename or folder)
    return ReadProblem(where, None, f"cannot list folder: {err.strerror}", "file")


class CorpusReader:
    """An iterable stream of articles; it records what it could not read.

    Articles are read lazily, one file at a time, so memory does not grow with the corpus
    (only the set of ids seen so far is kept, to catch duplicates). Iterating again starts
    over and resets the counts. ``read``, ``skipped`` and ``problems`` are complete once the
    iteration has finished.
    """

    def __init__(self, path: Path, on_error: OnError = "skip", max_article_bytes: int = 20_000_000) -> None:
        if on_error not in ("skip", "fail"):
            raise ValueError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
        self.path = Path(path)
        self.on_error: OnError = on_error
        self.max_article_bytes = max_article_bytes
        self._reset()

    def _reset(self) -> None:
        self.problems: list[ReadProblem] = []
        self.read = 0  # articles delivered
        self.skipped = 0  # fatal problems: articles or whole files not delivered
        self.files = 0  # corpus files opened
        self._seen: dict[str, str] = {}  # article id -> where it was first read

    @property
    def notes(self) -> int:
        return sum(1 for p in self.problems if not p.is_fatal)

    def __iter__(self) -> Iterator[Article]:
        self._reset()
        return self._articles()

    def _record(self, problem: ReadProblem) -> None:
        self.problems.append(problem)
        if problem.is_fatal:
            self.skipped += 1
            if self.on_error == "fail":
                raise CorpusReadError(problem)

    def _files(self) -> Iterator[Path | ReadProblem]:
        path = self.path
        try:
            mode = path.stat().st_mode
        except OSError as err:
            msg = f"cannot read corpus path: {err.strerror or err}"
            yield ReadProblem(display_path(path), None, msg, "file")
            return
        if stat.S_ISDIR(mode):
            yield from iter_corpus_files(path)
        elif path.name.lower().endswith(SUFFIXES):
            yield path
        else:
            yield ReadProblem(display_path(path), None, "not a .txt or .jsonl file", "file")

    def _articles(self) -> Iterator[Article]:
        for item in self._files():
            if isinstance(item, ReadProblem):
                self._record(item)
                continue
            self.files += 1
            for result in self._read_file(item):
                if isinstance(result, ReadProblem):
                    self._record(result)
                    continue
                location = result.path if result.line is None else f"{result.path}:{result.line}"
                first = self._seen.get(result.id)
                if first is not None:
                    msg = f"duplicate article id {result.id!r} (first read from {first}); this one skipped"
                    self._record(ReadProblem(result.path or "", result.line, msg, "article"))
                    continue
                self._seen[result.id] = location or "?"
                self.read += 1
                yield result

    def _read_file(self, path: Path) -> Iterator[Article | ReadProblem]:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                # A FIFO or device named *.txt would block or never end.
                yield ReadProblem(display_path(path), None, "not a regular file", "file")
                return
            reader = read_jsonl if path.name.lower().endswith(".jsonl") else read_txt
            yield from reader(path, self.max_article_bytes)
        except OSError as err:
            yield ReadProblem(display_path(path), None, f"cannot read file: {err.strerror or err}", "file")
        except CorpusReadError:
            raise
        except Exception as err:  # last resort: bad input must never end in a traceback
            msg = f"unexpected error while reading ({type(err).__name__}: {err}); please report this"
            yield ReadProblem(display_path(path), None, msg, "file")

    def summary(self, limit: int | None = _SUMMARY_LIMIT) -> str:
        """E.g. ``"5 articles read, 2 skipped, 1 note:"`` followed by one problem per line;
        past ``limit`` problems the rest are only counted (``None``: list them all)."""
        notes = self.notes
        head = f"{self.read} article{'s' if self.read != 1 else ''} read, {self.skipped} skipped"
        if notes:
            head += f", {notes} note{'s' if notes != 1 else ''}"
        if not self.problems:
            return head
        shown = self.problems if limit is None else self.problems[:limit]
        lines = [f"  {p}" for p in shown]
        if len(shown) < len(self.problems):
            lines.append(f"  ... and {len(self.problems) - len(shown)} more")
        return head + ":\n" + "\n".join(lines)


def read_corpus(path: Path, on_error: OnError = "skip", max_article_bytes: int = 20_000_000) -> CorpusReader:
    """Read a folder tree (or one file) of .txt and .jsonl articles; see CorpusReader."""
    return CorpusReader(path, on_error=on_error, max_article_bytes=max_article_bytes)
