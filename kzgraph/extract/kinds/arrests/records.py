"""What the arrest readers share: what a sentence tells about every arrest in it (``Told``), adding
a fact once, and the fact of a counted group."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kzgraph.extract.facts import Agent, AgentKind, Arrest, Count, Evidence, FactDate
from kzgraph.extract.kinds.arrests.person_nouns import nominative_number


@dataclass(frozen=True)
class Told:
    """What one sentence tells about every arrest in it: its charge and its reporter."""

    sent: Span
    index: int
    charge: str | None
    reporter: Agent | None


def add(out: list[Arrest], fact: Arrest) -> None:
    """Two verbs of one sentence ("festgenommen und in U-Haft") tell one arrest."""
    if not any(a.evidence.start == fact.evidence.start and a.arrested == fact.arrested for a in out):
        out.append(fact)


def group_arrest(
    evidence: Evidence,
    group: tuple[Count, str],
    charge: str | None,
    reporter: Agent | None,
    date: FactDate | None,
) -> Arrest:
    """A collective arrest: the group is labelled by its count and noun ("mehr als 4400 Menschen")."""
    count, noun = group
    # a joined group ("zwei Männer und eine Frau") has its whole phrase as the count's text
    if noun and noun == count.text:
        label = noun  # a noun that is its own count ("Trio")
    else:
        label = f"{nominative_number(count.text)} {noun}" if noun else nominative_number(count.text)
    group_agent = Agent(AgentKind.GROUP, label=label)
    return Arrest(evidence, group_agent, count, charge, reporter, date)
