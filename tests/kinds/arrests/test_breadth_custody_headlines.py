"""Breadth round (issue 24): a headline without a verb placing a person in a custody of remand
("Ex-Minister X in Untersuchungshaft"; kinds/arrests/extract.py, _custody_triggers). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ex-Minister Bernd Falk in Untersuchungshaft", "Bernd Falk"),
        ("Aktivistin Mara Sen seit Mai in Abschiebehaft", "Mara Sen"),
    ],
)
def test_custody_headline_is_an_arrest(text: str, name: str) -> None:
    assert [row[1] for row in arrests(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Zehn Jahre in Untersuchungshaft",
        "Ex-Minister Bernd Falk nicht mehr in Untersuchungshaft",
        "Ex-Minister Bernd Falk aus Untersuchungshaft entlassen",
        "Streit um Besuche von Bernd Falk in Untersuchungshaft",
        "Ex-Minister Bernd Falk in Untersuchungshaft?",
        # a sentence with a verb needs a custody verb ("sitzt", "kam")
        "Der Minister Bernd Falk sprach in Untersuchungshaft mit Reportern.",
    ],
)
def test_custody_headline_look_alike_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
