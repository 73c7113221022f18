"""Who reports an arrest that its sentence attributes by a source cue only ("Laut Interfax wurden
3000 Menschen festgenommen", "Nach Angaben der Behörden wurden …"): the source the statement
extractor read from that sentence. Conflicting figures stay separate claims, each with its source."""

from __future__ import annotations

from dataclasses import replace

from kzgraph.extract.facts import Arrest, Statement


def _told_in(arrest: Arrest, statement: Statement) -> bool:
    """The statement is the arrest's sentence, and its content carries the arrest's figure or name."""
    if statement.mode != "reported" or statement.evidence.start != arrest.evidence.start:
        return False
    if arrest.count is not None:
        return arrest.count.text in statement.quote
    who = arrest.arrested
    return who is not None and (who.name or who.label).split()[-1] in statement.quote


def sourced_by_statements(arrests: list[Arrest], statements: list[Statement]) -> list[Arrest]:
    """Arrests without a reporter take the source of the reported statement that tells them."""
    out = []
    for arrest in arrests:
        if arrest.reported_by is None:
            source = next((s.speaker for s in statements if _told_in(arrest, s)), None)
            if source is not None:
                arrest = replace(arrest, reported_by=source)
        out.append(arrest)
    return out
