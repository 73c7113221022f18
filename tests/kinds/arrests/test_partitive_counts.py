"""Arrests, counted groups: a part taken from a counted whole ("drei der vier Verdächtigen", "zwei
von sieben Demonstranten") is the count of the arrested, not the whole; one of them is no count.
Look-alikes: a whole without a part keeps its count, a count in a with-adjunct stays out."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests

PARTS = [("Drei", "vier", 3), ("Zwei", "fünf", 2), ("Sechs", "zehn", 6), ("4", "9", 4)]
WHOLES = [
    "{part} der {whole} Verdächtigen wurden am Morgen festgenommen.",
    "{part} von {whole} Demonstranten wurden in Gewahrsam genommen.",
    "{part} von den {whole} Männern wurden noch am Tatort verhaftet.",
    "Die Polizei nahm {low} der {whole} Tatverdächtigen in der Nacht fest.",
    "Am Dienstag wurden {low} der {whole} mutmaßlichen Schleuser festgenommen.",
]


@pytest.mark.parametrize("template", WHOLES)
@pytest.mark.parametrize(("part", "whole", "count"), PARTS)
def test_the_part_is_the_count(template: str, part: str, whole: str, count: int) -> None:
    text = template.format(part=part, whole=whole, low=part.lower())
    assert [c for _, _, c in arrests(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Einer der drei Männer wurde am Abend festgenommen.",
        "Eine der vier Frauen wurde in Gewahrsam genommen.",
    ],
)
def test_one_of_them_gives_no_count_of_the_whole(text: str) -> None:
    assert all(count != 3 and count != 4 for _, _, count in arrests(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die vier Verdächtigen wurden am Abend festgenommen.", 4),
        ("Sieben Demonstranten wurden in Gewahrsam genommen.", 7),
        ("Die Polizei nahm zwölf Aktivisten der Gruppe fest.", 12),
    ],
)
def test_a_whole_without_a_part_keeps_its_count(text: str, count: int) -> None:
    assert [c for _, _, c in arrests(text)] == [count]


def test_a_count_in_a_with_adjunct_stays_out() -> None:
    assert [c for _, _, c in arrests("Die Polizei hat einen Hehler mit vier Komplizen festgenommen.")] != [4]
