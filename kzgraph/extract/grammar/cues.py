"""Cue words of the lexicons found in a text as the start of a word ("droht" in "ihm droht",
not in "bedroht")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache


def has_word_start_cue(text: str, cues: Sequence[str]) -> bool:
    """Some cue of ``cues`` starts a word of ``text`` lower-cased (the cues as they are).

    One search with an alternation of the cues: the same answer as a search per cue, which
    paid for a pattern lookup and a scan of the text for each cue."""
    return bool(cues) and _cue_pattern(tuple(cues)).search(text.lower()) is not None


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + ")")
