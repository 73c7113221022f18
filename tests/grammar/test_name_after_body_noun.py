"""A person's full name right after a body's noun or its two-word proper name is a phrase of its
own (grammar.agents.np_end, person_finder): "nachdem der Verein Anton Kessler entlassen hatte"
has "der Verein" as subject and Anton Kessler as object; a title before the name ("der Trainer
Anton Kessler", "der Kantor Jonas Pfeil") and a genitive name ("auf Vorschlag Karl Brandts")
keep one phrase."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.agents import np_end
from tests.extract_helpers import context, dismissal_rows


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Nachdem der Verein Anton Kessler entlassen hatte, kam ein anderer.", "der Verein"),
        ("Nachdem der TV Birkenau Anton Kessler (62) entlassen hatte, kam ein anderer.", "der TV Birkenau"),
        ("Nachdem der Trainer Anton Kessler gegangen war, kam ein anderer.", "der Trainer Anton Kessler"),
        ("Nachdem der Kantor Jonas Pfeil gegangen war, kam ein anderer.", "der Kantor Jonas Pfeil"),
    ],
)
def test_phrase_ends_before_a_name_after_a_body(text: str, phrase: str) -> None:
    ctx = context(text)
    start = 1  # after "Nachdem"
    end = np_end(ctx, start, len(ctx.doc) - 1)
    assert ctx.doc[start:end].text == phrase


@pytest.mark.parametrize("verb", ["entlassen", "gefeuert", "abberufen"])
@pytest.mark.parametrize("name", ["Anton Kessler", "Knut Hallmann"])
def test_body_dismisses_the_named_person(name: str, verb: str) -> None:
    rows = dismissal_rows(f"Nachdem der Verein {name} {verb} hatte, übernahm ein Nachfolger.")
    assert [(r[0], r[1]) for r in rows] == [(name, "der Verein")]
