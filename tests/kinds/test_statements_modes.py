"""The mode of a statement: a "wie X berichtete" parenthesis with an indicative clause sources a
fact, as "laut X" does; with a subjunctive or quoted clause it reports speech."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Der Präsident entließ den Innenminister, wie das Staatsfernsehen am Abend berichtete.", "reported"),
        ("Wie die Polizei mitteilte, wurden drei Männer festgenommen.", "reported"),
        ("Die Lage sei ruhig, wie ein Sprecher des Ministeriums am Montag mitteilte.", "indirect"),
        ("„Wir bleiben im Amt“, wie die Ministerin am Montag sagte.", "direct"),
    ],
)
def test_wie_parenthesis_mode(text: str, mode: str) -> None:
    (statement,) = facts(text).statements
    assert statement.mode == mode
