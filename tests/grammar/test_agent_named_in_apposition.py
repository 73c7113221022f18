"""A passive's von/durch phrase that describes a person and names them in an apposition set off
by commas ("durch die Leiterin des Amtes, X, ersetzt") has the named person as its agent, for
every fact type; a description without such a name stays the agent."""

from __future__ import annotations

from tests.extract_helpers import dismissal_rows, replacement_rows


def test_successor_named_in_apposition_after_durch() -> None:
    text = "Staatssekretär Bernd Lutz wurde durch die Leiterin des Planungsamtes, Sabine Roth, ersetzt."
    assert replacement_rows(text) == [("Sabine Roth", "Bernd Lutz")]


def test_dismisser_named_in_apposition_after_von() -> None:
    text = "Der Kassenwart Bernd Lutz wurde vom Vorsitzenden des Vereins, Sabine Roth, entlassen."
    assert [(who, by) for who, by, _ in dismissal_rows(text)] == [("Bernd Lutz", "Sabine Roth")]


def test_description_without_name_stays_agent() -> None:
    text = "Der Kassenwart Bernd Lutz wurde vom Vorsitzenden des Vereins entlassen, sagte Sabine Roth."
    assert [who for who, _, _ in dismissal_rows(text)] == ["Bernd Lutz"]
    assert dismissal_rows(text)[0][1] != "Sabine Roth"
