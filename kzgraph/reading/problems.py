"""What went wrong (or was worth noting) while reading a corpus.

Every article that is not delivered is accounted for by exactly one fatal ReadProblem;
notes (``fatal_for=None``) describe articles that were kept but altered or guessed at,
e.g. decoded as Windows-1252 or kept without their malformed date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FatalFor = Literal["article", "file"]

_CONSEQUENCE = {"article": "article skipped", "file": "file skipped", None: "note"}


@dataclass(frozen=True)
class ReadProblem:
    """One problem, located as precisely as possible.

    ``line`` is 1-based (a JSON Lines line, or the date line of a .txt file), None when the
    problem concerns the whole file. ``fatal_for`` says what was lost: one article, the
    whole file, or nothing (None: a note, the article was kept).
    """

    path: str
    line: int | None
    message: str
    fatal_for: FatalFor | None = "article"

    @property
    def is_fatal(self) -> bool:
        return self.fatal_for is not None

    @property
    def consequence(self) -> str:
        return _CONSEQUENCE[self.fatal_for]

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message} [{self.consequence}]"


class CorpusReadError(Exception):
    """Raised by ``read_corpus(..., on_error="fail")`` at the first fatal problem."""

    def __init__(self, problem: ReadProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
