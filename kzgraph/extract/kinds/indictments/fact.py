"""The indictment fact: someone is formally charged before a court."""

from __future__ import annotations

from dataclasses import dataclass

from kzgraph.extract.facts import Agent, Fact, FactDate


@dataclass(frozen=True)
class Indictment(Fact):
    """``indicted`` is charged (``charge``, when said) by ``agent`` (the prosecution, when said):
    "X wurde wegen Betrugs angeklagt", "Die Staatsanwaltschaft erhob Anklage gegen X"."""

    indicted: Agent
    agent: Agent | None = None
    charge: str | None = None
    date: FactDate | None = None
