"""Progress of `kzgraph build` on stderr: a bar on a terminal, plain lines in a log, nothing with -q.

The build announces how many articles it will extract before it starts (``on_total``), and again
with the larger total when articles are redone for a person merge; every extracted article
advances the count. On a terminal, tqdm draws done/total, rate and time left. When stderr is a
file or a pipe (CI logs, cron mail), a bar's carriage returns would be noise: one plain line is
written every few seconds and at the end instead.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

LABEL = "extracting"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class BuildProgress:
    """Receives ``on_total`` and ``progress`` calls from ``kzgraph.build.build_corpus``."""

    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None, interval: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.clock = clock
        self.total = 0
        self.done = 0
        self._bar: tqdm | None = None
        self._started = 0.0
        self._last_line = 0.0

    @property
    def interactive(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def set_total(self, total: int) -> None:
        if self.quiet:
            return
        first = self.total == 0 and self.done == 0
        self.total = total
        if first:
            self._started = self._last_line = self.clock()
        if self.interactive:
            if self._bar is None:
                from tqdm import tqdm  # on a terminal only: 0.03 s of every build's start-up

                self._bar = tqdm(total=total, desc=LABEL, unit="article", file=self.stream,
                                 dynamic_ncols=True, leave=True)
            else:
                self._bar.total = total
                self._bar.refresh()
        elif first:
            self._line(f"{LABEL} {total} article(s)")
        else:
            self._line(f"{LABEL}: {total - self.done} more article(s) to redo for a person merge")

    def advance(self, _item: Any = None) -> None:
        self.done += 1
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(1)
            return
        now = self.clock()
        if self.done >= self.total or now - self._last_line >= self.interval:
            self._line(self.status(now))

    def status(self, now: float) -> str:
        """``extracting: 40/120 articles (33%), 2.1 articles/s, about 38 s left``."""
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        percent = 100 * self.done // self.total if self.total else 100
        text = f"{LABEL}: {self.done}/{self.total} articles ({percent}%), {rate:.1f} articles/s"
        if self.done < self.total and self.done:
            return f"{text}, about {_duration((self.total - self.done) / rate)} left"
        return f"{text}, {_duration(elapsed)} in all" if self.done >= self.total else text

    def _line(self, text: str) -> None:
        self._last_line = self.clock()
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> BuildProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
