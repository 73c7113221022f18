"""The arrests of one article after they were read: a charge implied by the offender noun, and
one arrest per named person (a house arrest apart)."""

from __future__ import annotations

from dataclasses import replace

from kzgraph.extract.facts import Arrest, first_dated
from kzgraph.extract.kinds.arrests.charges import offence_of_offender
from kzgraph.extract.posts.merging import is_headline


def offender_charges(facts: list[Arrest]) -> list[Arrest]:
    """No charge given: the offence the arrested are named by ("sechs Schlepper", "der mutmaßliche
    Kriegsverbrecher X": the words just before the name)."""
    out = []
    for f in facts:
        if f.charge is None and f.arrested is not None:
            words = f.arrested.label
            if f.arrested.is_named and f.arrested.name:
                before = f.evidence.sentence.split(f.arrested.name)[0]
                words = " ".join(before.split()[-3:])
            offence = offence_of_offender(words)
            if offence is not None:
                f = replace(f, charge=offence)
        out.append(f)
    return out


def merge_persons(facts: list[Arrest]) -> list[Arrest]:
    """One arrest per named person and article: later mentions fill in charge and reporter; the
    text's telling is the evidence, not the headline's, which only sums it up. A house arrest
    and an arrest of one person are two events ("unter Hausarrest gestellt, später verhaftet")."""
    out: list[Arrest] = []
    seen: dict[tuple[str, bool], int] = {}
    for f in facts:
        name = f.arrested.name if f.arrested is not None and f.arrested.is_named else None
        key = (name, f.house) if name is not None else None
        if key is None or key not in seen:
            if key is not None:
                seen[key] = len(out)
            out.append(f)
            continue
        k = seen[key]
        old, new = (f, out[k]) if is_headline(out[k]) and not is_headline(f) else (out[k], f)
        out[k] = Arrest(
            old.evidence,
            old.arrested,
            old.count,
            old.charge or new.charge,
            old.reported_by or new.reported_by,
            first_dated(old.date, new.date),
            old.house,
            old.agent or new.agent,
        )
    return out
