"""Negation scope (kzgraph.extract.grammar.scope.negated): a negation in a clause of its own that
a contrasting conjunction opens after a comma ("…, aber keine Anklage erhoben") does not
negate an event of another clause; one in the event's own clause does."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hollmann wurde festgenommen, aber nicht angeklagt.",
        "Der Nachbar Peter Hollmann wurde am Montag verhaftet, doch keine Anklage erhoben.",
    ],
)
def test_negation_in_a_contrasted_clause_leaves_the_event(text: str) -> None:
    assert [name for _, name, _ in arrests(text)] == ["Peter Hollmann"]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hollmann wurde nicht festgenommen, sondern nur verwarnt.",
        "Peter Hollmann wurde befragt, jedoch nicht festgenommen.",
    ],
)
def test_negation_in_the_event_s_own_clause(text: str) -> None:
    assert arrests(text) == []
