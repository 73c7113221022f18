"""A time budget for one article's work in this process (SIGALRM), for the one-job build.

Worker processes are stopped from outside instead (killed and replaced, see
:mod:`kzgraph.execution.local`): only that also stops a loop inside C code that never checks
for signals. In this process the alarm interrupts Python code (the extraction rules, the
tagger), which is where runaway work has been seen.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class BudgetExceeded(BaseException):  # noqa: N818 - not an Exception: extraction's own handlers must not catch it
    """An article's work ran past its time budget."""


def over_budget_message(seconds: float) -> str:
    return f"stopped after {seconds:g} s (time budget per article, --article-timeout)"


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise BudgetExceeded in the body once ``seconds`` have passed (no-op off the main thread)."""
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def alarm(_signum: int, _frame: FrameType | None) -> None:
        raise BudgetExceeded(over_budget_message(seconds))

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
