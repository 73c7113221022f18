"""A "von" phrase that completes a succession noun ("als Nachfolger von A", "die Nachfolge von
A") is no passive agent, for every fact type read through grammar.objects.passive_agent; a
"von" phrase of the verb still is ("vom Stadtrat als Nachfolger von A gewählt")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Gerwin Hallstein wurde als Nachfolger von Bodo Kettler zum Landrat gewählt.", None),
        ("Ada Quirmbach wurde als Nachfolgerin von Bodo Kettler zur Direktorin bestellt.", None),
        (
            "Gerwin Hallstein wurde vom Stadtrat als Nachfolger von Bodo Kettler zum Landrat gewählt.",
            "Stadtrat",
        ),
        ("Gerwin Hallstein wurde von Präsident Malte Irrgang zum Innenminister ernannt.", "Malte Irrgang"),
    ],
)
def test_von_after_a_succession_noun_is_no_agent(text: str, agent: str | None) -> None:
    rows = appointment_rows(text)
    assert len(rows) == 1
    assert rows[0][1] == agent or agent is not None and agent in (rows[0][1] or "")
