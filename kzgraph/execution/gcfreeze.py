"""Keep the loaded pipeline out of Python's garbage collector (``gc.freeze``).

The NLP pipeline, its lexicons and tables are millions of objects that live as long as the
process. Every full collection walked all of them: in a 1-job build of 100 articles, 7 full
collections took 0.47 s of CPU. In forked workers it is worse: walking an object writes to
its page, so each worker copied the pages it shares with the parent. Frozen objects are
never walked (Python's documentation recommends freezing before forking workers for this).
Objects made later, per article, are collected as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_frozen = False


def freeze_loaded() -> None:
    """Move every object alive now to the collector's permanent generation (once per process)."""
    global _frozen
    if not _frozen:
        gc.collect()  # what is already garbage is freed, not frozen
        gc.freeze()
        _frozen = True


# While a pipeline loads, a collection of the young generations runs every 700 new objects and
# walks what loading made so far (333 collections, 2-3 of them full, ~0.15 s of the start-up)
_LOADING_THRESHOLD = (200_000, 1_000, 1_000)


@contextmanager
def loading() -> Iterator[None]:
    """Few collections while the pipeline loads; what it loaded is frozen after.

    Nothing is collected first: the few cycles loading left behind (~1 MB) stay, and a full
    collection over the pipeline would cost what freezing saves. ``freeze_loaded`` after the
    first article freezes the extractors' lexicons too."""
    before = gc.get_threshold()
    if before[0]:  # 0: automatic collection is off, left so
        gc.set_threshold(*(max(a, b) for a, b in zip(before, _LOADING_THRESHOLD, strict=False)))
    try:
        yield
    finally:
        gc.set_threshold(*before)
    gc.freeze()
