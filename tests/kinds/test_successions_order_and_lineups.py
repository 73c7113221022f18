"""Successions on real-news constructions: a succession told across two clauses keeps who came
first ("A ließ die Frist verstreichen, sein Nachfolger B ..."), a line-up change in sport is no
succession in an office, and "abgesetzt" meaning dropped off is no dismissal."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _replacements(text: str) -> list[tuple[str, str]]:
    return [(r.successor.label, r.predecessor.label) for r in facts(text).replacements]


@pytest.mark.parametrize(
    "text",
    [
        "Zwar ließ Bauminister Kurt Lemberg diese Frist verstreichen, sein Nachfolger Otto Weninger hat "
        "das Gesetz nun aber beschlossen.",
        "Kurt Lemberg war lange Bauminister. Sein Nachfolger Otto Weninger hat das Gesetz beschlossen.",
        "Otto Weninger, der Nachfolger von Kurt Lemberg, hat das Gesetz beschlossen.",
    ],
)
def test_successor_in_apposition_after_a_possessive(text: str) -> None:
    assert _replacements(text) == [("Otto Weninger", "Kurt Lemberg")]


def test_genitive_name_after_the_noun_is_still_the_predecessor() -> None:
    got = _replacements("Greta Alm tritt die Nachfolge Bernd Kopps an.")
    assert all(succ != "Bernd Kopp" for succ, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Notgedrungen ersetzte der Trainer den gesperrten Timo Kranz durch Luca Benning.",
        "Ludwig Pfeifer ersetzte in der Abwehr den verletzten Jonas Hartl.",
        "Nach der Pause ersetzte Ludwig Pfeifer den müde gewordenen Jonas Hartl.",
    ],
)
def test_line_up_change_is_no_succession(text: str) -> None:
    assert _replacements(text) == []


def test_replacement_in_an_office_stays() -> None:
    got = _replacements("Ludwig Pfeifer ersetzte im März den langjährigen Vorstandschef Jonas Hartl.")
    assert got == [("Ludwig Pfeifer", "Jonas Hartl")]


@pytest.mark.parametrize(
    "text",
    [
        "Sie war am Bahnhof in Kassel festgenommen worden, wo sie ihr Bruder Tim Gruber abgesetzt hatte.",
        "Der Fahrer hat den Minister Karl Lenz am Flughafen abgesetzt.",
    ],
)
def test_dropped_off_is_no_dismissal(text: str) -> None:
    assert facts(text).dismissals == []


def test_removed_from_office_is_a_dismissal() -> None:
    got = facts("Der Aufsichtsrat hat den Vorstandschef Rolf Kamm abgesetzt.").dismissals
    assert [d.dismissed.label for d in got] == ["Rolf Kamm"]


def test_feeling_disempowered_is_no_dismissal() -> None:
    text = "Stadtrat Karl Lenz sieht sich durch die Einmischung des Landrats Otto Frei entmachtet."
    assert facts(text).dismissals == []
    got = facts("Die Junta hat den Präsidenten Karl Lenz entmachtet.").dismissals
    assert [d.dismissed.label for d in got] == ["Karl Lenz"]
