"""Reported speech acts: a reporting verb whose object is a noun phrase, not a clause."""

from __future__ import annotations

from dataclasses import dataclass

from kzgraph.extract.grammar.speech_verbs import Verb
from kzgraph.extract.kinds.statements.quotes.base import Found


@dataclass
class Leftovers:
    """What the readings of one unit left behind when none gave a statement."""

    context: tuple[int, int] | None = None  # a speaker the next subjunctive sentences may continue
    deferred: Found | None = None  # a frame to take only when no other frame reads the unit
    act: Found | None = None  # a reported speech act with a noun-phrase object


class SpeechActs:
    def _act_reading(self, a: int, v: int, verb: Verb, fin: int, end: int, speaker) -> Found | None:  # type: ignore[no-untyped-def]
        return None

    def _speech_act(self, a: int, b: int, left: Leftovers) -> Found | None:
        return left.act
